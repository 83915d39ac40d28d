import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Divider,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconShieldLock } from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { NotificationBell } from '../components/notification-bell.tsx';
import { can, type Me, useSignOut } from '../features/auth/session.ts';
import { currentLanguage } from '../i18n/index.ts';
import { NAV_ITEMS } from './navigation.ts';

/** The frame of every page: header, a menu of what the person's roles allow, and the page. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const signOut = useSignOut();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const items = NAV_ITEMS.filter(
    (item) =>
      (!item.permission || can(me, item.permission)) &&
      (!item.anyPermission || item.anyPermission.some((p) => can(me, p))),
  );
  const language = currentLanguage();
  // The most specific menu item whose address starts the current one is the active one.
  const activeTo =
    items
      .filter((i) => (i.to === '/' ? path === '/' : path === i.to || path.startsWith(`${i.to}/`)))
      .sort((a, b) => b.to.length - a.to.length)[0]?.to ?? null;

  const link = (item: (typeof items)[number]) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.label)}
      leftSection={<item.icon size={18} aria-hidden />}
      active={item.to === activeTo}
      onClick={close}
    />
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main" className="skip-link">
        {t('nav.skip')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <IconShieldLock size={26} aria-hidden color="var(--mantine-color-blue-8)" />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Text fw={700} size="lg">
                {t('app.name')}
              </Text>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {can(me, 'read:notification') && <NotificationBell />}
            <LanguageSwitcher />
            <Text size="sm" visibleFrom="sm" data-testid="current-user">
              {me.user.fullName}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('nav.main')}>
            <Stack gap={2}>
              {items.filter((i) => !i.group).map(link)}
              {items.some((i) => i.group === 'administration') && (
                <Title order={2} size="xs" c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                  {t('nav.administration')}
                </Title>
              )}
              {items.filter((i) => i.group === 'administration').map(link)}
              <Divider my="sm" />
              {items.filter((i) => i.group === 'personal').map(link)}
            </Stack>
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" mb={4}>
            {me.organisation.name[language]}
          </Text>
          <Button
            variant="subtle"
            color="gray"
            fullWidth
            justify="flex-start"
            leftSection={<IconLogout size={18} aria-hidden />}
            onClick={() => signOut.mutate()}
          >
            {t('nav.signOut')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
