import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';

type Plan = Schemas['PlanSummary'];
type Frequency = 'year' | 'half-year' | 'quarter' | 'month';
const FREQUENCIES: Frequency[] = ['year', 'half-year', 'quarter', 'month'];
const PARTS: Record<Frequency, number> = { year: 1, 'half-year': 2, quarter: 4, month: 12 };

/** The plans with reporting: pick a plan, see its periods, open the next one. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = useMe().data;
  const plans = useQuery({
    queryKey: ['plans', language],
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { limit: 50 } } })),
  });
  const [planId, setPlanId] = useState<string | null>(null);
  useEffect(() => {
    if (!planId && plans.data?.items[0]) setPlanId(plans.data.items[0].id);
  }, [plans.data, planId]);
  const plan = plans.data?.items.find((p) => p.id === planId);
  const periods = useQuery({
    queryKey: ['periods', planId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reporting/periods', { params: { query: { planId: planId ?? '' } } })),
    enabled: !!planId,
  });

  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorAlert error={plans.error} />;
  return (
    <Page title={t('reporting.periods.title')}>
      <Select
        label={t('reporting.plan')}
        data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        value={planId}
        onChange={setPlanId}
        maw={720}
        allowDeselect={false}
      />
      {periods.error && <ErrorAlert error={periods.error} />}
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('reporting.periods.list')}
        </Title>
        {periods.data && periods.data.items.length === 0 && (
          <Text c="dimmed">{t('reporting.periods.empty')}</Text>
        )}
        {periods.data && periods.data.items.length > 0 && (
          <TableScroll label={t('reporting.periods.list')} minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reporting.period')}</Table.Th>
                  <Table.Th>{t('reporting.dates')}</Table.Th>
                  <Table.Th>{t('reporting.executorsDue')}</Table.Th>
                  <Table.Th>{t('reporting.coordinatorDue')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.invited')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.data.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="period-row">
                    <Table.Td>
                      <AnchorLink to="/reporting/periods/$periodId" params={{ periodId: p.id }}>
                        {p.code}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(language, p.start)} – {formatDate(language, p.end)}
                    </Table.Td>
                    <Table.Td>{formatDate(language, p.executorsDue)}</Table.Td>
                    <Table.Td>{formatDate(language, p.coordinatorDue)}</Table.Td>
                    <Table.Td ta="right">{p.counts.expected}</Table.Td>
                    <Table.Td ta="right">{p.counts.invited}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
      {plan && can(me, 'manage:reporting-period') && <OpenPeriodCard plan={plan} />}
    </Page>
  );
}

/** Opens a period: the plan's rule shown and overridable, a preview of the obligations, then the real thing. */
function OpenPeriodCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rule = plan.reporting;
  const years = Array.from({ length: plan.period.to - plan.period.from + 1 }, (_, i) => plan.period.from + i);
  const [year, setYear] = useState<string>(String(years[0] ?? ''));
  const [frequency, setFrequency] = useState<Frequency>(rule?.frequency ?? 'year');
  const [part, setPart] = useState('1');
  const [executorsDueDay, setExecutorsDueDay] = useState<number | string>(rule?.executorsDueDay ?? 10);
  const [coordinatorDueDay, setCoordinatorDueDay] = useState<number | string>(rule?.coordinatorDueDay ?? 25);
  const [daysBefore, setDaysBefore] = useState('7, 1');
  const [onDueDate, setOnDueDate] = useState(true);
  const [overdueEveryDays, setOverdueEveryDays] = useState<number | string>(3);
  const [escalateAfterDays, setEscalateAfterDays] = useState<number | string>(5);
  const body = (dryRun: boolean) => ({
    planId: plan.id,
    year: Number(year),
    part: Number(part),
    frequency,
    executorsDueDay: Number(executorsDueDay),
    coordinatorDueDay: Number(coordinatorDueDay),
    reminders: {
      daysBefore: daysBefore
        .split(/[,;\s]+/)
        .filter((d) => d !== '')
        .map(Number),
      onDueDate,
      overdueEveryDays: Number(overdueEveryDays),
      escalateAfterDays: Number(escalateAfterDays),
    },
    dryRun,
  });
  const preview = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/reporting/periods', { body: body(true) })),
  });
  const open = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/reporting/periods', { body: body(false) })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['periods'] });
      if (result.period.id)
        void navigate({ to: '/reporting/periods/$periodId', params: { periodId: result.period.id } });
    },
  });
  const error = open.error ?? preview.error;
  const reset = () => {
    preview.reset();
    open.reset();
  };
  const result = preview.data;

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t('reporting.open.title')}
      </Title>
      <Text size="sm" mb="sm" data-testid="plan-rule">
        {rule?.frequency
          ? t('reporting.open.planRule', {
              frequency: t(`plans.frequency.${rule.frequency}`),
              executorsDay: rule.executorsDueDay ?? '—',
              coordinatorDay: rule.coordinatorDueDay ?? '—',
            })
          : t('plans.noReporting')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
        <Select
          label={t('reporting.open.year')}
          data={years.map(String)}
          value={year}
          onChange={(v) => {
            setYear(v ?? '');
            reset();
          }}
          allowDeselect={false}
          error={fieldError(error, 'year')}
        />
        <Select
          label={t('reporting.open.frequency')}
          data={FREQUENCIES.map((f) => ({ value: f, label: t(`plans.frequency.${f}`) }))}
          value={frequency}
          onChange={(v) => {
            setFrequency((v as Frequency) ?? 'year');
            setPart('1');
            reset();
          }}
          allowDeselect={false}
        />
        {frequency !== 'year' && (
          <Select
            label={t('reporting.open.part')}
            data={Array.from({ length: PARTS[frequency] }, (_, i) => String(i + 1))}
            value={part}
            onChange={(v) => {
              setPart(v ?? '1');
              reset();
            }}
            allowDeselect={false}
            error={fieldError(error, 'part')}
          />
        )}
        <NumberInput
          label={t('reporting.open.executorsDay')}
          min={1}
          max={31}
          value={executorsDueDay}
          onChange={(v) => {
            setExecutorsDueDay(v);
            reset();
          }}
          error={fieldError(error, 'executorsDueDay')}
        />
        <NumberInput
          label={t('reporting.open.coordinatorDay')}
          min={1}
          max={31}
          value={coordinatorDueDay}
          onChange={(v) => {
            setCoordinatorDueDay(v);
            reset();
          }}
          error={fieldError(error, 'coordinatorDueDay')}
        />
      </SimpleGrid>
      <Text size="sm" fw={600} mt="md">
        {t('reporting.open.reminders')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput
          label={t('reporting.open.daysBefore')}
          value={daysBefore}
          onChange={(e) => setDaysBefore(e.currentTarget.value)}
          error={fieldError(error, 'reminders.daysBefore') ?? fieldError(error, 'reminders.daysBefore.0')}
        />
        <NumberInput
          label={t('reporting.open.overdueEvery')}
          min={1}
          max={90}
          value={overdueEveryDays}
          onChange={setOverdueEveryDays}
          error={fieldError(error, 'reminders.overdueEveryDays')}
        />
        <NumberInput
          label={t('reporting.open.escalateAfter')}
          min={1}
          max={365}
          value={escalateAfterDays}
          onChange={setEscalateAfterDays}
          error={fieldError(error, 'reminders.escalateAfterDays')}
        />
        <Checkbox
          label={t('reporting.open.onDueDate')}
          checked={onDueDate}
          onChange={(e) => setOnDueDate(e.currentTarget.checked)}
          mt={{ md: 'xl' }}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button variant="default" onClick={() => preview.mutate()} loading={preview.isPending}>
          {t('reporting.open.preview')}
        </Button>
        <Button onClick={() => open.mutate()} loading={open.isPending} disabled={!result}>
          {t('reporting.open.confirm')}
        </Button>
      </Group>
      {error && (
        <Stack mt="sm">
          <ErrorAlert error={error} />
        </Stack>
      )}
      {result && (
        <Stack mt="md" gap="xs" data-testid="open-preview">
          <Text fw={600}>
            {t('reporting.open.summary', {
              code: result.period.code,
              start: formatDate(language, result.period.start),
              end: formatDate(language, result.period.end),
              executorsDue: formatDate(language, result.period.executorsDue),
              coordinatorDue: formatDate(language, result.period.coordinatorDue),
            })}
          </Text>
          <Text data-testid="open-counts">
            {t('reporting.open.counts', {
              measures: result.period.counts.measures,
              obligations: result.period.counts.obligations,
              expected: result.period.counts.expected,
              invited: result.period.counts.invited,
            })}
          </Text>
          {result.warnings.length > 0 && (
            <Alert color="orange" title={t('plans.warnings')}>
              {result.warnings.map((w) => (
                <Text key={`${w.measure}-${w.code}`} size="sm">
                  {w.message}
                </Text>
              ))}
            </Alert>
          )}
          {result.unresolved.length > 0 && (
            <Alert color="orange" title={t('reporting.open.unresolved')}>
              {result.unresolved.map((u) => `${u.measure}: ${u.code}`).join('; ')}
            </Alert>
          )}
          <TableScroll label={t('reporting.byExecutor')} minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reporting.executor')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.invited')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.leads')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.byExecutor.map((e) => (
                  <Table.Tr key={e.organisationId}>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td ta="right">{e.expected}</Table.Td>
                    <Table.Td ta="right">{e.invited}</Table.Td>
                    <Table.Td ta="right">{e.lead}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      )}
    </Card>
  );
}
