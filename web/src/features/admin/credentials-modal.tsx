import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';

function Copyable({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput label={label} value={value} readOnly style={{ flex: 1 }} ff="monospace" />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant="default" onClick={copy}>
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** The one-time view of a temporary password and authenticator key, to hand to the person. */
export function CredentialsModal({
  credentials,
  onClose,
}: {
  credentials: Schemas['IssuedCredentials'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('users.credentialsTitle')}
      size="lg"
    >
      <Stack>
        <Alert color="orange">{t('users.credentialsBody')}</Alert>
        {credentials.temporaryPassword && (
          <Copyable label={t('users.temporaryPassword')} value={credentials.temporaryPassword} />
        )}
        {credentials.secondFactor && (
          <>
            <Copyable label={t('users.totpSecret')} value={credentials.secondFactor.secret} />
            <Copyable label={t('users.totpUri')} value={credentials.secondFactor.uri} />
          </>
        )}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Stack>
    </Modal>
  );
}
