import { Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';
import type { ObligationSearch } from './obligations-page.tsx';
import { FigureCards, type Figures, percent } from './shared.tsx';

/** The figures of a row with a link to the obligations behind them. */
function FigureCells({ f, search, periodId }: { f: Figures; search: ObligationSearch; periodId: string }) {
  return (
    <>
      <Table.Td ta="right">{f.expected}</Table.Td>
      <Table.Td ta="right">{f.submitted}</Table.Td>
      <Table.Td ta="right">{f.accepted}</Table.Td>
      <Table.Td ta="right">{f.onTime}</Table.Td>
      <Table.Td ta="right">{f.late}</Table.Td>
      <Table.Td ta="right">
        {f.missing > 0 ? (
          <AnchorLink
            to="/reporting/periods/$periodId/obligations"
            params={{ periodId }}
            search={{ ...search, timeliness: 'missing' }}
          >
            {f.missing}
          </AnchorLink>
        ) : (
          0
        )}
      </Table.Td>
      <Table.Td ta="right">{percent(f.submitted, f.expected)}</Table.Td>
    </>
  );
}

function FigureTable({ label, first, children }: { label: string; first: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={label} minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.submitted')}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.accepted')}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.onTime')}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.late')}</Table.Th>
            <Table.Th ta="right">{t('reporting.figure.missing')}</Table.Th>
            <Table.Th ta="right">{t('reporting.completenessPercent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** A period: who has reported and who has not, by executor, region, section and measure, and over time. */
export function PeriodPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = useMe().data;
  const { periodId } = useParams({ from: '/app/reporting/periods/$periodId' });
  const period = useQuery({
    queryKey: ['period', periodId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reporting/periods/{periodId}', { params: { path: { periodId } } })),
  });
  const figures = useQuery({
    queryKey: ['completeness', periodId, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/periods/{periodId}/completeness', {
          params: { path: { periodId }, query: {} },
        }),
      ),
  });
  const timeline = useQuery({
    queryKey: ['timeline', periodId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/periods/{periodId}/completeness/timeline', {
          params: { path: { periodId } },
        }),
      ),
  });
  const trend = useQuery({
    queryKey: ['trend', period.data?.planId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/trend', { params: { query: { planId: period.data?.planId ?? '' } } }),
      ),
    enabled: !!period.data,
  });
  if (period.isPending || figures.isPending) return <Loading />;
  if (period.error || figures.error || !period.data || !figures.data)
    return <ErrorAlert error={period.error ?? figures.error} />;
  const p = period.data;
  const f = figures.data;
  const points = (timeline.data?.points ?? []).filter(
    (_, i, all) => i % Math.max(1, Math.ceil(all.length / 12)) === 0 || i === all.length - 1,
  );

  return (
    <Page
      title={t('reporting.periodTitle', { code: p.code })}
      actions={
        <Group gap="xs">
          {can(me, 'review:report') && (
            <ButtonLink
              to="/reporting/periods/$periodId/obligations"
              params={{ periodId }}
              search={{ state: 'submitted' }}
            >
              {t('reporting.reviewQueue')}
            </ButtonLink>
          )}
          <ButtonLink to="/reporting/periods/$periodId/measures" params={{ periodId }} variant="default">
            {t('reporting.measures')}
          </ButtonLink>
          {can(me, 'review:report') && (
            <ButtonLink
              to="/reporting/periods/$periodId/government-report"
              params={{ periodId }}
              variant="default"
            >
              {t('reporting.governmentReport')}
            </ButtonLink>
          )}
        </Group>
      }
    >
      <Text size="sm">
        {t('reporting.periodLine', {
          start: formatDate(language, p.start),
          end: formatDate(language, p.end),
          executorsDue: formatDate(language, p.executorsDue),
          coordinatorDue: formatDate(language, p.coordinatorDue),
        })}
        {p.overridden ? ` ${t('reporting.ruleOverridden')}` : ''}
      </Text>
      <Title order={2} size="h4">
        {t('reporting.completeness')}
      </Title>
      <FigureCards figures={f} />
      <Text size="sm" c="dimmed">
        {t('reporting.invitedLine', { invited: f.invited, reported: f.invitedSubmitted, pending: f.pending })}
      </Text>
      <Card withBorder padding="md">
        <Tabs defaultValue="executors">
          <Tabs.List>
            <Tabs.Tab value="executors">{t('reporting.byExecutor')}</Tabs.Tab>
            <Tabs.Tab value="regions">{t('reporting.byRegion')}</Tabs.Tab>
            <Tabs.Tab value="sections">{t('reporting.bySection')}</Tabs.Tab>
            <Tabs.Tab value="measures">{t('reporting.byMeasure')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="executors" pt="sm">
            <FigureTable label={t('reporting.byExecutor')} first={t('reporting.executor')}>
              {f.byExecutor.map((e) => (
                <Table.Tr key={e.organisationId} data-testid="executor-row">
                  <Table.Td>
                    <AnchorLink
                      to="/reporting/periods/$periodId/obligations"
                      params={{ periodId }}
                      search={{ organisationId: e.organisationId }}
                    >
                      {e.name}
                    </AnchorLink>
                  </Table.Td>
                  <FigureCells f={e} search={{ organisationId: e.organisationId }} periodId={periodId} />
                </Table.Tr>
              ))}
            </FigureTable>
          </Tabs.Panel>
          <Tabs.Panel value="regions" pt="sm">
            <FigureTable label={t('reporting.byRegion')} first={t('reporting.region')}>
              {f.byRegion.map((r) => {
                const search: ObligationSearch = r.regionCode
                  ? { regionCode: r.regionCode }
                  : { national: true };
                return (
                  <Table.Tr key={r.regionCode ?? 'national'}>
                    <Table.Td>
                      <AnchorLink
                        to="/reporting/periods/$periodId/obligations"
                        params={{ periodId }}
                        search={search}
                      >
                        {r.name}
                      </AnchorLink>
                    </Table.Td>
                    <FigureCells f={r} search={search} periodId={periodId} />
                  </Table.Tr>
                );
              })}
            </FigureTable>
          </Tabs.Panel>
          <Tabs.Panel value="sections" pt="sm">
            <FigureTable label={t('reporting.bySection')} first={t('plans.filterSection')}>
              {f.bySection.map((s) => (
                <Table.Tr key={s.section ?? 'none'}>
                  <Table.Td lang="kk">
                    <AnchorLink
                      to="/reporting/periods/$periodId/obligations"
                      params={{ periodId }}
                      search={s.section === null ? {} : { section: s.section }}
                    >
                      {s.section}. {s.title}
                    </AnchorLink>
                  </Table.Td>
                  <FigureCells
                    f={s}
                    search={s.section === null ? {} : { section: s.section }}
                    periodId={periodId}
                  />
                </Table.Tr>
              ))}
            </FigureTable>
          </Tabs.Panel>
          <Tabs.Panel value="measures" pt="sm">
            <FigureTable label={t('reporting.byMeasure')} first={t('plans.measure')}>
              {f.byMeasure.map((m) => (
                <Table.Tr key={m.measure}>
                  <Table.Td>
                    <AnchorLink
                      to="/reporting/periods/$periodId/measures/$number"
                      params={{ periodId, number: String(m.measure) }}
                    >
                      {m.measure}
                    </AnchorLink>
                  </Table.Td>
                  <FigureCells f={m} search={{ measure: m.measure }} periodId={periodId} />
                </Table.Tr>
              ))}
            </FigureTable>
          </Tabs.Panel>
        </Tabs>
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h5" mb="xs">
          {t('reporting.overTime')}
        </Title>
        <Stack gap="xs">
          <TableScroll label={t('reporting.timeline')} minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reporting.date')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.figure.submitted')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.figure.accepted')}</Table.Th>
                  <Table.Th ta="right">{t('reporting.figure.missing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((point) => (
                  <Table.Tr key={point.date}>
                    <Table.Td>{formatDate(language, point.date)}</Table.Td>
                    <Table.Td ta="right">{point.submitted}</Table.Td>
                    <Table.Td ta="right">{point.accepted}</Table.Td>
                    <Table.Td ta="right">{point.missing}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {trend.data && trend.data.items.length > 1 && (
            <TableScroll label={t('reporting.byPeriod')} minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reporting.period')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.submitted')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.figure.onTime')}</Table.Th>
                    <Table.Th ta="right">{t('reporting.completenessPercent')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {trend.data.items.map((x) => (
                    <Table.Tr key={x.periodId}>
                      <Table.Td>{x.periodCode}</Table.Td>
                      <Table.Td ta="right">{x.expected}</Table.Td>
                      <Table.Td ta="right">{x.submitted}</Table.Td>
                      <Table.Td ta="right">{x.onTime}</Table.Td>
                      <Table.Td ta="right">{percent(x.submitted, x.expected)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      </Card>
    </Page>
  );
}
