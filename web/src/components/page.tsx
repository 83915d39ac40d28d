import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Permission, useMe } from '../features/auth/session.ts';
import { ButtonLink } from './links.tsx';

/** A page with its one h1. */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="md" maw={1280}>
      <Stack
        gap="xs"
        style={{
          flexDirection: 'row',
          flexWrap: 'wrap',
          justifyContent: 'space-between',
          alignItems: 'center',
        }}
      >
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Stack>
      {children}
    </Stack>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** The refusal shown when a role does not allow a page (the API refuses it too). */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Stack align="center" maw={480} ta="center" data-testid="forbidden">
        <IconLock size={48} aria-hidden color="var(--mantine-color-red-8)" />
        <Title order={1} size="h2">
          {t('forbidden.title')}
        </Title>
        <Text>{t('forbidden.body')}</Text>
        <ButtonLink to="/">{t('forbidden.home')}</ButtonLink>
      </Stack>
    </Center>
  );
}

/** Renders the page only for holders of the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!can(me.data, permission)) return <Forbidden />;
  return <>{children}</>;
}
