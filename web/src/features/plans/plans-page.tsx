import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can, useMe } from '../auth/session.ts';

/** The plans in the registry; the coordinator imports new ones from here. */
export function PlansPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const me = useMe().data;
  const plans = useQuery({
    queryKey: ['plans', language],
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { limit: 100 } } })),
  });
  return (
    <Page
      title={t('plans.title')}
      actions={
        can(me, 'manage:plan') && (
          <ButtonLink to="/plans/import" leftSection={<IconUpload size={16} aria-hidden />}>
            {t('plans.import')}
          </ButtonLink>
        )
      }
    >
      <ErrorAlert error={plans.error} />
      {plans.isPending && <Loading />}
      {plans.data?.items.length === 0 && <Text c="dimmed">{t('plans.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {plans.data?.items.map((plan) => (
          <Card key={plan.id} withBorder padding="lg">
            <Stack gap="xs">
              <Title order={2} size="h4" lang={plan.language}>
                <AnchorLink to="/plans/$planId" params={{ planId: plan.id }}>
                  {plan.title}
                </AnchorLink>
              </Title>
              <Text size="sm" c="dimmed">
                {plan.act.line}
              </Text>
              <Group gap="xs">
                <Badge variant="light">
                  {t('plans.periodYears', { from: plan.period.from, to: plan.period.to })}
                </Badge>
                <Badge variant="light" color="gray">
                  {t('plans.versionN', { n: plan.currentVersion })}
                </Badge>
                <Badge variant="light" color="teal">
                  {t('plans.measures')}: {plan.counts.measures}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {formatDateTime(language, plan.updatedAt)}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Page>
  );
}
