import { Badge, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { territoryName } from '../../components/territory-name.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { Me } from '../auth/session.ts';

/** Who you are here: your organisation, your roles and, in words, what they let you do. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const placeCode = me.organisation.districtCode ?? me.organisation.regionCode;
  const place = useQuery({
    queryKey: ['territory', placeCode, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/territories/{code}', { params: { path: { code: placeCode ?? '' } } })),
    enabled: !!placeCode,
  });
  const region = place.data ? [...place.data.path, place.data].find((u) => u.level === 1) : undefined;
  const district = place.data ? [...place.data.path, place.data].find((u) => u.level === 2) : undefined;

  return (
    <Page title={t('home.greeting', { name: me.user.fullName })}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('home.organisation')}
          </Title>
          <Text fw={600} data-testid="home-organisation">
            {me.organisation.name[language]}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`orgType.${me.organisation.type as 'school'}`)}
          </Text>
          {region && (
            <Text size="sm" mt="xs">
              {t('home.region')}: {territoryName(region, language)}
            </Text>
          )}
          {district && (
            <Text size="sm">
              {t('home.district')}: {territoryName(district, language)}
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('home.roles')}
          </Title>
          <Group gap="xs">
            {me.roles.map((role) => (
              <Badge key={role} variant="light" size="lg">
                {t(`role.${role as 'analyst'}`)}
              </Badge>
            ))}
          </Group>
          {me.user.secondFactor && (
            <Group gap={6} mt="md">
              <IconShieldCheck size={18} aria-hidden color="var(--mantine-color-green-8)" />
              <Text size="sm">{t('home.secondFactorOn')}</Text>
            </Group>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('home.canDo')}
        </Title>
        <List
          spacing="xs"
          icon={
            <ThemeIcon size={20} radius="xl" color="teal">
              <IconCheck size={14} aria-hidden />
            </ThemeIcon>
          }
          data-testid="home-permissions"
        >
          {me.permissions.map((p) => (
            <List.Item key={p.permission}>
              <Stack gap={0}>
                <Text size="sm">{t(`permission.${p.permission}`)}</Text>
                <Text size="xs" c="dimmed">
                  {t('home.scopeOf', { scope: t(`scope.${p.scope}`) })}
                </Text>
              </Stack>
            </List.Item>
          ))}
        </List>
      </Card>
    </Page>
  );
}
