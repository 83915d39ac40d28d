import { Badge, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

/** The measures of a period: how many reports came in and were accepted, and whether each is consolidated. */
export function PeriodMeasuresPage() {
  const { t } = useTranslation();
  const { periodId } = useParams({ from: '/app/reporting/periods/$periodId/measures' });
  const measures = useQuery({
    queryKey: ['period-measures', periodId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reporting/periods/{periodId}/measures', { params: { path: { periodId } } })),
  });
  if (measures.isPending) return <Loading />;
  if (measures.error || !measures.data) return <ErrorAlert error={measures.error} />;
  return (
    <Page title={t('reporting.measures')}>
      <AnchorLink to="/reporting/periods/$periodId" params={{ periodId }} size="sm">
        ← {t('reporting.backToPeriod')}
      </AnchorLink>
      <TableScroll label={t('reporting.measures')} minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.number')}</Table.Th>
              <Table.Th>{t('plans.measure')}</Table.Th>
              <Table.Th ta="right">{t('reporting.figure.expected')}</Table.Th>
              <Table.Th ta="right">{t('reporting.figure.submitted')}</Table.Th>
              <Table.Th ta="right">{t('reporting.figure.accepted')}</Table.Th>
              <Table.Th>{t('reporting.assessment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.data.items.map((m) => (
              <Table.Tr key={m.number} data-testid="period-measure-row">
                <Table.Td>
                  <AnchorLink
                    to="/reporting/periods/$periodId/measures/$number"
                    params={{ periodId, number: String(m.number) }}
                  >
                    {m.number}
                  </AnchorLink>
                </Table.Td>
                <Table.Td lang="kk" style={{ maxWidth: 480 }}>
                  {m.title.length > 160 ? `${m.title.slice(0, 160)}…` : m.title}
                </Table.Td>
                <Table.Td ta="right">{m.expected}</Table.Td>
                <Table.Td ta="right">{m.submitted}</Table.Td>
                <Table.Td ta="right">{m.accepted}</Table.Td>
                <Table.Td>
                  {m.assessment ? (
                    <Badge variant="light" color={m.consolidated ? 'teal' : 'gray'}>
                      {t(`reporting.assessment.${m.assessment}`)}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Page>
  );
}
