import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  Menu,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconListDetails, IconSitemap } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage, LANGUAGES } from '../../i18n/index.ts';
import { mln } from './money.ts';

/** One plan at a glance: its act, reporting rule, sections, money and deadlines, versions and exports. */
export function PlanPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { planId } = useParams({ from: '/app/plans/$planId' });
  const plan = useQuery({
    queryKey: ['plan', planId, language],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId }, query: {} } })),
  });
  if (plan.isPending) return <Loading />;
  if (plan.error || !plan.data) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const reporting = p.reporting;

  return (
    <Page
      title={p.title}
      actions={
        <Group gap="xs">
          <ButtonLink
            to="/plans/$planId/measures"
            params={{ planId }}
            leftSection={<IconListDetails size={16} aria-hidden />}
          >
            {t('plans.allMeasures')}
          </ButtonLink>
          <ButtonLink
            to="/plans/$planId/agencies"
            params={{ planId }}
            variant="default"
            leftSection={<IconSitemap size={16} aria-hidden />}
          >
            {t('plans.agencies')}
          </ButtonLink>
          <Menu>
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
                {t('plans.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['xlsx', 'docx'] as const).flatMap((format) =>
                LANGUAGES.filter((l) => l !== 'en').map((lang) => (
                  <Menu.Item
                    key={`${format}-${lang}`}
                    component="a"
                    href={`/api/v1/plans/${planId}/export.${format}?lang=${lang}`}
                    download
                  >
                    {t('plans.exportAs', { format: format.toUpperCase(), language: t(`lang.${lang}`) })}
                  </Menu.Item>
                )),
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      }
    >
      <Card withBorder padding="lg">
        <Stack gap={4}>
          <Text>{p.act.line}</Text>
          <Text size="sm">
            {t('plans.period')}: {t('plans.periodYears', { from: p.period.from, to: p.period.to })} ·{' '}
            {t('plans.version')}: {p.version} · {t('plans.language')}: {t(`lang.${p.language}`)}
          </Text>
          <Text size="sm">
            {t('plans.reporting')}:{' '}
            {reporting?.frequency
              ? t('plans.reportingRule', {
                  frequency: t(`plans.frequency.${reporting.frequency}`),
                  executorsDay: reporting.executorsDueDay ?? '—',
                  coordinatorDay: reporting.coordinatorDueDay ?? '—',
                })
              : t('plans.noReporting')}
          </Text>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('plans.sections')}
        </Title>
        <TableScroll label={t('plans.sections')} minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.number')}</Table.Th>
                <Table.Th>{t('plans.filterSection')}</Table.Th>
                <Table.Th ta="right">{t('plans.measures')}</Table.Th>
                <Table.Th ta="right">{t('plans.cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.sections.map((s) => (
                <Table.Tr key={s.number}>
                  <Table.Td>{s.number}</Table.Td>
                  <Table.Td lang={p.language}>
                    <AnchorLink
                      to="/plans/$planId/measures"
                      params={{ planId }}
                      search={{ section: s.number }}
                    >
                      {s.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td ta="right">{s.measureCount}</Table.Td>
                  <Table.Td ta="right">{mln(t, language, s.totalMln)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td />
                <Table.Td fw={700}>{t('plans.total')}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {p.counts.measures}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {mln(t, language, p.money.totalMln)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.moneyByYear')}
          </Title>
          <List size="sm" spacing={2}>
            {p.money.byYear.map((y) => (
              <List.Item key={y.year}>
                {y.year}: {mln(t, language, y.amountMln)}
              </List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.moneyBySource')}
          </Title>
          <List size="sm" spacing={2}>
            {p.money.bySource.map((s) => (
              <List.Item key={s.sources.join('+') || 'none'}>
                {s.sources.length > 0
                  ? s.sources.map((src) => t(`plans.source.${src}`)).join(' + ')
                  : t('plans.sourceNone')}
                : {t('plans.sourceLine', { count: s.measureCount, amount: mln(t, language, s.totalMln) })}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt="xs">
            {t('plans.notRequired', { count: p.money.notRequired })}
          </Text>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.deadlinesByYear')}
          </Title>
          <List size="sm" spacing={2}>
            {p.deadlines.byYear.map((y) => (
              <List.Item key={y.year}>
                <AnchorLink
                  to="/plans/$planId/measures"
                  params={{ planId }}
                  search={{ deadlineYear: y.year }}
                >
                  {y.year}: {y.measureCount}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
          {p.deadlines.unreadable > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('plans.deadlinesUnreadable', { count: p.deadlines.unreadable })}
            </Text>
          )}
        </Card>
      </SimpleGrid>

      {p.warnings.length > 0 && (
        <Card withBorder padding="lg">
          <Title order={2} size="h5" mb="xs">
            {t('plans.warnings')}
          </Title>
          <List size="sm">
            {p.warnings.map((w) => (
              <List.Item key={`${w.measure}-${w.field}-${w.code}`}>{w.message}</List.Item>
            ))}
          </List>
        </Card>
      )}

      <Card withBorder padding="lg">
        <Title order={2} size="h5" mb="xs">
          {t('plans.versions')}
        </Title>
        <List size="sm" spacing={4}>
          {p.versions.map((v) => (
            <List.Item key={v.version}>
              <Text size="sm" span fw={600}>
                {t('plans.versionN', { n: v.version })}
              </Text>{' '}
              —{' '}
              {t('plans.importedAt', {
                date: formatDateTime(language, v.importedAt),
                who: v.importedBy ?? '—',
              })}{' '}
              · {t('plans.measures')}: {v.measureCount} ·{' '}
              <Anchor
                href={`/api/v1/plans/${planId}/versions/${v.version}/source`}
                size="sm"
                underline="always"
              >
                {t('plans.downloadSource')}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Card>
    </Page>
  );
}
