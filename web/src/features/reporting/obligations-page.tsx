import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { STATES, StateBadge, TIMELINESS, TimelinessBadge } from './shared.tsx';

type State = 'none' | (typeof STATES)[number];
type TimelinessValue = (typeof TIMELINESS)[number];

export interface ObligationSearch {
  organisationId?: string;
  regionCode?: string;
  national?: boolean;
  section?: number;
  measure?: number;
  state?: State;
  timeliness?: TimelinessValue;
}

/** Reads the drill-down filters from the address, so every figure links to a shareable list. */
export function parseObligationSearch(search: Record<string, unknown>): ObligationSearch {
  const text = (v: unknown, re: RegExp) => (typeof v === 'string' && re.test(v) ? v : undefined);
  const number = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) : undefined;
  return Object.fromEntries(
    Object.entries({
      organisationId: text(search.organisationId, /^[0-9a-f-]{36}$/),
      regionCode: text(search.regionCode, /^\d{9}$/),
      national: search.national === true || search.national === 'true' ? true : undefined,
      section: number(search.section),
      measure: number(search.measure),
      state: (['none', ...STATES] as const).find((s) => s === search.state),
      timeliness: TIMELINESS.find((s) => s === search.timeliness),
    }).filter(([, v]) => v !== undefined),
  ) as ObligationSearch;
}

/** The obligations behind a figure, filtered; with state "submitted" it is the coordinator's review queue. */
export function ObligationsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { periodId } = useParams({ from: '/app/reporting/periods/$periodId/obligations' });
  const search = useSearch({ from: '/app/reporting/periods/$periodId/obligations' });
  const navigate = useNavigate({ from: '/reporting/periods/$periodId/obligations' });
  const set = (patch: Partial<ObligationSearch>) =>
    void navigate({
      search: (old: ObligationSearch) => parseObligationSearch({ ...old, ...patch }),
      replace: true,
    });
  const list = useCursorList(['obligations', periodId, search, language], (cursor) =>
    unwrap(
      api.GET('/api/v1/reporting/periods/{periodId}/obligations', {
        params: {
          path: { periodId },
          query: {
            limit: 100,
            ...search,
            ...(search.national ? { national: 'true' as const } : { national: undefined }),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    ),
  );
  const total = (list.data?.pages[0] as { total?: number } | undefined)?.total;
  const title = search.state === 'submitted' ? t('reporting.reviewQueue') : t('reporting.obligations');

  return (
    <Page title={title}>
      <AnchorLink to="/reporting/periods/$periodId" params={{ periodId }} size="sm">
        ← {t('reporting.backToPeriod')}
      </AnchorLink>
      <Group align="flex-end">
        <Select
          label={t('reporting.state')}
          data={(['none', ...STATES] as const).map((s) => ({ value: s, label: t(`reporting.state.${s}`) }))}
          value={search.state ?? null}
          onChange={(v) => set({ state: (v as State | null) ?? undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('reporting.timeliness')}
          data={TIMELINESS.map((s) => ({ value: s, label: t(`reporting.timeliness.${s}`) }))}
          value={search.timeliness ?? null}
          onChange={(v) => set({ timeliness: (v as TimelinessValue | null) ?? undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 220 }}
        />
        {(search.organisationId ||
          search.regionCode ||
          search.section ||
          search.measure ||
          search.national) && (
          <Badge variant="light" size="lg">
            {t('reporting.filtered')}
          </Badge>
        )}
        {total !== undefined && (
          <Text size="sm" data-testid="obligations-total">
            {t('reporting.total', { count: total })}
          </Text>
        )}
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      <TableScroll label={title} minWidth={860}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.number')}</Table.Th>
              <Table.Th>{t('reporting.executor')}</Table.Th>
              <Table.Th>{t('reporting.state')}</Table.Th>
              <Table.Th>{t('reporting.timeliness')}</Table.Th>
              <Table.Th>{t('reporting.submittedAt')}</Table.Th>
              <Table.Th>{t('reporting.statusColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((o) => (
              <Table.Tr key={o.id} data-testid="obligation-row">
                <Table.Td>
                  <AnchorLink to="/reporting/obligations/$obligationId" params={{ obligationId: o.id }}>
                    {o.measure}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {o.organisation.name[language]}
                  {o.lead && (
                    <Badge ml={6} variant="light" size="xs">
                      {t('plans.lead')}
                    </Badge>
                  )}
                  {o.invited && (
                    <Badge ml={6} variant="light" color="gray" size="xs">
                      {t('plans.byAgreement')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <StateBadge state={o.state} />
                </Table.Td>
                <Table.Td>
                  <TimelinessBadge value={o.timeliness} />
                </Table.Td>
                <Table.Td>{o.firstSubmittedAt ? formatDateTime(language, o.firstSubmittedAt) : '—'}</Table.Td>
                <Table.Td>{o.executionStatus ? t(`reporting.status.${o.executionStatus}`) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListFooter list={list} empty="reporting.obligationsEmpty" />
    </Page>
  );
}
