import { Badge, Box, Card, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CONCERN_GROUP_OF, CONCERN_GROUPS, RISK_LEVELS, type RiskLevel } from '@qorgau/domain/cases/index';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ListFooter, useCursorList } from '../../components/cursor-list.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import { RiskBadge, TriageClock } from './case-badges.tsx';
import { type CaseListItem, childName } from './case-data.ts';
import { useCaseLabel } from './case-labels.ts';
import { EmergencyAccess } from './emergency-access.tsx';
import { type Organisation, OrganisationPicker } from './organisation-picker.tsx';

const STATUSES = ['open', 'closure_pending', 'closed'] as const;
const SORTS = ['updated', 'deadline', 'risk'] as const;

export interface CaseFilters {
  status?: (typeof STATUSES)[number];
  risk?: RiskLevel;
  concern?: string;
  overdue?: boolean;
  mine?: boolean;
  myTasks?: boolean;
  organisationId?: string;
  regionCode?: string;
  q?: string;
  sort?: (typeof SORTS)[number];
}

/** Reads the list's filters from the address, so a filtered list can be bookmarked and shared. */
export function parseCaseFilters(search: Record<string, unknown>): CaseFilters {
  const oneOf = <T extends string>(list: readonly T[], v: unknown) => list.find((x) => x === v);
  const flag = (v: unknown) => (v === true || v === 'true' ? true : undefined);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined);
  const concern = Object.keys(CONCERN_GROUP_OF).find((c) => c === search.concern);
  return Object.fromEntries(
    Object.entries({
      status: oneOf(STATUSES, search.status),
      risk: oneOf(RISK_LEVELS, search.risk),
      concern,
      overdue: flag(search.overdue),
      mine: flag(search.mine),
      myTasks: flag(search.myTasks),
      organisationId:
        typeof search.organisationId === 'string' && /^[0-9a-f-]{36}$/.test(search.organisationId)
          ? search.organisationId
          : undefined,
      regionCode: REGIONS.some((r) => r.code === search.regionCode)
        ? (search.regionCode as string)
        : undefined,
      q: text(search.q),
      sort: oneOf(SORTS, search.sort),
    }).filter(([, v]) => v !== undefined),
  ) as CaseFilters;
}

const regionName = (code: string | null, language: 'kk' | 'ru' | 'en') => {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return '';
  return language === 'kk' ? region.nameKk : language === 'ru' ? region.nameRu : region.nameEn;
};

