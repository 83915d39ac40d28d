import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { Page } from '../../components/page.tsx';
import type { Me } from '../auth/session.ts';

/** Change one's password (forced after a reset) and sign out everywhere. */
export function ChangePasswordForm({ me, forced }: { me: Me; forced: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(['me'], updated);
      setCurrent('');
      setNext('');
      setRepeat('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== repeat);
    if (next === repeat) change.mutate();
  };
  return (
    <Card withBorder padding="lg" maw={520}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('account.changePassword')}
          </Title>
          {forced && <Alert color="orange">{t('account.mustChange')}</Alert>}
          {change.isSuccess && !me.user.mustChangePassword && (
            <Alert color="teal">{t('account.passwordChanged')}</Alert>
          )}
          <ErrorAlert error={change.error} />
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError(change.error, 'currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('account.policy')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={fieldError(change.error, 'newPassword')}
          />
          <PasswordInput
            label={t('account.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={mismatch ? t('account.mismatch') : undefined}
          />
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const everywhere = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout-everywhere', { body: {} })),
  });
  const queryClient = useQueryClient();
  return (
    <Page title={t('account.title')}>
      <Text>
        {me.user.fullName} ·{' '}
        <Text span ff="monospace">
          {me.user.username}
        </Text>
      </Text>
      <ChangePasswordForm me={me} forced={me.user.mustChangePassword} />
      <Card withBorder padding="lg" maw={520}>
        <Stack>
          <ErrorAlert error={everywhere.error} />
          {everywhere.data && (
            <Alert color="teal">
              {t('account.signedOutEverywhere', { count: everywhere.data.endedSessions })}
            </Alert>
          )}
          <Button
            color="red"
            variant="light"
            onClick={() =>
              everywhere.mutate(undefined, {
                onSuccess: () => setTimeout(() => queryClient.setQueryData(['me'], null), 1500),
              })
            }
          >
            {t('account.signOutEverywhere')}
          </Button>
        </Stack>
      </Card>
    </Page>
  );
}
