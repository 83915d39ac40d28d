import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap, uploadFile } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { mln } from '../plans/money.ts';
import { countdown, EXECUTION_STATUSES, SOURCES, StateBadge, TimelinessBadge } from './shared.tsx';

type Detail = Schemas['ObligationDetail'];
type Content = Schemas['ReportContent'];

interface FormState {
  status: string | null;
  reason: string;
  textKk: string;
  textRu: string;
  documentType: string;
  documentNumber: string;
  documentDate: string;
  indicators: Record<string, number | string>;
  spending: Record<string, string>;
  evidence: string[];
}

const toForm = (c: Content | null): FormState => ({
  status: c?.status ?? null,
  reason: c?.reason ?? '',
  textKk: c?.text.kk ?? '',
  textRu: c?.text.ru ?? '',
  documentType: c?.document?.type ?? '',
  documentNumber: c?.document?.number ?? '',
  documentDate: c?.document?.date ?? '',
  indicators: { ...(c?.indicators ?? {}) },
  spending: Object.fromEntries(
    Object.entries(c?.spending ?? {}).map(([k, v]) => [k, String(v).replace('.', ',')]),
  ),
  evidence: [...(c?.evidence ?? [])],
});

// What is sent: blank fields are left out, amounts as typed (the server reads "12,5" and says what is wrong).
const toBody = (f: FormState) => ({
  status: (f.status as Content['status']) ?? null,
  reason: f.reason || null,
  text: { kk: f.textKk || null, ru: f.textRu || null },
  document: { type: f.documentType || null, number: f.documentNumber || null, date: f.documentDate || null },
  indicators: Object.fromEntries(
    Object.entries(f.indicators)
      .filter(([, v]) => v !== '' && v !== undefined)
      .map(([k, v]) => [k, Number(v)]),
  ),
  spending: Object.fromEntries(Object.entries(f.spending).filter(([, v]) => v.trim() !== '')),
  evidence: f.evidence,
});