/** The cases the person may open: filtered, searched and sorted, each with its response clock. */
export function CaseListPage() {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const me = useMe().data;
  const filters = useSearch({ from: '/app/cases' });
  const navigate = useNavigate({ from: '/cases' });
  const setFilter = useCallback(
    (patch: Partial<CaseFilters>) =>
      void navigate({ search: (old: CaseFilters) => parseCaseFilters({ ...old, ...patch }), replace: true }),
    [navigate],
  );
  const [q, setQ] = useState(filters.q ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  useEffect(() => {
    if ((filters.q ?? '') !== debouncedQ) setFilter({ q: debouncedQ.length >= 2 ? debouncedQ : undefined });
  }, [debouncedQ, filters.q, setFilter]);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);

  const { q: search, ...rest } = filters;
  const list = useCursorList(['cases', 'list', filters], (cursor) =>
    unwrap(
      api.GET('/api/v1/cases', {
        params: {
          query: {
            limit: 25,
            sort: rest.sort ?? 'updated',
            ...(rest.status ? { status: rest.status } : {}),
            ...(rest.risk ? { risk: rest.risk } : {}),
            ...(rest.concern ? { concern: rest.concern } : {}),
            ...(rest.overdue ? { overdue: 'true' as const } : {}),
            ...(rest.mine ? { mine: 'true' as const } : {}),
            ...(rest.myTasks ? { myTasks: 'true' as const } : {}),
            ...(rest.organisationId ? { organisationId: rest.organisationId } : {}),
            ...(rest.regionCode ? { regionCode: rest.regionCode } : {}),
            ...(search ? { search } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    ),
  );

  const concernOptions = CONCERN_GROUPS.map((group) => ({
    group: label('concernGroup', group),
    items: Object.entries(CONCERN_GROUP_OF)
      .filter(([, g]) => g === group)
      .map(([concern]) => ({ value: concern, label: label('concern', concern) })),
  }));

  return (
    <Page
      title={t('cases.title')}
      actions={
        <Group gap="xs">
          <EmergencyAccess />
          {can(me, 'create:case') && (
            <ButtonLink to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('cases.register')}
            </ButtonLink>
          )}
        </Group>
      }
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('cases.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('cases.status')}
          data={STATUSES.map((s) => ({ value: s, label: label('status', s) }))}
          value={filters.status ?? null}
          onChange={(v) => setFilter({ status: (v as CaseFilters['status']) ?? undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 190 }}
        />
        <Select
          label={t('cases.risk')}
          data={RISK_LEVELS.map((r) => ({ value: r, label: label('risk', r) }))}
          value={filters.risk ?? null}
          onChange={(v) => setFilter({ risk: (v as RiskLevel) ?? undefined })}
          clearable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 190 }}
        />
        <Select
          label={t('cases.concern')}
          data={concernOptions}
          value={filters.concern ?? null}
          onChange={(v) => setFilter({ concern: v ?? undefined })}
          clearable
          searchable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('cases.region')}
          data={REGIONS.map((r) => ({ value: r.code, label: regionName(r.code, language) }))}
          value={filters.regionCode ?? null}
          onChange={(v) => setFilter({ regionCode: v ?? undefined })}
          clearable
          searchable
          placeholder={t('common.all')}
          w={{ base: '100%', sm: 220 }}
        />
        <OrganisationPicker
          label={t('cases.ownerOrganisation')}
          value={filters.organisationId ? organisation : null}
          onChange={(o) => {
            setOrganisation(o);
            setFilter({ organisationId: o?.id });
          }}
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('cases.sort')}
          data={SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
          value={filters.sort ?? 'updated'}
          onChange={(v) =>
            setFilter({ sort: v === 'updated' ? undefined : ((v as CaseFilters['sort']) ?? undefined) })
          }
          allowDeselect={false}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      <Group gap="lg">
        <Switch
          label={t('cases.mine')}
          checked={!!filters.mine}
          onChange={(e) => setFilter({ mine: e.currentTarget.checked || undefined })}
        />
        <Switch
          label={t('cases.myTasks')}
          checked={!!filters.myTasks}
          onChange={(e) => setFilter({ myTasks: e.currentTarget.checked || undefined })}
        />
        <Switch
          label={t('cases.overdueOnly')}
          checked={!!filters.overdue}
          onChange={(e) => setFilter({ overdue: e.currentTarget.checked || undefined })}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="case-count">
        {t('common.results', { count: list.items.length })}
      </Text>
      {list.isPending ? (
        <Loading />
      ) : (
        <>
          <Box visibleFrom="md">
            <TableScroll label={t('cases.title')} minWidth={1000}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('cases.number')}</Table.Th>
                    <Table.Th>{t('cases.child')}</Table.Th>
                    <Table.Th>{t('cases.concerns')}</Table.Th>
                    <Table.Th>{t('cases.riskAndResponse')}</Table.Th>
                    <Table.Th>{t('cases.stage')}</Table.Th>
                    <Table.Th>{t('cases.owner')}</Table.Th>
                    <Table.Th>{t('cases.tasks')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((c) => (
                    <Table.Tr key={c.id} data-testid="case-row">
                      <Table.Td>
                        <AnchorLink
                          to="/cases/$caseId"
                          params={{ caseId: c.id }}
                          fw={600}
                          style={{ whiteSpace: 'nowrap' }}
                        >
                          {c.number}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {t('cases.changedAt', { at: formatDateTime(language, c.updatedAt) })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ChildCell item={c} />
                      </Table.Td>
                      <Table.Td maw={220}>
                        <Text size="sm">{c.concerns.map((x) => label('concern', x)).join(', ')}</Text>
                      </Table.Td>
                      <Table.Td miw={190}>
                        <Stack gap={4} align="flex-start">
                          <RiskBadge risk={c.riskLevel} />
                          <TriageClock clock={c.triage} compact />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <StageCell item={c} />
                      </Table.Td>
                      <Table.Td maw={240}>
                        <Text size="sm">{c.owner.organisation[language]}</Text>
                        {c.owner.user && (
                          <Text size="xs" c="dimmed">
                            {c.owner.user}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TaskCell item={c} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Box>
          <Stack
            hiddenFrom="md"
            gap="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('cases.title')}
          >
            {list.items.map((c) => (
              <Card component="li" key={c.id} withBorder padding="sm" data-testid="case-card">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} fw={600}>
                    {c.number}
                  </AnchorLink>
                  <RiskBadge risk={c.riskLevel} />
                </Group>
                <ChildCell item={c} />
                <Text size="sm">{c.concerns.map((x) => label('concern', x)).join(', ')}</Text>
                <Box mt={6}>
                  <TriageClock clock={c.triage} compact />
                </Box>
                <Group justify="space-between" mt={6} gap="xs">
                  <StageCell item={c} />
                  <TaskCell item={c} />
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {c.owner.organisation[language]}
                </Text>
              </Card>
            ))}
          </Stack>
        </>
      )}
      <ListFooter list={list} empty="cases.empty" />
    </Page>
  );
}

function ChildCell({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const born = item.child.birthDate
    ? t('cases.born', { date: formatDate(language, item.child.birthDate) })
    : item.child.estimatedAgeYears !== null
      ? t('cases.aboutAge', { years: item.child.estimatedAgeYears })
      : '';
  return (
    <div>
      <Text size="sm" fw={500}>
        {childName(item.child)}
      </Text>
      {born && (
        <Text size="xs" c="dimmed">
          {born}
        </Text>
      )}
    </div>
  );
}

function StageCell({ item }: { item: CaseListItem }) {
  const label = useCaseLabel();
  return (
    <div>
      <Text size="sm">{label('stage', item.stage)}</Text>
      {item.status === 'closure_pending' && (
        <Badge tt="none" variant="light" color="grape" size="sm">
          {label('status', item.status)}
        </Badge>
      )}
    </div>
  );
}

function TaskCell({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  if (item.openTasks === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm">{t('cases.openTasks', { count: item.openTasks })}</Text>
      {item.overdueTasks > 0 && (
        <Badge tt="none" color="red" variant="light" size="sm">
          {t('cases.overdueTasks', { count: item.overdueTasks })}
        </Badge>
      )}
    </Group>
  );
}
