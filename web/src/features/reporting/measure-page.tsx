import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import { mln } from '../plans/money.ts';
import { ASSESSMENTS, INDICATORS, StateBadge, TimelinessBadge } from './shared.tsx';

type View = Schemas['MeasureReportingView'];
type Assessment = (typeof ASSESSMENTS)[number];

/** A measure in a period: every report on it, the lead's summary and the coordinator's consolidated text. */
export function MeasurePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = useMe().data;
  const { periodId, number } = useParams({ from: '/app/reporting/periods/$periodId/measures/$number' });
  const key = ['measure-view', periodId, number, language];
  const view = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/periods/{periodId}/measures/{number}', {
          params: { path: { periodId, number: Number(number) } },
        }),
      ),
  });
  if (view.isPending) return <Loading />;
  if (view.error || !view.data) return <ErrorAlert error={view.error} />;
  const v = view.data;
  return (
    <Page title={t('reporting.measureTitle', { number: v.measure.number })}>
      <AnchorLink to="/reporting/periods/$periodId/measures" params={{ periodId }} size="sm">
        ← {t('reporting.measures')}
      </AnchorLink>
      <Card withBorder padding="lg">
        <Text lang="kk" style={{ whiteSpace: 'pre-line' }}>
          {v.measure.title}
        </Text>
        <Text size="sm" mt="xs">
          {t('plans.form')}: <span lang="kk">{v.measure.form}</span> · {t('plans.deadline')}:{' '}
          <span lang="kk">{v.measure.deadline}</span> · {mln(t, language, v.measure.plannedMln)}
        </Text>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('reporting.reports')}
        </Title>
        <TableScroll label={t('reporting.reports')} minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reporting.executor')}</Table.Th>
                <Table.Th>{t('reporting.state')}</Table.Th>
                <Table.Th>{t('reporting.timeliness')}</Table.Th>
                <Table.Th>{t('reporting.statusColumn')}</Table.Th>
                <Table.Th>{t('reporting.text')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.obligations.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <AnchorLink to="/reporting/obligations/$obligationId" params={{ obligationId: o.id }}>
                      {o.organisation.name[language]}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={o.state} />
                  </Table.Td>
                  <Table.Td>
                    <TimelinessBadge value={o.timeliness} />
                  </Table.Td>
                  <Table.Td>{o.report?.status ? t(`reporting.status.${o.report.status}`) : '—'}</Table.Td>
                  <Table.Td style={{ maxWidth: 420 }}>
                    {o.report?.text.kk ?? o.report?.text.ru ?? '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>
      <SummaryCard view={v} queryKey={key} />
      {v.consolidation.mayWrite && <ConsolidationCard view={v} queryKey={key} />}
      {can(me, 'manage:reporting-period') && <FormCard view={v} />}
    </Page>
  );
}

function SummaryCard({ view, queryKey }: { view: View; queryKey: unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(view.summary.text ?? '');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/reporting/periods/{periodId}/measures/{number}/summary', {
          params: { path: { periodId: view.periodId, number: view.measure.number } },
          body: { text },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(queryKey, data),
  });
  if (!view.summary.mayWrite && !view.summary.text) return null;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.summary')}
      </Title>
      {view.summary.mayWrite ? (
        <Stack>
          <Textarea
            label={t('reporting.summaryText')}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(save.error, 'text')}
          />
          {save.error && <ErrorAlert error={save.error} />}
          <Group>
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text style={{ whiteSpace: 'pre-line' }}>{view.summary.text}</Text>
      )}
    </Card>
  );
}

/** The coordinator's text for the Government report, started from the automatic draft. */
function ConsolidationCard({ view, queryKey }: { view: View; queryKey: unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kk, setKk] = useState(view.consolidation.kk ?? '');
  const [ru, setRu] = useState(view.consolidation.ru ?? '');
  const [assessment, setAssessment] = useState<Assessment>(
    view.consolidation.assessment ?? view.drafts?.assessment ?? 'no_information',
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/reporting/periods/{periodId}/measures/{number}/consolidation', {
          params: { path: { periodId: view.periodId, number: view.measure.number } },
          body: { kk: kk || null, ru: ru || null, assessment },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(queryKey, data),
  });
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.consolidation')}
      </Title>
      <Stack>
        {view.drafts && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setKk(view.drafts?.kk ?? '');
                setRu(view.drafts?.ru ?? '');
                setAssessment(view.drafts?.assessment ?? 'no_information');
              }}
            >
              {t('reporting.useDraft')}
            </Button>
          </Group>
        )}
        <Textarea
          label={t('reporting.consolidatedKk')}
          lang="kk"
          autosize
          minRows={4}
          value={kk}
          onChange={(e) => setKk(e.currentTarget.value)}
        />
        <Textarea
          label={t('reporting.consolidatedRu')}
          lang="ru"
          autosize
          minRows={4}
          value={ru}
          onChange={(e) => setRu(e.currentTarget.value)}
        />
        <Select
          label={t('reporting.assessment')}
          data={ASSESSMENTS.map((a) => ({ value: a, label: t(`reporting.assessment.${a}`) }))}
          value={assessment}
          onChange={(v) => setAssessment((v as Assessment) ?? 'no_information')}
          allowDeselect={false}
          maw={360}
        />
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('common.saved')}
          </Text>
        )}
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

type Indicator = (typeof INDICATORS)[number];

/** What the measure's reports ask for: the produced document, and which indicators it counts. */
function FormCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const [documentRequired, setDocumentRequired] = useState(view.form.documentRequired);
  // Every indicator allowed is shown as none chosen, which is how it is set.
  const [indicators, setIndicators] = useState<string[]>(
    view.form.indicators.length === INDICATORS.length ? [] : [...view.form.indicators],
  );
  const save = useMutation({
    mutationFn: (planId: string) =>
      unwrap(
        api.PUT('/api/v1/reporting/plans/{planId}/measures/{number}/form', {
          params: { path: { planId, number: view.measure.number } },
          body: {
            documentRequired,
            indicators: indicators.length === 0 ? null : (indicators as Indicator[]),
          },
        }),
      ),
  });
  const period = useQuery({
    queryKey: ['period', view.periodId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/periods/{periodId}', { params: { path: { periodId: view.periodId } } }),
      ),
  });
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.form.title')}
      </Title>
      <Stack>
        <Checkbox
          label={t('reporting.form.documentRequired')}
          checked={documentRequired}
          onChange={(e) => setDocumentRequired(e.currentTarget.checked)}
        />
        <MultiSelect
          label={t('reporting.form.indicators')}
          description={t('reporting.form.indicatorsHint')}
          data={INDICATORS.map((code) => ({ value: code, label: t(`reporting.indicator.${code}`) }))}
          value={indicators}
          onChange={setIndicators}
          clearable
        />
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('common.saved')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            disabled={!period.data}
            onClick={() => period.data && save.mutate(period.data.planId)}
            loading={save.isPending}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
