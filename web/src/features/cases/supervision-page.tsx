import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDuration } from './case-badges.tsx';
import type { SupervisionOverview } from './case-data.ts';
import { useCaseLabel } from './case-labels.ts';

function Section({
  title,
  count,
  testId,
  children,
}: {
  title: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge tt="none" variant="light" color={count > 0 ? 'red' : 'gray'} size="lg">
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

const CaseLink = ({ caseId, number }: { caseId: string; number: string }) => (
  <AnchorLink to="/cases/$caseId" params={{ caseId }} fw={600} style={{ whiteSpace: 'nowrap' }}>
    {number}
  </AnchorLink>
);

/** What a supervisor watches over the cases in their district: load, lateness and decisions waiting. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const overview = useQuery({
    queryKey: ['supervision', language],
    // The API describes the overview only as an object; its shape is the server's supervision.ts.
    queryFn: () => unwrap(api.GET('/api/v1/cases/supervision')).then((r) => r as SupervisionOverview),
  });
  if (overview.isPending) return <Loading />;
  if (overview.error || !overview.data) return <ErrorAlert error={overview.error} />;
  const o = overview.data;
  const now = Date.now();
  const none = (
    <Text size="sm" c="dimmed">
      {t('supervision.nothing')}
    </Text>
  );

  return (
    <Page title={t('supervision.title')}>
      <Text size="sm" c="dimmed">
        {t('supervision.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section
          title={t('supervision.awaiting')}
          count={o.awaitingApproval.length}
          testId="awaiting-approval"
        >
          {o.awaitingApproval.length === 0 ? (
            none
          ) : (
            <TableScroll label={t('supervision.awaiting')} minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('cases.number')}</Table.Th>
                    <Table.Th>{t('cases.stage')}</Table.Th>
                    <Table.Th>{t('supervision.decision')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.awaitingApproval.map((a) => (
                    <Table.Tr key={a.caseId}>
                      <Table.Td>
                        <CaseLink caseId={a.caseId} number={a.number} />
                      </Table.Td>
                      <Table.Td>{label('stage', a.stage)}</Table.Td>
                      <Table.Td>{a.subjects.map((s) => label('approvalSubject', s)).join(', ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Section>
        <Section
          title={t('supervision.breaches')}
          count={o.responseBreaches.length}
          testId="response-breaches"
        >
          {o.responseBreaches.length === 0 ? (
            none
          ) : (
            <TableScroll label={t('supervision.breaches')} minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('cases.number')}</Table.Th>
                    <Table.Th>{t('cases.risk')}</Table.Th>
                    <Table.Th>{t('supervision.overdueBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.responseBreaches.map((b) => (
                    <Table.Tr key={b.caseId}>
                      <Table.Td>
                        <CaseLink caseId={b.caseId} number={b.number} />
                      </Table.Td>
                      <Table.Td>{label('risk', b.riskLevel)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={700} c="red.9">
                          {formatDuration(t, now - Date.parse(b.responseDueAt))}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Section>
        <Section title={t('supervision.overdueTasks')} count={o.overdueTasks.length} testId="overdue-tasks">
          {o.overdueTasks.length === 0 ? (
            none
          ) : (
            <TableScroll label={t('supervision.overdueTasks')} minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('cases.number')}</Table.Th>
                    <Table.Th>{t('cases.tasks.title')}</Table.Th>
                    <Table.Th>{t('cases.tasks.dueAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.overdueTasks.map((task) => (
                    <Table.Tr key={task.taskId}>
                      <Table.Td>
                        <CaseLink caseId={task.caseId} number={task.number} />
                      </Table.Td>
                      <Table.Td>{task.title}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(language, task.dueAt)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Section>
        <Section
          title={t('supervision.caseload')}
          count={o.caseload.reduce((n, c) => n + c.openCases, 0)}
          testId="caseload"
        >
          {o.caseload.length === 0 ? (
            none
          ) : (
            <Stack gap={4}>
              {o.caseload.map((c) => (
                <Group key={c.userId ?? 'nobody'} justify="space-between">
                  <Text size="sm">{c.name ?? t('supervision.unowned')}</Text>
                  <Text size="sm" fw={600}>
                    {t('supervision.openCases', { count: c.openCases })}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>
    </Page>
  );
}
