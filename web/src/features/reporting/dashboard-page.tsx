import { Box, Card, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { mln } from '../plans/money.ts';
import { ASSESSMENTS, percent } from './shared.tsx';

type Dashboard = Schemas['ReportingDashboard'];

// A schematic map: each of the 20 top-level units as a tile placed roughly where it lies (column, row),
// west to east and north to south. No boundary data is needed, and every tile reads as text.
const TILES: Readonly<Record<string, readonly [number, number]>> = {
  '270000000': [1, 1],
  '390000000': [3, 1],
  '590000000': [4, 1],
  '550000000': [5, 1],
  '630000000': [6, 1],
  '230000000': [1, 2],
  '150000000': [2, 2],
  '110000000': [4, 2],
  '710000000': [5, 2],
  '100000000': [6, 2],
  '470000000': [1, 3],
  '430000000': [2, 3],
  '620000000': [3, 3],
  '350000000': [4, 3],
  '330000000': [6, 3],
  '610000000': [2, 4],
  '310000000': [3, 4],
  '750000000': [4, 4],
  '190000000': [5, 4],
  '790000000': [2, 5],
};

const shade = (share: number | null): string =>
  share === null
    ? 'var(--mantine-color-gray-1)'
    : share >= 1
      ? 'var(--mantine-color-green-1)'
      : share >= 0.67
        ? 'var(--mantine-color-teal-1)'
        : share >= 0.34
          ? 'var(--mantine-color-orange-1)'
          : 'var(--mantine-color-red-1)';

function RegionMap({ regions }: { regions: Dashboard['regions'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const nameOf = (code: string) => {
    const region = REGIONS.find((r) => r.code === code);
    if (!region) return code;
    return language === 'kk' ? region.nameKk : language === 'ru' ? region.nameRu : region.nameEn;
  };
  return (
    <Box
      component="ul"
      aria-label={t('reporting.dashboard.map')}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(6, minmax(0, 1fr))',
        gap: 4,
        listStyle: 'none',
        padding: 0,
        margin: 0,
      }}
      data-testid="region-map"
    >
      {Object.entries(TILES).map(([code, [col, row]]) => {
        const r = regions.find((x) => x.regionCode === code);
        const share = r && r.expected > 0 ? r.submitted / r.expected : null;
        return (
          <li
            key={code}
            style={{
              gridColumn: col,
              gridRow: row,
              background: shade(share),
              borderRadius: 4,
              padding: 4,
              minHeight: 52,
              fontSize: 11,
              lineHeight: 1.2,
              color: 'var(--mantine-color-black)',
            }}
          >
            <div>{r?.name ?? nameOf(code)}</div>
            <strong>{r ? percent(r.submitted, r.expected) : t('reporting.dashboard.noData')}</strong>
          </li>
        );
      })}
    </Box>
  );
}

/** The coordinator's dashboard for a period, within the reader's scope. */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const periods = useQuery({
    queryKey: ['periods', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/reporting/periods', { params: { query: {} } })),
  });
  const [periodId, setPeriodId] = useState<string | null>(null);
  const dashboard = useQuery({
    queryKey: ['dashboard', periodId, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reporting/dashboard', { params: { query: periodId ? { periodId } : {} } })),
  });
  if (dashboard.isPending) return <Loading />;
  if (dashboard.error || !dashboard.data) return <ErrorAlert error={dashboard.error} />;
  const d = dashboard.data;
  const spentYears = [...new Set(d.money.spentByYear.map((s) => s.year))];

  return (
    <Page title={t('reporting.dashboard.title')}>
      <Select
        label={t('reporting.period')}
        data={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))}
        value={periodId ?? d.periodId}
        onChange={setPeriodId}
        maw={240}
        allowDeselect={false}
      />
      {!d.periodId && <Text c="dimmed">{t('reporting.periods.empty')}</Text>}
      {d.periodId && (
        <>
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t('reporting.dashboard.byStatus')}
            </Title>
            <TableScroll label={t('reporting.dashboard.byStatus')} minWidth={720}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.filterSection')}</Table.Th>
                    {ASSESSMENTS.map((a) => (
                      <Table.Th key={a} ta="right">
                        {t(`reporting.assessment.${a}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.measuresByStatus.map((s) => (
                    <Table.Tr key={s.section ?? 'none'}>
                      <Table.Td lang="kk">
                        {s.section}. {s.title}
                      </Table.Td>
                      {ASSESSMENTS.map((a) => (
                        <Table.Td key={a} ta="right">
                          {s[a]}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder padding="md">
              <Title order={2} size="h4" mb="sm">
                {t('reporting.dashboard.overdue')}
              </Title>
              {d.overdueMeasures.length === 0 && (
                <Text c="dimmed">{t('reporting.dashboard.noneOverdue')}</Text>
              )}
              <Stack gap={4}>
                {d.overdueMeasures.slice(0, 30).map((m) => (
                  <Text key={m.number} size="sm">
                    <AnchorLink
                      to="/reporting/periods/$periodId/measures/$number"
                      params={{ periodId: d.periodId ?? '', number: String(m.number) }}
                    >
                      {m.number}
                    </AnchorLink>{' '}
                    —{' '}
                    {t('reporting.dashboard.overdueLine', {
                      due: formatDate(language, m.due),
                      reports: m.reports,
                    })}
                  </Text>
                ))}
              </Stack>
            </Card>
            <Card withBorder padding="md">
              <Title order={2} size="h4" mb="sm">
                {t('reporting.dashboard.money')}
              </Title>
              <TableScroll label={t('reporting.dashboard.money')} minWidth={360}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('plans.year')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.dashboard.planned')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.dashboard.spent')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.money.plannedByYear.map((y) => (
                      <Table.Tr key={y.year}>
                        <Table.Td>{y.year}</Table.Td>
                        <Table.Td ta="right">{mln(t, language, y.amountMln)}</Table.Td>
                        <Table.Td ta="right">
                          {spentYears.includes(y.year)
                            ? d.money.spentByYear
                                .filter((s) => s.year === y.year)
                                .map(
                                  (s) => `${t(`plans.source.${s.source}`)}: ${mln(t, language, s.amountMln)}`,
                                )
                                .join('; ')
                            : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Card>
          </SimpleGrid>
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t('reporting.dashboard.regions')}
            </Title>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <RegionMap regions={d.regions} />
              <TableScroll label={t('reporting.dashboard.regions')} minWidth={420}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reporting.region')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.figure.submitted')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.figure.late')}</Table.Th>
                      <Table.Th ta="right">{t('reporting.figure.missing')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.regions.map((r) => (
                      <Table.Tr key={r.regionCode}>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td ta="right">{r.expected}</Table.Td>
                        <Table.Td ta="right">{r.submitted}</Table.Td>
                        <Table.Td ta="right">{r.late}</Table.Td>
                        <Table.Td ta="right">{r.missing}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </SimpleGrid>
          </Card>
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t('reporting.dashboard.timeliness')}
            </Title>
            <TableScroll label={t('reporting.dashboard.timeliness')} minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reporting.executor')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.onTime')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.late')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.missing')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.executorsByTimeliness.map((e) => (
                    <Table.Tr key={e.organisationId}>
                      <Table.Td>{e.name}</Table.Td>
                      <Table.Td ta="right">{e.expected}</Table.Td>
                      <Table.Td ta="right">{e.onTime}</Table.Td>
                      <Table.Td ta="right">{e.late}</Table.Td>
                      <Table.Td ta="right">{e.missing}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Card>
        </>
      )}
    </Page>
  );
}
