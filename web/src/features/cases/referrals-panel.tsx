import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import {
  type ConsentRequirement,
  DECLINE_REASONS,
  INTERVENTION_TYPES,
  REFERRAL_OUTCOMES,
  type ReferralCommand,
} from '@qorgau/domain/cases/index';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can } from '../auth/session.ts';
import { type CaseDetail, caseKey, referralStateOf, useCaseChange } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { type Organisation, OrganisationPicker } from './organisation-picker.tsx';

type ReferralRow = CaseDetail['referrals'][number];
type Asked = { referral: ReferralRow; type: 'decline' | 'complete' | 'cancel' };

const STATUS_COLOUR: Record<string, string> = {
  pending: 'orange',
  accepted: 'blue',
  declined: 'gray',
  completed: 'teal',
  cancelled: 'gray',
};

/**
 * Referrals to other organisations. The referring side refers (asking for an override of consent when the
 * server says one is needed) and may cancel; the receiving organisation accepts or declines and records
 * the result, on this same page.
 */
export function ReferralsPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<Asked | null>(null);
  const [finished, setFinished] = useState(false);
  const mine = abilities.me.organisation.id;
  const update = can(abilities.me, 'update:case');
  // A partner who declines or completes loses access at once (need to know): the page keeps showing the
  // answer just given instead of reloading into a refusal — or, for an organisation the protocol also
  // involves, into its part of the case, where the referral it just answered is no longer shown.
  const onlyPartner = detail.relations.every((r) => r === 'referral_partner' || r === 'participant');
  const staysParticipant = detail.relations.includes('participant');

  const command = useMutation({
    mutationFn: ({ referralId, body }: { referralId: string; body: ReferralCommand }) =>
      unwrap(api.POST('/api/v1/referrals/{referralId}', { params: { path: { referralId } }, body })),
    onSuccess: async (result, { referralId, body }) => {
      setAsked(null);
      const closesAccess = onlyPartner && (body.type === 'decline' || body.type === 'complete');
      if (closesAccess) {
        queryClient.setQueryData<CaseDetail>(caseKey(detail.id), (old) =>
          old
            ? {
                ...old,
                referrals: old.referrals.map((r) =>
                  r.id === referralId
                    ? {
                        ...r,
                        status: (result as { status: string }).status,
                        state: { ...(r.state as object), ...(result as object) },
                      }
                    : r,
                ),
              }
            : old,
        );
        setFinished(true);
        await queryClient.invalidateQueries({ queryKey: ['cases'] });
      } else {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: caseKey(detail.id) }),
          queryClient.invalidateQueries({ queryKey: ['cases'] }),
          queryClient.invalidateQueries({ queryKey: ['case-history', detail.id] }),
        ]);
      }
    },
  });

  return (
    <Stack gap="md">
      {finished && (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} data-testid="referral-finished">
          <Stack gap="xs">
            <Text size="sm">
              {staysParticipant ? t('cases.referrals.finishedParticipant') : t('cases.referrals.finished')}
            </Text>
            <ButtonLink to="/cases" size="xs" variant="default" w="fit-content">
              {t('cases.backToList')}
            </ButtonLink>
          </Stack>
        </Alert>
      )}
      {abilities.work && <NewReferral detail={detail} abilities={abilities} />}
      {detail.referrals.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.referrals.none')}
        </Text>
      )}
      {detail.referrals.map((r) => (
        <ReferralCard
          key={r.id}
          referral={r}
          receiving={update && !finished && r.toOrganisationId === mine}
          referring={update && r.fromOrganisationId === mine && detail.status !== 'closed'}
          busy={command.isPending && command.variables?.referralId === r.id}
          onAccept={() => command.mutate({ referralId: r.id, body: { type: 'accept' } })}
          onAsk={(type) => setAsked({ referral: r, type })}
        />
      ))}
      {!asked && <ErrorAlert error={command.error} />}
      {asked && (
        <ReferralDialog
          asked={asked}
          pending={command.isPending}
          error={command.error}
          onClose={() => {
            setAsked(null);
            command.reset();
          }}
          onSend={(body) => command.mutate({ referralId: asked.referral.id, body })}
        />
      )}
    </Stack>
  );
}

