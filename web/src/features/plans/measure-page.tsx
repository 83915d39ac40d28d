import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { currentLanguage, type Language } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import { mln } from './money.ts';

type Detail = Schemas['PlanMeasureDetail'];

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Everything a row of the plan says, the Kazakh (or Russian) original always in view, translations marked. */
export function MeasurePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { planId, number } = useParams({ from: '/app/plans/$planId/measures/$number' });
  const me = useMe().data;
  const [translating, setTranslating] = useState<Language | null>(null);
  const measure = useQuery({
    queryKey: ['measure', planId, number, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/measures/{number}', {
          params: { path: { planId, number: Number(number) }, query: {} },
        }),
      ),
  });
  const plan = useQuery({
    queryKey: ['plan', planId, language],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId }, query: {} } })),
  });
  if (measure.isPending) return <Loading />;
  if (measure.error || !measure.data) return <ErrorAlert error={measure.error} />;
  const m = measure.data;
  const original: Language = plan.data?.language ?? m.translations[0]?.original ?? 'kk';
  const agencyName = (a: Detail['executors'][number]['agency']) => {
    const org = a?.link.current[0] ?? a?.link.organisation;
    return org ? org.name[language] : a?.link.description;
  };

  return (
    <Page title={`${t('plans.measure')} ${m.number}`}>
      <Group gap="md">
        <AnchorLink to="/plans/$planId/measures" params={{ planId }} size="sm">
          ← {t('plans.allMeasures')}
        </AnchorLink>
        {m.sectionTitle && (
          <Text size="sm" c="dimmed" lang={original}>
            {m.section}. {m.sectionTitle}
          </Text>
        )}
      </Group>

      <Card withBorder padding="lg">
        <Stack>
          <Field label={t('plans.original', { language: t(`lang.${original}`) })}>
            <Text lang={original} style={{ whiteSpace: 'pre-line' }} data-testid="measure-original">
              {m.title}
            </Text>
          </Field>
          {m.translations.map((tr) => (
            <Field key={tr.locale} label={t('plans.translation', { language: t(`lang.${tr.locale}`) })}>
              <Text lang={tr.locale} style={{ whiteSpace: 'pre-line' }}>
                {tr.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t('plans.translationNote')} {formatDateTime(language, tr.translatedAt)}
              </Text>
              {tr.outdated && (
                <Badge color="orange" variant="light" mt={4}>
                  {t('plans.translationOutdated')}
                </Badge>
              )}
            </Field>
          ))}
          {can(me, 'manage:plan') && (
            <Group gap="xs">
              {(['ru', 'en', 'kk'] as const)
                .filter((l) => l !== original)
                .map((l) => (
                  <Button
                    key={l}
                    size="xs"
                    variant="default"
                    leftSection={<IconLanguage size={14} aria-hidden />}
                    onClick={() => setTranslating(l)}
                  >
                    {t('plans.addTranslation', { language: t(`lang.${l}`) })}
                  </Button>
                ))}
            </Group>
          )}
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Stack>
            <Field label={t('plans.form')}>
              <Text lang={original}>{m.form.text}</Text>
              {m.form.reportsTo && (
                <Text size="sm" c="dimmed">
                  {t('plans.reportsTo')}:{' '}
                  {m.form.reportsTo === 'government'
                    ? t('plans.reportsToGovernment')
                    : (agencyName(m.reportsToAgency) ?? m.form.reportsTo)}
                </Text>
              )}
            </Field>
            <Field label={t('plans.executors')}>
              <List size="sm" spacing={4} data-testid="measure-executors">
                {m.executors.map((e) => (
                  <List.Item key={e.code}>
                    <Text span fw={700} size="sm">
                      {e.code}
                    </Text>{' '}
                    {e.lead && (
                      <Badge size="xs" variant="light">
                        {t('plans.lead')}
                      </Badge>
                    )}{' '}
                    {e.byAgreement && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('plans.byAgreement')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      {agencyName(e.agency)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Field>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack>
            <Field label={t('plans.deadline')}>
              <Text lang={original}>{m.deadline.text}</Text>
              {m.deadline.start && m.deadline.end && (
                <Text size="sm" c="dimmed">
                  {t('plans.window', {
                    start: formatDate(language, m.deadline.start),
                    end: formatDate(language, m.deadline.end),
                  })}
                </Text>
              )}
              {m.deadline.dueDates.length > 0 && (
                <Text size="sm">
                  {t('plans.dueDates')}: {m.deadline.dueDates.map((d) => formatDate(language, d)).join('; ')}
                </Text>
              )}
            </Field>
            <Field label={t('plans.cost')}>
              {m.financing.required ? (
                <Stack gap={2}>
                  <Text>{mln(t, language, m.financing.totalMln)}</Text>
                  {Object.entries(m.financing.byYearMln).map(([year, amount]) => (
                    <Text key={year} size="sm">
                      {year}: {mln(t, language, amount)}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed" lang={original}>
                    {m.financing.text}
                  </Text>
                </Stack>
              ) : (
                <Text>{t('plans.financingNotRequired')}</Text>
              )}
            </Field>
            <Field label={t('plans.sourceOfFinancing')}>
              <Text size="sm">
                {m.financing.sources.map((s) => t(`plans.source.${s}`)).join(', ') || '—'}
              </Text>
            </Field>
            <Field label={t('plans.programmes')}>
              <Text size="sm">{m.financing.programmes.join(', ') || '—'}</Text>
            </Field>
          </Stack>
        </Card>
      </SimpleGrid>

      {m.warnings.length > 0 && (
        <Alert color="orange" title={t('plans.warnings')}>
          <List size="sm">
            {m.warnings.map((w) => (
              <List.Item key={`${w.field}-${w.code}`}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Card withBorder padding="lg">
        <Title order={2} size="h5" mb="xs">
          {t('plans.history')}
        </Title>
        <Table>
          <Table.Tbody>
            {m.history.map((h) => (
              <Table.Tr key={h.version}>
                <Table.Td>{t('plans.versionN', { n: h.version })}</Table.Td>
                <Table.Td>{formatDateTime(language, h.importedAt)}</Table.Td>
                <Table.Td>{t(`plans.history.${h.status}`)}</Table.Td>
                <Table.Td>{h.changes.map((c) => c.field).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>

      {translating && (
        <TranslationModal
          planId={planId}
          measure={m}
          locale={translating}
          onClose={() => setTranslating(null)}
        />
      )}
    </Page>
  );
}

function TranslationModal({
  planId,
  measure,
  locale,
  onClose,
}: {
  planId: string;
  measure: Detail;
  locale: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = measure.translations.find((tr) => tr.locale === locale);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [form, setForm] = useState(existing?.form ?? '');
  const [deadline, setDeadline] = useState(existing?.deadline ?? '');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/plans/{planId}/measures/{number}/translations/{locale}', {
          params: { path: { planId, number: measure.number, locale } },
          body: { title, form: form || null, deadline: deadline || null },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['measure', planId] });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('plans.addTranslation', { language: t(`lang.${locale}`) })}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('plans.translationNote')}
          </Text>
          <ErrorAlert error={save.error} />
          <Textarea
            label={t('plans.translationTitle')}
            autosize
            minRows={4}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(save.error, 'title')}
            lang={locale}
          />
          <Textarea
            label={t('plans.form')}
            autosize
            value={form}
            onChange={(e) => setForm(e.currentTarget.value)}
            error={fieldError(save.error, 'form')}
            lang={locale}
          />
          <Textarea
            label={t('plans.deadline')}
            autosize
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={fieldError(save.error, 'deadline')}
            lang={locale}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