/** One obligation: the executor writes and submits the report; the coordinator reviews it; everyone sees its history. */
export function ObligationPage() {
  const { obligationId } = useParams({ from: '/app/reporting/obligations/$obligationId' });
  const language = currentLanguage();
  const detail = useQuery({
    queryKey: ['obligation', obligationId, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reporting/obligations/{obligationId}', { params: { path: { obligationId } } })),
  });
  if (detail.isPending) return <Loading />;
  if (detail.error || !detail.data) return <ErrorAlert error={detail.error} />;
  return <ObligationView detail={detail.data} />;
}

function ObligationView({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const o = detail.obligation;
  const m = detail.measure;
  return (
    <Page title={t('reporting.obligationTitle', { number: m.number, period: o.periodCode })}>
      <Group gap="xs">
        <AnchorLink to="/reporting/periods/$periodId" params={{ periodId: o.periodId }} size="sm">
          ← {t('reporting.backToPeriod')}
        </AnchorLink>
      </Group>
      <Card withBorder padding="lg">
        <Stack gap={6}>
          <Text fw={600} lang="kk" style={{ whiteSpace: 'pre-line' }} data-testid="measure-title">
            {m.title}
          </Text>
          <Text size="sm">
            {t('plans.form')}: <span lang="kk">{m.form}</span> · {t('plans.deadline')}:{' '}
            <span lang="kk">{m.deadline}</span>
          </Text>
          <Text size="sm">
            {t('plans.executors')}:{' '}
            {m.executors
              .map((e) => `${e.code}${e.byAgreement ? ` (${t('plans.byAgreement')})` : ''}`)
              .join(', ')}
          </Text>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {o.organisation.name[language]}
            </Text>
            {o.lead && <Badge variant="light">{t('plans.lead')}</Badge>}
            {o.invited && (
              <Badge variant="light" color="gray">
                {t('plans.byAgreement')}
              </Badge>
            )}
            <StateBadge state={o.state} />
            <TimelinessBadge value={o.timeliness} />
          </Group>
          <Text size="sm" data-testid="due">
            {t('reporting.dueOn', { date: formatDate(language, o.reportDue) })} — {countdown(t, o.daysLeft)}
          </Text>
          <Text size="sm">
            {t('reporting.plannedForYear', {
              year: detail.period.year,
              amount: mln(t, language, m.plannedMln),
            })}
          </Text>
        </Stack>
      </Card>
      {detail.lastReturnComment && (
        <Alert color="orange" title={t('reporting.returnedWith')} data-testid="return-comment">
          {detail.lastReturnComment}
        </Alert>
      )}
      {o.state === 'submitted' && !detail.allowed.accept && (
        <Alert color="blue" role="status" data-testid="submitted-note">
          {t('reporting.submittedWaiting')}
        </Alert>
      )}
      {o.state === 'accepted' && !detail.allowed.reopen && (
        <Alert color="green" role="status">
          {t('reporting.acceptedLocked')}
        </Alert>
      )}
      {detail.allowed.edit ? <ReportForm key={o.id} detail={detail} /> : <ReportView detail={detail} />}
      <ReviewActions detail={detail} />
      <Versions detail={detail} />
    </Page>
  );
}

/** The executor's form: draft, evidence, submit; the server's messages shown at each field. */
function ReportForm({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const id = detail.obligation.id;
  const [form, setForm] = useState<FormState>(() => toForm(detail.report));
  const [saved, setSaved] = useState<string | null>(null);
  const refresh = (data: Detail) => queryClient.setQueryData(['obligation', id, language], data);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/reporting/obligations/{obligationId}/report', {
          params: { path: { obligationId: id } },
          body: toBody(form),
        }),
      ),
    onSuccess: (data) => {
      refresh(data);
      setSaved(t('reporting.draftSaved'));
    },
  });
  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/reporting/obligations/{obligationId}/report/submit', {
          params: { path: { obligationId: id } },
          body: toBody(form),
        }),
      ),
    onSuccess: (data) => {
      refresh(data);
      void queryClient.invalidateQueries({ queryKey: ['my-obligations'] });
      setSaved(t('reporting.submitted'));
    },
  });
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) =>
      uploadFile<{ file: Schemas['StoredFile']; obligation: Detail }>(
        `/api/v1/reporting/obligations/${id}/evidence`,
        'file',
        f,
      ),
    onSuccess: (data) => {
      setFile(null);
      setForm((old) => ({ ...old, evidence: [...old.evidence, data.file.id] }));
      queryClient.setQueryData(['obligation', id, language], data.obligation);
    },
  });
  const error = submit.error ?? save.error;
  // A change clears the last answer's messages: the next save or submission says what is still wrong.
  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(null);
    if (error) {
      save.reset();
      submit.reset();
    }
  };
  const err = (field: string) => fieldError(error, field);

  return (
    <Card
      withBorder
      padding="lg"
      component="form"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('reporting.report')}
    >
      <Title order={2} size="h4" mb="sm">
        {t('reporting.report')}
      </Title>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('reporting.statusColumn')}
            data={EXECUTION_STATUSES.map((s) => ({ value: s, label: t(`reporting.status.${s}`) }))}
            value={form.status}
            onChange={(v) => set({ status: v })}
            error={err('status')}
            required
          />
          {form.status === 'not_executed' && (
            <TextInput
              label={t('reporting.reason')}
              value={form.reason}
              onChange={(e) => set({ reason: e.currentTarget.value })}
              error={err('reason')}
              required
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('reporting.textKk')}
          lang="kk"
          autosize
          minRows={3}
          value={form.textKk}
          onChange={(e) => set({ textKk: e.currentTarget.value })}
          error={err('text') ?? err('text.kk')}
        />
        <Textarea
          label={t('reporting.textRu')}
          lang="ru"
          autosize
          minRows={3}
          value={form.textRu}
          onChange={(e) => set({ textRu: e.currentTarget.value })}
          error={err('text.ru')}
        />
        {(detail.form.documentRequired || form.documentType || form.documentNumber) && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('reporting.document')}
              {detail.form.documentRequired ? ' *' : ''}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('reporting.documentType')}
                value={form.documentType}
                onChange={(e) => set({ documentType: e.currentTarget.value })}
                error={err('document')}
              />
              <TextInput
                label={t('reporting.documentNumber')}
                value={form.documentNumber}
                onChange={(e) => set({ documentNumber: e.currentTarget.value })}
              />
              <TextInput
                label={t('reporting.documentDate')}
                type="date"
                value={form.documentDate}
                onChange={(e) => set({ documentDate: e.currentTarget.value })}
                error={err('document.date')}
              />
            </SimpleGrid>
          </Stack>
        )}
        <Text size="sm" fw={600}>
          {t('reporting.indicators')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {detail.form.indicators.map((code) => (
            <NumberInput
              key={code}
              label={t(`reporting.indicator.${code}`)}
              min={0}
              allowDecimal={false}
              value={form.indicators[code] ?? ''}
              onChange={(v) => set({ indicators: { ...form.indicators, [code]: v } })}
              error={err(`indicators.${code}`)}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('reporting.spending', { year: detail.period.year })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {SOURCES.map((source) => (
            <TextInput
              key={source}
              label={t(`plans.source.${source}`)}
              description={t('reporting.mlnHint')}
              inputMode="decimal"
              value={form.spending[source] ?? ''}
              onChange={(e) => set({ spending: { ...form.spending, [source]: e.currentTarget.value } })}
              error={err(`spending.${source}`)}
            />
          ))}
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('reporting.evidence')}
          </Text>
          <EvidenceList
            detail={detail}
            ids={form.evidence}
            onRemove={(fileId) => set({ evidence: form.evidence.filter((x) => x !== fileId) })}
          />
          <Group align="flex-end">
            <FileInput
              label={t('reporting.attach')}
              leftSection={<IconPaperclip size={16} aria-hidden />}
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              w={{ base: '100%', sm: 320 }}
              error={upload.error ? fieldError(upload.error, 'file') : undefined}
              data-testid="evidence-input"
            />
            <Button
              variant="default"
              disabled={!file}
              loading={upload.isPending}
              onClick={() => file && upload.mutate(file)}
            >
              {t('reporting.upload')}
            </Button>
          </Group>
          {upload.error && <ErrorAlert error={upload.error} />}
        </Stack>
        {error && <ErrorAlert error={error} />}
        {saved && (
          <Alert color="green" role="status">
            {saved}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
            {t('reporting.saveDraft')}
          </Button>
          <Button
            onClick={() => submit.mutate()}
            loading={submit.isPending}
            disabled={!detail.allowed.submit}
          >
            {t('reporting.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function EvidenceList({
  detail,
  ids,
  onRemove,
}: {
  detail: Detail;
  ids: readonly string[];
  onRemove?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const files = detail.evidence.filter((f) => ids.includes(f.id));
  if (files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reporting.noEvidence')}
      </Text>
    );
  return (
    <List size="sm" data-testid="evidence-list">
      {files.map((f) => (
        <List.Item key={f.id}>
          <Anchor href={`/api/v1/reporting/files/${f.id}`} underline="always">
            {f.name}
          </Anchor>{' '}
          ({formatNumber(language, Math.max(1, Math.round(f.bytes / 1024)))} KB)
          {onRemove && (
            <Button variant="subtle" size="compact-xs" ml="xs" onClick={() => onRemove(f.id)}>
              {t('reporting.remove')}
            </Button>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** The report read-only: what was sent (for the coordinator and the lead) or what is locked (for its executor). */
function ReportView({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const r = detail.report;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.report')}
      </Title>
      {!r ? (
        <Text c="dimmed">{t('reporting.noReport')}</Text>
      ) : (
        <Stack gap="xs" data-testid="report-view">
          <Text>
            <b>{t('reporting.statusColumn')}:</b> {r.status ? t(`reporting.status.${r.status}`) : '—'}
          </Text>
          {r.reason && (
            <Text>
              <b>{t('reporting.reason')}:</b> {r.reason}
            </Text>
          )}
          {r.text.kk && (
            <Text lang="kk" style={{ whiteSpace: 'pre-line' }}>
              {r.text.kk}
            </Text>
          )}
          {r.text.ru && (
            <Text lang="ru" style={{ whiteSpace: 'pre-line' }}>
              {r.text.ru}
            </Text>
          )}
          {r.document && (
            <Text size="sm">
              {t('reporting.document')}: {r.document.type} № {r.document.number},{' '}
              {formatDate(language, r.document.date)}
            </Text>
          )}
          {Object.keys(r.indicators).length > 0 && (
            <Text size="sm">
              {Object.entries(r.indicators)
                .map(
                  ([k, v]) =>
                    `${t(`reporting.indicator.${k as 'participants'}`)}: ${formatNumber(language, v)}`,
                )
                .join(' · ')}
            </Text>
          )}
          {Object.keys(r.spending).length > 0 && (
            <Text size="sm">
              {t('reporting.spending', { year: detail.period.year })}:{' '}
              {Object.entries(r.spending)
                .map(([k, v]) => `${t(`plans.source.${k as 'local'}`)} — ${mln(t, language, v)}`)
                .join('; ')}
            </Text>
          )}
          <EvidenceList detail={detail} ids={r.evidence} />
        </Stack>
      )}
    </Card>
  );
}

/** Accept, return with a comment, re-open with a reason: the coordinator's decisions. */
function ReviewActions({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const id = detail.obligation.id;
  const [note, setNote] = useState('');
  const act = useMutation({
    mutationFn: (action: 'accept' | 'return' | 'reopen') => {
      const path = { params: { path: { obligationId: id } } };
      if (action === 'accept')
        return unwrap(
          api.POST('/api/v1/reporting/obligations/{obligationId}/report/accept', {
            ...path,
            body: { comment: note || null },
          }),
        );
      if (action === 'return')
        return unwrap(
          api.POST('/api/v1/reporting/obligations/{obligationId}/report/return', {
            ...path,
            body: { comment: note },
          }),
        );
      return unwrap(
        api.POST('/api/v1/reporting/obligations/{obligationId}/report/reopen', {
          ...path,
          body: { reason: note },
        }),
      );
    },
    onSuccess: (data) => {
      setNote('');
      queryClient.setQueryData(['obligation', id, language], data);
      void queryClient.invalidateQueries({ queryKey: ['completeness'] });
      void queryClient.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
  const { accept, return: back, reopen } = detail.allowed;
  if (!accept && !back && !reopen) return null;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.review')}
      </Title>
      <Stack>
        <Textarea
          label={reopen ? t('reporting.reopenReason') : t('reporting.reviewComment')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          error={fieldError(act.error, 'comment') ?? fieldError(act.error, 'reason')}
        />
        {act.error && <ErrorAlert error={act.error} />}
        <Group>
          {accept && (
            <Button color="teal.9" onClick={() => act.mutate('accept')} loading={act.isPending}>
              {t('reporting.accept')}
            </Button>
          )}
          {back && (
            <Button color="red.9" onClick={() => act.mutate('return')} loading={act.isPending}>
              {t('reporting.return')}
            </Button>
          )}
          {reopen && (
            <Button color="grape.9" onClick={() => act.mutate('reopen')} loading={act.isPending}>
              {t('reporting.reopen')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

const show = (value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** Every version sent, with what changed from the one before, and the steps of the report's life. */
function Versions({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (detail.versions.length === 0 && detail.events.length === 0) return null;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('reporting.versions')}
      </Title>
      <Stack>
        {[...detail.versions].reverse().map((v) => (
          <Stack key={v.version} gap={4} data-testid="report-version">
            <Group gap="xs">
              <Text fw={600}>{t('reporting.versionN', { n: v.version })}</Text>
              <Text size="sm">
                {t('reporting.sentBy', {
                  who: v.submittedBy ?? '—',
                  when: formatDateTime(language, v.submittedAt),
                })}
              </Text>
              {v.decision && (
                <Badge variant="light" color={v.decision === 'accepted' ? 'green' : 'orange'}>
                  {t(`reporting.decision.${v.decision}`)}
                </Badge>
              )}
            </Group>
            {v.comment && <Text size="sm">{t('reporting.commentLine', { comment: v.comment })}</Text>}
            {v.changes.length > 0 && (
              <TableScroll label={t('reporting.changes')} minWidth={480}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reporting.field')}</Table.Th>
                      <Table.Th>{t('reporting.before')}</Table.Th>
                      <Table.Th>{t('reporting.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {v.changes.map((c) => (
                      <Table.Tr key={`${c.field}-${show(c.from)}-${show(c.to)}`} data-testid="version-change">
                        <Table.Td>{c.field}</Table.Td>
                        <Table.Td>{show(c.from)}</Table.Td>
                        <Table.Td>{show(c.to)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Stack>
        ))}
        <Title order={3} size="h5">
          {t('reporting.history')}
        </Title>
        <List size="sm">
          {detail.events.map((e) => (
            <List.Item key={`${e.at}-${e.action}-${e.version}`}>
              {formatDateTime(language, e.at)} — {t(`reporting.event.${e.action}`)} ({e.by ?? '—'})
              {e.note ? `: ${e.note}` : ''}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