function ReferralCard({
  referral,
  receiving,
  referring,
  busy,
  onAccept,
  onAsk,
}: {
  referral: ReferralRow;
  receiving: boolean;
  referring: boolean;
  busy: boolean;
  onAccept: () => void;
  onAsk: (type: Asked['type']) => void;
}) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const state = referralStateOf(referral);
  const pending = referral.status === 'pending';
  const accepted = referral.status === 'accepted';
  return (
    <Card withBorder padding="md" data-testid="referral" data-status={referral.status}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={700}>{label('intervention', state.service)}</Text>
          <Text size="sm">
            {t('cases.referrals.fromTo', {
              from: referral.from?.[language] ?? t('common.none'),
              to: referral.to?.[language] ?? t('common.none'),
            })}
          </Text>
        </Stack>
        <Badge
          tt="none"
          color={STATUS_COLOUR[referral.status] ?? 'gray'}
          variant="light"
          data-testid="referral-status"
        >
          {label('referralStatus', referral.status)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing="xs">
        <Text size="xs" c="dimmed">
          {t('cases.referrals.sent', { at: formatDateTime(language, referral.createdAt) })}
        </Text>
        {pending && (
          <Text size="xs" c="dimmed">
            {t('cases.referrals.answerDue', { at: formatDateTime(language, state.answerDueAt) })}
          </Text>
        )}
        {accepted && (
          <Text size="xs" c="dimmed">
            {t('cases.referrals.resultDue', { at: formatDateTime(language, state.resultDueAt) })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {label('sharingBasis', state.sharingBasis)}
        </Text>
      </SimpleGrid>
      {state.note && (
        <Text size="sm" mt="xs">
          {state.note}
        </Text>
      )}
      {referral.overrideReason && (
        <Text size="sm" mt="xs">
          {t('cases.referrals.overrideReason')}: {referral.overrideReason}
        </Text>
      )}
      {state.declineReason && (
        <Text size="sm" mt="xs">
          {t('cases.referrals.declined')}: {label('decline', state.declineReason)}
          {state.comment ? ` — ${state.comment}` : ''}
        </Text>
      )}
      {state.outcome && (
        <Text size="sm" mt="xs" data-testid="referral-outcome">
          {label('outcome', state.outcome)}: {state.resultSummary}
        </Text>
      )}
      {state.cancelReason && (
        <Text size="sm" mt="xs">
          {t('cases.referrals.cancelled')}: {state.cancelReason}
        </Text>
      )}
      {(receiving && (pending || accepted)) || (referring && (pending || accepted)) ? (
        <Group gap="xs" mt="sm">
          {receiving && pending && (
            <>
              <Button size="xs" onClick={onAccept} loading={busy}>
                {label('referralCommand', 'accept')}
              </Button>
              <Button size="xs" variant="default" onClick={() => onAsk('decline')}>
                {label('referralCommand', 'decline')}
              </Button>
            </>
          )}
          {receiving && accepted && (
            <Button size="xs" onClick={() => onAsk('complete')}>
              {label('referralCommand', 'complete')}
            </Button>
          )}
          {referring && (
            <Button size="xs" variant="default" onClick={() => onAsk('cancel')}>
              {label('referralCommand', 'cancel')}
            </Button>
          )}
        </Group>
      ) : null}
    </Card>
  );
}

function ReferralDialog({
  asked,
  pending,
  error,
  onClose,
  onSend,
}: {
  asked: Asked;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onSend: (body: ReferralCommand) => void;
}) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const [reason, setReason] = useState<string | null>(null);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (asked.type === 'decline' && reason)
      onSend({
        type: 'decline',
        reason: reason as (typeof DECLINE_REASONS)[number],
        ...(text.trim() ? { comment: text.trim() } : {}),
      });
    if (asked.type === 'complete' && reason)
      onSend({
        type: 'complete',
        outcome: reason as (typeof REFERRAL_OUTCOMES)[number],
        summary: text.trim(),
      });
    if (asked.type === 'cancel') onSend({ type: 'cancel', reason: text.trim() });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={label('referralCommand', asked.type)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {asked.type === 'decline' && (
            <Select
              label={t('cases.referrals.declineReason')}
              required
              data={codeOptions(t, 'decline', DECLINE_REASONS)}
              value={reason}
              onChange={setReason}
              error={fieldError(error, 'reason')}
            />
          )}
          {asked.type === 'complete' && (
            <Select
              label={t('cases.referrals.outcome')}
              required
              data={codeOptions(t, 'outcome', REFERRAL_OUTCOMES)}
              value={reason}
              onChange={setReason}
              error={fieldError(error, 'outcome')}
            />
          )}
          <Textarea
            label={
              asked.type === 'complete'
                ? t('cases.referrals.summary')
                : asked.type === 'cancel'
                  ? t('cases.referrals.cancelReason')
                  : t('cases.workflow.comment')
            }
            required={asked.type !== 'decline'}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(
              error,
              asked.type === 'complete' ? 'summary' : asked.type === 'cancel' ? 'reason' : 'comment',
            )}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={pending}
              disabled={(asked.type !== 'cancel' && !reason) || (asked.type !== 'decline' && !text.trim())}
            >
              {label('referralCommand', asked.type)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NewReferral({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const [to, setTo] = useState<Organisation | null>(null);
  const [service, setService] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const refer = useCaseChange(
    detail.id,
    (withOverride: boolean) =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/referrals', {
          params: { path: { caseId: detail.id } },
          body: {
            toOrganisationId: to?.id ?? '',
            service: service as (typeof INTERVENTION_TYPES)[number],
            note: note.trim() || null,
            overrideReason: withOverride ? overrideReason.trim() : null,
          },
        }),
      ),
    () => {
      setTo(null);
      setService(null);
      setNote('');
      setOverrideReason('');
    },
  );
  const needsOverride = refer.error instanceof ApiError && refer.error.code === 'CONSENT_OVERRIDE_REQUIRED';
  const requirement = needsOverride
    ? ((refer.error as ApiError).details as { requirement?: ConsentRequirement } | undefined)?.requirement
    : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    refer.mutate(needsOverride && abilities.override);
  };
  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate aria-label={t('cases.referrals.new')}>
        <Stack gap="sm">
          <Text fw={600}>{t('cases.referrals.new')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OrganisationPicker
              label={t('cases.referrals.to')}
              required
              value={to}
              onChange={(o) => {
                setTo(o);
                refer.reset();
              }}
              error={fieldError(refer.error, 'toOrganisationId')}
              testId="referral-organisation"
            />
            <Select
              label={t('cases.referrals.service')}
              required
              searchable
              data={codeOptions(t, 'intervention', INTERVENTION_TYPES)}
              value={service}
              onChange={(v) => {
                setService(v);
                refer.reset();
              }}
              error={fieldError(refer.error, 'service')}
            />
          </SimpleGrid>
          <Textarea
            label={t('cases.referrals.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(refer.error, 'note')}
          />
          {needsOverride && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('cases.referrals.noConsent')}
              data-testid="override-required"
            >
              <Stack gap="xs">
                <Text size="sm">{(refer.error as ApiError).message}</Text>
                {requirement?.kind === 'needs_override' && (
                  <Text size="sm" fw={600}>
                    {label('consentReason', requirement.why)}
                  </Text>
                )}
                {abilities.override ? (
                  <Textarea
                    label={t('cases.referrals.overrideReasonLabel')}
                    description={t('cases.referrals.overrideHelp')}
                    required
                    autosize
                    minRows={3}
                    value={overrideReason}
                    onChange={(e) => setOverrideReason(e.currentTarget.value)}
                    error={fieldError(refer.error, 'overrideReason')}
                  />
                ) : (
                  <Text size="sm">
                    {t('cases.referrals.askOverride')}{' '}
                    <AnchorLink
                      to="/cases/$caseId"
                      params={{ caseId: detail.id }}
                      search={{ tab: 'consent' }}
                    >
                      {t('cases.referrals.recordConsent')}
                    </AnchorLink>
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
          {!needsOverride && <ErrorAlert error={refer.error} />}
          <Group>
            <Button
              type="submit"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={refer.isPending}
              disabled={!to || !service || (needsOverride && (!abilities.override || !overrideReason.trim()))}
            >
              {needsOverride && abilities.override
                ? t('cases.referrals.referWithOverride')
                : t('cases.referrals.refer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
