import {
  Anchor,
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  PinInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { useSignIn } from './session.ts';

/** Username and password, then — for roles that need it — the one-time code, on the same form. */
export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { username, password, ...(needsTotp && totp ? { totp } : {}) },
      {
        onError: (error) => {
          if (error instanceof ApiError && (error.code === 'TOTP_REQUIRED' || error.code === 'TOTP_INVALID'))
            setNeedsTotp(true);
          if (error instanceof ApiError && error.code === 'TOTP_INVALID') setTotp('');
        },
      },
    );
  };
  const error =
    signIn.error instanceof ApiError && signIn.error.code === 'TOTP_REQUIRED' && !totp ? null : signIn.error;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Box ta="center">
              <IconShieldLock size={40} aria-hidden color="var(--mantine-color-blue-8)" />
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t('signIn.intro')}
              </Text>
            </Box>
            <ErrorAlert error={error} />
            <TextInput
              label={t('signIn.username')}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={fieldError(signIn.error, 'username')}
            />
            <PasswordInput
              label={t('signIn.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(signIn.error, 'password')}
            />
            {needsTotp && (
              <Stack gap={4}>
                <Text component="label" htmlFor="totp" size="sm" fw={500}>
                  {t('signIn.totp')}
                </Text>
                <Text size="xs" c="dimmed" id="totp-help">
                  {t('signIn.totpHelp')}
                </Text>
                <PinInput
                  id="totp"
                  length={6}
                  type="number"
                  oneTimeCode
                  value={totp}
                  onChange={setTotp}
                  aria-label={t('signIn.totp')}
                  aria-describedby="totp-help"
                  autoFocus
                />
              </Stack>
            )}
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {t('signIn.submit')}
            </Button>
            <Center>
              <LanguageSwitcher />
            </Center>
            <Text size="xs" c="dimmed" ta="center">
              {t('signIn.demoHint')}{' '}
              <Anchor href="/api/docs" size="xs" underline="always">
                {t('nav.apiDocs')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
