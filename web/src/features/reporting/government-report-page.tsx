import { Anchor, Button, Card, Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** The Government report: generated as a job with its progress shown, every version kept with its files. */
export function GovernmentReportPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const { periodId } = useParams({ from: '/app/reporting/periods/$periodId/government-report' });
  const [reportLanguage, setReportLanguage] = useState<'kk' | 'ru'>(language === 'ru' ? 'ru' : 'kk');
  const [jobId, setJobId] = useState<string | null>(null);
  const reports = useQuery({
    queryKey: ['government-reports', periodId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reporting/periods/{periodId}/government-reports', {
          params: { path: { periodId } },
        }),
      ),
  });
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } } })),
    enabled: !!jobId,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (status === 'done' || status === 'failed') {
        void queryClient.invalidateQueries({ queryKey: ['government-reports', periodId] });
        return false;
      }
      return 500;
    },
  });
  const generate = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/reporting/periods/{periodId}/government-reports', {
          params: { path: { periodId } },
          body: { language: reportLanguage },
        }),
      ),
    onSuccess: (report) => {
      setJobId(report.jobId);
      void queryClient.invalidateQueries({ queryKey: ['government-reports', periodId] });
    },
  });
  const running = !!jobId && job.data?.status !== 'done' && job.data?.status !== 'failed';

  return (
    <Page title={t('reporting.governmentReport')}>
      <AnchorLink to="/reporting/periods/$periodId" params={{ periodId }} size="sm">
        ← {t('reporting.backToPeriod')}
      </AnchorLink>
      <Text>{t('reporting.governmentReportIntro')}</Text>
      <Card withBorder padding="lg" maw={720}>
        <Stack>
          <Group align="flex-end">
            <Select
              label={t('reporting.reportLanguage')}
              data={[
                { value: 'kk', label: t('lang.kk') },
                { value: 'ru', label: t('lang.ru') },
              ]}
              value={reportLanguage}
              onChange={(v) => setReportLanguage(v === 'ru' ? 'ru' : 'kk')}
              allowDeselect={false}
            />
            <Button onClick={() => generate.mutate()} loading={generate.isPending} disabled={running}>
              {t('reporting.generate')}
            </Button>
          </Group>
          {generate.error && <ErrorAlert error={generate.error} />}
          {jobId && job.data && (
            <Stack gap={4} data-testid="job-progress">
              <Progress value={job.data.progress} aria-label={t('reporting.progress')} animated={running} />
              <Text size="sm" role="status">
                {job.data.status === 'done'
                  ? t('reporting.generated')
                  : job.data.status === 'failed'
                    ? t('reporting.generationFailed', { error: job.data.error ?? '' })
                    : t('reporting.generating', { percent: job.data.progress })}
              </Text>
            </Stack>
          )}
        </Stack>
      </Card>
      {reports.isPending ? (
        <Loading />
      ) : reports.error ? (
        <ErrorAlert error={reports.error} />
      ) : (
        <TableScroll label={t('reporting.versions')} minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.version')}</Table.Th>
                <Table.Th>{t('plans.language')}</Table.Th>
                <Table.Th>{t('reporting.createdAt')}</Table.Th>
                <Table.Th>{t('plans.measures')}</Table.Th>
                <Table.Th>{t('reporting.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(reports.data?.items ?? []).map((r) => (
                <Table.Tr key={r.id} data-testid="government-report-row">
                  <Table.Td>{r.version}</Table.Td>
                  <Table.Td>{t(`lang.${r.language}`)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(language, r.createdAt)} ({r.createdBy ?? '—'})
                  </Table.Td>
                  <Table.Td>{r.measures ?? '—'}</Table.Td>
                  <Table.Td>
                    {r.status === 'queued' && t('reporting.queued')}
                    {r.status === 'failed' && t('reporting.failed')}
                    <Group gap="sm">
                      {r.files.map((f) => (
                        <Anchor key={f.format} href={f.url} download underline="always">
                          {f.format.toUpperCase()} ({formatNumber(language, Math.round(f.bytes / 1024))} KB)
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Page>
  );
}
