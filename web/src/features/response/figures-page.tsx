import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLanguage, type Language } from '../../i18n/index.ts';
import { can, type Me } from '../auth/session.ts';
import { labelOr } from './response-data.ts';

function regionName(code: string | null, language: Language): string {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return code ?? '—';
  return language === 'kk' ? region.nameKk : language === 'ru' ? region.nameRu : region.nameEn;
}

const share = (language: Language, value: number | null) =>
  value === null ? '—' : `${formatNumber(language, Math.round(value * 1000) / 10)} %`;
const figure = (language: Language, value: number | null) =>
  value === null ? '—' : formatNumber(language, Math.round(value * 10) / 10);

function Block({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The response in figures, de-identified: protocol compliance per region and organisation type, mobile group
 * response times, and KDN activity — over the last year. What the reader sees is limited to their scope.
 */
export function ResponseFiguresPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const compliance = useQuery({
    queryKey: ['response', 'compliance'],
    queryFn: () => unwrap(api.GET('/api/v1/protocol/compliance')),
    enabled: can(me, 'read:compliance'),
  });
  const dispatches = useQuery({
    queryKey: ['response', 'dispatch-report'],
    queryFn: () => unwrap(api.GET('/api/v1/dispatches/report')).then((r) => r.items),
    enabled: can(me, 'read:compliance'),
  });
  const kdn = useQuery({
    queryKey: ['response', 'kdn-statistics'],
    queryFn: () => unwrap(api.GET('/api/v1/kdn/statistics')),
    enabled: can(me, 'read:kdn-statistics'),
  });
  return (
    <Page title={t('response.figures.title')}>
      <Alert variant="light" color="gray">
        {t('response.sampleNotice')}
      </Alert>
      {can(me, 'read:compliance') && (
        <Block title={t('response.figures.compliance')} testId="figures-compliance">
          {compliance.isPending ? (
            <Loading />
          ) : compliance.error ? (
            <ErrorAlert error={compliance.error} />
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('response.figures.window', {
                  from: formatDate(language, compliance.data.from),
                  to: formatDate(language, compliance.data.to),
                })}
              </Text>
              {compliance.data.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('response.figures.none')}
                </Text>
              ) : (
                <TableScroll label={t('response.figures.compliance')} minWidth={760}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('response.figures.region')}</Table.Th>
                        <Table.Th>{t('response.actions.organisation')}</Table.Th>
                        <Table.Th>{t('response.figures.due')}</Table.Th>
                        <Table.Th>{t('response.figures.done')}</Table.Th>
                        <Table.Th>{t('response.figures.onTime')}</Table.Th>
                        <Table.Th>{t('response.status.overdue')}</Table.Th>
                        <Table.Th>{t('response.figures.medianHours')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {compliance.data.items.map((r) => (
                        <Table.Tr key={`${r.regionCode}-${r.organisationType}`}>
                          <Table.Td>{regionName(r.regionCode, language)}</Table.Td>
                          <Table.Td>
                            {labelOr(t, `orgType.${r.organisationType}`, r.organisationType)}
                          </Table.Td>
                          <Table.Td>{formatNumber(language, r.due)}</Table.Td>
                          <Table.Td>{formatNumber(language, r.done)}</Table.Td>
                          <Table.Td>
                            {formatNumber(language, r.onTime)} ({share(language, r.onTimeShare)})
                          </Table.Td>
                          <Table.Td>{formatNumber(language, r.overdue)}</Table.Td>
                          <Table.Td>{figure(language, r.medianHoursToAction)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              )}
            </>
          )}
        </Block>
      )}
      {can(me, 'read:compliance') && (
        <Block title={t('response.figures.dispatches')} testId="figures-dispatches">
          {dispatches.isPending ? (
            <Loading />
          ) : dispatches.error ? (
            <ErrorAlert error={dispatches.error} />
          ) : dispatches.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('response.figures.none')}
            </Text>
          ) : (
            <TableScroll label={t('response.figures.dispatches')} minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('response.figures.region')}</Table.Th>
                    <Table.Th>{t('response.figures.alerts')}</Table.Th>
                    <Table.Th>{t('response.figures.accepted')}</Table.Th>
                    <Table.Th>{t('response.figures.medianAccept')}</Table.Th>
                    <Table.Th>{t('response.figures.medianArrive')}</Table.Th>
                    <Table.Th>{t('response.figures.p90Arrive')}</Table.Th>
                    <Table.Th>{t('response.figures.escalated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dispatches.data.map((r) => (
                    <Table.Tr key={r.regionCode ?? 'none'}>
                      <Table.Td>{regionName(r.regionCode, language)}</Table.Td>
                      <Table.Td>{formatNumber(language, r.dispatches)}</Table.Td>
                      <Table.Td>{formatNumber(language, r.accepted)}</Table.Td>
                      <Table.Td>{figure(language, r.medianAcceptMinutes)}</Table.Td>
                      <Table.Td>{figure(language, r.medianArriveMinutes)}</Table.Td>
                      <Table.Td>{figure(language, r.p90ArriveMinutes)}</Table.Td>
                      <Table.Td>{formatNumber(language, r.escalated)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Block>
      )}
      {can(me, 'read:kdn-statistics') && (
        <Block title={t('response.figures.kdn')} testId="figures-kdn">
          {kdn.isPending ? (
            <Loading />
          ) : kdn.error ? (
            <ErrorAlert error={kdn.error} />
          ) : kdn.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('response.figures.none')}
            </Text>
          ) : (
            <TableScroll label={t('response.figures.kdn')} minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('response.figures.region')}</Table.Th>
                    <Table.Th>{t('response.figures.hearings')}</Table.Th>
                    <Table.Th>{t('response.figures.casesHeard')}</Table.Th>
                    <Table.Th>{t('response.figures.decisions')}</Table.Th>
                    <Table.Th>{t('response.figures.executedOnTime')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {kdn.data.items.map((r) => (
                    <Table.Tr key={r.regionCode ?? 'none'}>
                      <Table.Td>{regionName(r.regionCode, language)}</Table.Td>
                      <Table.Td>{formatNumber(language, r.hearings)}</Table.Td>
                      <Table.Td>{formatNumber(language, r.casesHeard)}</Table.Td>
                      <Table.Td>
                        {Object.entries(r.decisionsByType)
                          .map(
                            ([type, n]) =>
                              `${labelOr(t, `protocol.kdn.${type}`, type)}: ${formatNumber(language, n)}`,
                          )
                          .join('; ') || '—'}
                      </Table.Td>
                      <Table.Td>
                        {formatNumber(language, r.executedOnTime)} / {formatNumber(language, r.decisionsDue)}{' '}
                        ({share(language, r.executedOnTimeShare)})
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Block>
      )}
    </Page>
  );
}
