import { Stack, Table, Text, Title } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditAction } from '@qorgau/domain/audit-actions';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

type Event = { id: number; at: string; action: string; actor: string | null; changes: unknown };

/** What changed on the case and who opened it when, read from the tamper-evident audit log. */
export function HistoryPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const history = useQuery({
    queryKey: ['case-history', caseId],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{caseId}/history', { params: { path: { caseId } } })),
  });
  if (history.isPending) return <Loading />;
  if (history.error || !history.data) return <ErrorAlert error={history.error} />;
  const action = (a: string) =>
    (AUDIT_ACTIONS as readonly string[]).includes(a) ? t(`audit.action.${a as AuditAction}`) : a;
  const table = (title: string, events: Event[], testId: string) => (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.history.empty')}
        </Text>
      ) : (
        <TableScroll label={title} minWidth={560}>
          <Table striped data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.when')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('cases.history.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(language, e.at)}</Table.Td>
                  <Table.Td>{e.actor ?? t('audit.system')}</Table.Td>
                  <Table.Td>{action(e.action)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
  return (
    <Stack gap="lg">
      {table(t('cases.history.changes'), history.data.changes, 'history-changes')}
      {table(t('cases.history.access'), history.data.access, 'history-access')}
    </Stack>
  );
}
