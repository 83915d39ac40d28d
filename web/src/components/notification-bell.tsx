import {
  ActionIcon,
  Button,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { formatDateTime } from '../i18n/format.ts';
import { currentLanguage } from '../i18n/index.ts';

/** The bell in the header: the person's notifications, newest first, polled every minute. */
export function NotificationBell() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const list = useQuery({
    queryKey: ['notifications', language],
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 30 } } })),
    refetchInterval: 60_000,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/notifications/{notificationId}/read', {
          params: { path: { notificationId: id } },
          body: {},
        }),
      ),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all', { body: {} })),
    onSuccess: refresh,
  });
  const unread = list.data?.unread ?? 0;
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} color="red.9" offset={4}>
      <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('notifications.open', { count: unread })}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text fw={600}>{t('notifications.title')}</Text>
            {(list.data?.items.length ?? 0) === 0 && <Text size="sm">{t('notifications.empty')}</Text>}
            <ScrollArea.Autosize mah={400}>
              <Stack gap={6}>
                {list.data?.items.map((n) => (
                  <UnstyledButton
                    key={n.id}
                    onClick={() => {
                      if (!n.readAt) read.mutate(n.id);
                      setOpened(false);
                      if (n.link) void navigate({ to: n.link });
                    }}
                    style={{
                      borderLeft: n.readAt
                        ? '3px solid transparent'
                        : '3px solid var(--mantine-color-blue-8)',
                      paddingLeft: 8,
                    }}
                  >
                    <Text size="sm" fw={n.readAt ? 400 : 600}>
                      {n.title}
                    </Text>
                    <Text size="xs">{n.body}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(language, n.createdAt)}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            </ScrollArea.Autosize>
            {unread > 0 && (
              <Button variant="subtle" size="xs" onClick={() => readAll.mutate()}>
                {t('notifications.readAll')}
              </Button>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
