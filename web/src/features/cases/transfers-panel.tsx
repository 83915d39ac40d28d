import { Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { DECLINE_REASONS, type DeclineReason } from '@qorgau/domain/cases/index';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can } from '../auth/session.ts';
import { type CaseDetail, transferStateOf, useCaseChange } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { type Organisation, OrganisationPicker } from './organisation-picker.tsx';

type TransferBody =
  | { type: 'accept'; ownerUserId: null }
  | { type: 'decline'; reason: DeclineReason }
  | { type: 'cancel' };

/** Handing the case over to another organisation: asked here, answered by the receiving organisation here. */
export function TransfersPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const mine = abilities.me.organisation.id;
  const update = can(abilities.me, 'update:case');
  const [declineReason, setDeclineReason] = useState<string | null>(null);
  const answer = useCaseChange(
    detail.id,
    ({ transferId, body }: { transferId: string; body: TransferBody }) =>
      unwrap(api.POST('/api/v1/transfers/{transferId}', { params: { path: { transferId } }, body })),
  );
  const pendingTransfer = detail.transfers.some((x) => x.status === 'pending');
  return (
    <Stack gap="md">
      {abilities.transfer && !pendingTransfer && <NewTransfer detail={detail} />}
      {detail.transfers.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.transfers.none')}
        </Text>
      )}
      {detail.transfers.map((x) => {
        const state = transferStateOf(x);
        const receiving = update && x.status === 'pending' && x.toOrganisationId === mine;
        const sending = update && x.status === 'pending' && state.fromOrganisationId === mine;
        return (
          <Card key={x.id} withBorder padding="md" data-testid="transfer" data-status={x.status}>
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>
                {t('cases.referrals.fromTo', { from: x.from?.[language] ?? '', to: x.to?.[language] ?? '' })}
              </Text>
              <Badge
                tt="none"
                variant="light"
                color={x.status === 'pending' ? 'orange' : x.status === 'accepted' ? 'teal' : 'gray'}
              >
                {label('transferStatus', x.status)}
              </Badge>
            </Group>
            <Text size="sm" mt="xs">
              {state.reason}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('cases.transfers.asked', { at: formatDateTime(language, state.requestedAt) })}
              {x.status === 'pending'
                ? ` · ${t('cases.referrals.answerDue', { at: formatDateTime(language, state.answerDueAt) })}`
                : ''}
              {state.declineReason ? ` · ${label('decline', state.declineReason)}` : ''}
            </Text>
            {receiving && (
              <Group gap="xs" mt="sm" align="flex-end" wrap="wrap">
                <Button
                  size="xs"
                  onClick={() =>
                    answer.mutate({ transferId: x.id, body: { type: 'accept', ownerUserId: null } })
                  }
                  loading={answer.isPending}
                >
                  {label('transferCommand', 'accept')}
                </Button>
                <Select
                  size="xs"
                  label={t('cases.referrals.declineReason')}
                  data={codeOptions(t, 'decline', DECLINE_REASONS)}
                  value={declineReason}
                  onChange={setDeclineReason}
                  w={240}
                />
                <Button
                  size="xs"
                  variant="default"
                  disabled={!declineReason}
                  onClick={() =>
                    declineReason &&
                    answer.mutate({
                      transferId: x.id,
                      body: { type: 'decline', reason: declineReason as DeclineReason },
                    })
                  }
                >
                  {label('transferCommand', 'decline')}
                </Button>
              </Group>
            )}
            {sending && (
              <Button
                size="xs"
                variant="default"
                mt="sm"
                onClick={() => answer.mutate({ transferId: x.id, body: { type: 'cancel' } })}
              >
                {label('transferCommand', 'cancel')}
              </Button>
            )}
          </Card>
        );
      })}
      <ErrorAlert error={answer.error} />
    </Stack>
  );
}

function NewTransfer({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<Organisation | null>(null);
  const [reason, setReason] = useState('');
  const ask = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/transfers', {
          params: { path: { caseId: detail.id } },
          body: { toOrganisationId: to?.id ?? '', reason: reason.trim() },
        }),
      ),
    () => {
      setTo(null);
      setReason('');
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(undefined);
  };
  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate aria-label={t('cases.transfers.new')}>
        <Stack gap="sm">
          <Text fw={600}>{t('cases.transfers.new')}</Text>
          <Text size="sm" c="dimmed">
            {t('cases.transfers.help')}
          </Text>
          <OrganisationPicker
            label={t('cases.transfers.to')}
            required
            value={to}
            onChange={setTo}
            error={fieldError(ask.error, 'toOrganisationId')}
          />
          <Textarea
            label={t('cases.transfers.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(ask.error, 'reason')}
          />
          <ErrorAlert error={ask.error} />
          <Group>
            <Button type="submit" loading={ask.isPending} disabled={!to || !reason.trim()}>
              {t('cases.transfers.ask')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
