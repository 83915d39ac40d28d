import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  BREAK_GLASS_DEFAULT_HOURS,
  BREAK_GLASS_MAX_HOURS,
  BREAK_GLASS_MIN_REASON_LENGTH,
} from '@qorgau/domain/cases/index';
import { IconAlertTriangle, IconLockOpen } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import type { LookupItem } from './case-data.ts';
import { useCaseLabel } from './case-labels.ts';

/**
 * Emergency ("break-glass") access: find a case by the child's IIN — the lookup shows only its number and
 * owner — and open it for a few hours with a reason, which the supervisor is told of and every look logged.
 */
export function EmergencyAccess() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconLockOpen size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('cases.breakGlass.open')}
      </Button>
      {opened && <EmergencyAccessDialog onClose={() => setOpened(false)} />}
    </>
  );
}

function EmergencyAccessDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [iin, setIin] = useState('');
  const [chosen, setChosen] = useState<LookupItem | null>(null);
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState<number | string>(BREAK_GLASS_DEFAULT_HOURS);

  const lookup = useMutation({
    mutationFn: (value: string) =>
      unwrap(api.GET('/api/v1/cases/lookup', { params: { query: { iin: value } } })).then(
        (r) => r.items as unknown as LookupItem[],
      ),
  });
  const grant = useMutation({
    mutationFn: (item: LookupItem) =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/break-glass', {
          params: { path: { caseId: item.caseId } },
          body: { reason: reason.trim(), hours: Number(hours) || BREAK_GLASS_DEFAULT_HOURS },
        }),
      ),
    onSuccess: (_grant, item) => {
      onClose();
      void navigate({ to: '/cases/$caseId', params: { caseId: item.caseId } });
    },
  });
  const find = (event: FormEvent) => {
    event.preventDefault();
    setChosen(null);
    lookup.mutate(iin.replace(/\D/g, ''));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.breakGlass.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('cases.breakGlass.intro')}</Text>
        <form onSubmit={find} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('cases.iin')}
              value={iin}
              onChange={(e) => setIin(e.currentTarget.value)}
              inputMode="numeric"
              maxLength={14}
              error={fieldError(lookup.error, 'iin')}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={lookup.isPending} disabled={iin.replace(/\D/g, '').length !== 12}>
              {t('cases.breakGlass.find')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={lookup.error} />
        {lookup.data && lookup.data.length === 0 && <Text c="dimmed">{t('cases.breakGlass.none')}</Text>}
        {lookup.data && lookup.data.length > 0 && (
          <Table aria-label={t('cases.breakGlass.found')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.number')}</Table.Th>
                <Table.Th>{t('cases.status')}</Table.Th>
                <Table.Th>{t('cases.owner')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lookup.data.map((item) => (
                <Table.Tr key={item.caseId}>
                  <Table.Td>
                    <AnchorLink to="/cases/$caseId" params={{ caseId: item.caseId }} onClick={onClose}>
                      {item.number}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{label('status', item.status)}</Table.Td>
                  <Table.Td>{item.owner[language]}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" color="red" onClick={() => setChosen(item)}>
                      {t('cases.breakGlass.request')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {chosen && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              grant.mutate(chosen);
            }}
            noValidate
          >
            <Stack>
              <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
                {t('cases.breakGlass.warning', { number: chosen.number, max: BREAK_GLASS_MAX_HOURS })}
              </Alert>
              <Textarea
                label={t('cases.breakGlass.reason')}
                description={t('cases.breakGlass.reasonHelp', { min: BREAK_GLASS_MIN_REASON_LENGTH })}
                required
                autosize
                minRows={3}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(grant.error, 'reason')}
              />
              <NumberInput
                label={t('cases.breakGlass.hours')}
                min={1}
                max={BREAK_GLASS_MAX_HOURS}
                value={hours}
                onChange={setHours}
                w={160}
              />
              <ErrorAlert error={grant.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="red" loading={grant.isPending}>
                  {t('cases.breakGlass.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
