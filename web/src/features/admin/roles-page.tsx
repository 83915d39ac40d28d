import { Badge, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading, Page } from '../../components/page.tsx';

/** Every role: the permissions it grants, how far each reaches, and who may hold it. */
export function RolesPage() {
  const { t } = useTranslation();
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => unwrap(api.GET('/api/v1/roles')) });
  return (
    <Page title={t('roles.title')}>
      <Text c="dimmed">{t('roles.intro')}</Text>
      <ErrorAlert error={roles.error} />
      {roles.isPending ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {roles.data?.items.map((role) => (
            <Card key={role.role} withBorder padding="md">
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={2} size="h5">
                  {t(`role.${role.role}`)}
                </Title>
                {role.secondFactor && (
                  <Badge color="grape" variant="light" leftSection={<IconShieldLock size={12} aria-hidden />}>
                    {t('roles.secondFactor')}
                  </Badge>
                )}
              </Group>
              <List size="sm" spacing={2}>
                {role.grants.map((g) => (
                  <List.Item key={g.permission}>
                    {t(`permission.${g.permission}`)} —{' '}
                    <Text span c="dimmed" size="sm">
                      {t(`scope.${g.scope}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
              <Text size="xs" c="dimmed" mt="sm">
                {t('roles.organisationTypes')}:{' '}
                {role.organisationTypes
                  ? role.organisationTypes.map((o) => t(`orgType.${o}`)).join(', ')
                  : t('roles.anyOrganisation')}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}
