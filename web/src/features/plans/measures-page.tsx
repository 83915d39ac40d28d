import { Group, Select, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { mln } from './money.ts';

export interface MeasureFilters {
  section?: number;
  executor?: string;
  leadOnly?: boolean;
  deadlineYear?: number;
  source?: Schemas['ParsedMeasure']['financing']['sources'][number];
  form?: string;
  q?: string;
}

const SOURCES = ['republican', 'local', 'world_bank', 'extra_budgetary'] as const;

/** Reads the filters from the address, so a filtered list can be shared as a link. */
export function parseMeasureFilters(search: Record<string, unknown>): MeasureFilters {
  const number = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) : undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
  const source = SOURCES.find((s) => s === search.source);
  return Object.fromEntries(
    Object.entries({
      section: number(search.section),
      executor: text(search.executor),
      leadOnly: search.leadOnly === true || search.leadOnly === 'true' ? true : undefined,
      deadlineYear: number(search.deadlineYear),
      source,
      form: text(search.form),
      q: text(search.q),
    }).filter(([, v]) => v !== undefined),
  ) as MeasureFilters;
}

/** The measures of a plan, filtered by section, executor, deadline year, source, form and words. */
export function MeasuresPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { planId } = useParams({ from: '/app/plans/$planId/measures' });
  const filters = useSearch({ from: '/app/plans/$planId/measures' });
  const navigate = useNavigate({ from: '/plans/$planId/measures' });
  const setFilter = useCallback(
    (patch: Partial<MeasureFilters>) =>
      void navigate({
        search: (old: MeasureFilters) => parseMeasureFilters({ ...old, ...patch }),
        replace: true,
      }),
    [navigate],
  );

  const [q, setQ] = useState(filters.q ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  const [form, setForm] = useState(filters.form ?? '');
  const [debouncedForm] = useDebouncedValue(form.trim(), 350);
  useEffect(() => {
    if ((filters.q ?? '') !== debouncedQ || (filters.form ?? '') !== debouncedForm) {
      setFilter({ q: debouncedQ || undefined, form: debouncedForm || undefined });
    }
  }, [debouncedQ, debouncedForm, setFilter, filters.q, filters.form]);

  const plan = useQuery({
    queryKey: ['plan', planId, language],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId }, query: {} } })),
  });
  const agencies = useQuery({
    queryKey: ['plan-agencies', planId, language],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/agencies', { params: { path: { planId } } })),
  });
  const list = useCursorList(['measures', planId, language, filters], (cursor) =>
    unwrap(
      api.GET('/api/v1/plans/{planId}/measures', {
        params: { path: { planId }, query: { limit: 100, ...filters, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );

  const years = plan.data
    ? Array.from(
        { length: plan.data.period.to - plan.data.period.from + 1 },
        (_, i) => plan.data.period.from + i,
      )
    : [];
  const executors = (agencies.data?.items ?? []).filter((a) => a.kind === 'agency' && a.usage.executor > 0);

  return (
    <Page title={plan.data ? `${t('plans.measures')} — ${plan.data.title}` : t('plans.measures')}>
      <AnchorLink to="/plans/$planId" params={{ planId }} size="sm">
        ← {t('plans.back')}
      </AnchorLink>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('plans.filterQ')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('plans.filterSection')}
          data={(plan.data?.sections ?? []).map((s) => ({
            value: String(s.number),
            label: `${s.number}. ${s.title}`,
          }))}
          value={filters.section ? String(filters.section) : null}
          onChange={(v) => setFilter({ section: v ? Number(v) : undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('plans.filterExecutor')}
          data={executors.map((a) => ({ value: a.code, label: a.code }))}
          value={filters.executor ?? null}
          onChange={(v) => setFilter({ executor: v ?? undefined })}
          clearable
          searchable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 180 }}
        />
        <Switch
          label={t('plans.filterLeadOnly')}
          checked={!!filters.leadOnly}
          onChange={(e) => setFilter({ leadOnly: e.currentTarget.checked || undefined })}
          disabled={!filters.executor}
          mb={8}
        />
        <Select
          label={t('plans.filterYear')}
          data={years.map((y) => String(y))}
          value={filters.deadlineYear ? String(filters.deadlineYear) : null}
          onChange={(v) => setFilter({ deadlineYear: v ? Number(v) : undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 140 }}
        />
        <Select
          label={t('plans.filterSource')}
          data={SOURCES.map((s) => ({ value: s, label: t(`plans.source.${s}`) }))}
          value={filters.source ?? null}
          onChange={(v) => setFilter({ source: (v as MeasureFilters['source']) ?? undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 200 }}
        />
        <TextInput
          label={t('plans.filterForm')}
          value={form}
          onChange={(e) => setForm(e.currentTarget.value)}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      <ErrorAlert error={list.error ?? plan.error} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="measure-count">
        {t('common.results', { count: list.items.length })}
      </Text>
      {list.isPending ? (
        <Loading />
      ) : (
        <TableScroll label={t('plans.measures')} minWidth={900}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.number')}</Table.Th>
                <Table.Th>{t('plans.measure')}</Table.Th>
                <Table.Th>{t('plans.executors')}</Table.Th>
                <Table.Th>{t('plans.deadline')}</Table.Th>
                <Table.Th ta="right">{t('plans.cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((m) => (
                <Table.Tr key={m.number} data-testid="measure-row">
                  <Table.Td>
                    <AnchorLink
                      to="/plans/$planId/measures/$number"
                      params={{ planId, number: String(m.number) }}
                      fw={600}
                    >
                      {m.number}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td maw={520} lang={plan.data?.language}>
                    <Text size="sm" lineClamp={3}>
                      {m.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {m.executors.map((e, i) => (
                        <span key={e.code}>
                          {i > 0 && ', '}
                          <Text
                            span
                            fw={e.lead ? 700 : 400}
                            fs={e.byAgreement ? 'italic' : undefined}
                            size="sm"
                          >
                            {e.code}
                          </Text>
                        </span>
                      ))}
                    </Text>
                  </Table.Td>
                  <Table.Td lang={plan.data?.language}>
                    <Text size="sm">{m.deadline.text}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">
                      {m.financing.required
                        ? mln(t, language, m.financing.totalMln)
                        : t('plans.financingNotRequired')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ListFooter list={list} empty="plans.measuresEmpty" />
    </Page>
  );
}
