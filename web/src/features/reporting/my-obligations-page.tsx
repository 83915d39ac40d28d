import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { countdown, type Obligation, StateBadge, TimelinessBadge } from './shared.tsx';

/** The executor's page: their organisation's obligations by period, with due dates and the days left, and the history. */
export function MyObligationsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mine = useQuery({
    queryKey: ['my-obligations', language],
    queryFn: () => unwrap(api.GET('/api/v1/reporting/obligations/mine', { params: { query: {} } })),
  });
  if (mine.isPending) return <Loading />;
  if (mine.error || !mine.data) return <ErrorAlert error={mine.error} />;
  const periods = new Map<string, Obligation[]>();
  for (const o of mine.data.items) periods.set(o.periodId, [...(periods.get(o.periodId) ?? []), o]);
  const open = (o: Obligation) =>
    o.state === null || o.state === 'draft' || o.state === 'returned' || o.state === 'reopened';

  return (
    <Page title={t('reporting.mine.title')}>
      {periods.size === 0 && <Text c="dimmed">{t('reporting.mine.empty')}</Text>}
      {[...periods.values()].map((items) => {
        const first = items[0] as Obligation;
        const todo = items.filter((o) => !o.invited && open(o)).length;
        return (
          <Card key={first.periodId} withBorder padding="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('reporting.periodTitle', { code: first.periodCode })}
              </Title>
              <Text size="sm" data-testid="mine-summary">
                {t('reporting.mine.summary', {
                  total: items.length,
                  todo,
                  due: formatDate(language, first.reportDue),
                  countdown: countdown(t, first.daysLeft),
                })}
              </Text>
              <TableScroll label={t('reporting.mine.title')} minWidth={760}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('plans.number')}</Table.Th>
                      <Table.Th>{t('plans.measure')}</Table.Th>
                      <Table.Th>{t('reporting.due')}</Table.Th>
                      <Table.Th>{t('reporting.state')}</Table.Th>
                      <Table.Th>{t('reporting.timeliness')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((o) => (
                      <Table.Tr key={o.id} data-testid="my-obligation-row">
                        <Table.Td>
                          <AnchorLink
                            to="/reporting/obligations/$obligationId"
                            params={{ obligationId: o.id }}
                          >
                            {o.measure}
                          </AnchorLink>
                          {o.lead && (
                            <Badge ml={6} size="xs" variant="light">
                              {t('plans.lead')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td lang="kk" style={{ maxWidth: 420 }}>
                          {o.measureTitle.length > 140 ? `${o.measureTitle.slice(0, 140)}…` : o.measureTitle}
                        </Table.Td>
                        <Table.Td>
                          {formatDate(language, o.reportDue)}
                          {open(o) && !o.invited && (
                            <Text size="xs" c={o.daysLeft < 0 ? 'red.9' : undefined}>
                              {countdown(t, o.daysLeft)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <StateBadge state={o.state} />
                        </Table.Td>
                        <Table.Td>
                          <TimelinessBadge value={o.timeliness} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Stack>
          </Card>
        );
      })}
    </Page>
  );
}
