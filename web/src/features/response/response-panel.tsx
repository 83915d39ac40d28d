import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { REFERRAL_OUTCOMES, REHABILITATION_SERVICES } from '@qorgau/domain/cases/index';
import { PREVENTION_ACTIVITIES, PREVENTION_PARTICIPANTS } from '@qorgau/domain/protocol/index';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { DoneNoteForm } from '../../components/done-note-form.tsx';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { Loading } from '../../components/page.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { can } from '../auth/session.ts';
import type { CaseDetail } from '../cases/case-data.ts';
import type { CaseAbilities } from '../cases/case-page.tsx';
import { kzToday } from '../cases/case-time.ts';
import { ProtocolActionsTable } from './protocol-actions.tsx';
import {
  type Dispatch,
  labelOr,
  type TertiaryPlan,
  useCaseActions,
  useCaseDispatches,
  useCaseKdn,
  useCaseRehabilitation,
  useResponseChange,
  useTertiaryPlan,
} from './response-data.ts';

/**
 * The interagency response on a case: what the protocol asks of each organisation and by when, the mobile
 * group's dispatches, the school's tertiary-prevention plan, the KDN hearings and rehabilitation services.
 * Each organisation taking part sees its own share (the server decides what it sends).
 */
export function ResponsePanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Alert variant="light" color="gray" data-testid="protocol-sample-notice">
        {t('response.sampleNotice')}
      </Alert>
      <ActionsSection detail={detail} abilities={abilities} />
      <DispatchesSection caseId={detail.id} />
      <TertiarySection detail={detail} abilities={abilities} />
      <KdnSection detail={detail} abilities={abilities} />
      <RehabilitationSection detail={detail} abilities={abilities} />
    </Stack>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function ActionsSection({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const actions = useCaseActions(detail.id);
  return (
    <Section title={t('response.actions.title')} testId="case-actions">
      {actions.isPending ? (
        <Loading />
      ) : actions.error ? (
        <ErrorAlert error={actions.error} />
      ) : actions.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('response.actions.none')}
        </Text>
      ) : (
        <ProtocolActionsTable
          actions={actions.data}
          ownOrganisationId={detail.status === 'closed' ? '' : abilities.me.organisation.id}
        />
      )}
    </Section>
  );
}

/** Minutes as a short figure: "43 мин". */
function Minutes({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>{value === null ? '—' : t('response.minutes', { n: formatNumber(language, Math.round(value)) })}</>
  );
}

export function DispatchCard({ dispatch, children }: { dispatch: Dispatch; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card withBorder padding="sm" data-testid="dispatch" data-status={dispatch.status}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {dispatch.caseNumber
              ? t('response.dispatch.forCase', { number: dispatch.caseNumber })
              : t('response.dispatch.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('response.dispatch.alertedAt', { at: formatDateTime(language, dispatch.alertedAt) })}
          </Text>
        </Stack>
        <Badge
          tt="none"
          variant="light"
          color={dispatch.status === 'alerted' ? 'red' : dispatch.status === 'cancelled' ? 'gray' : 'teal'}
          data-testid="dispatch-status"
        >
          {t(`protocol.dispatch.${dispatch.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing={4}>
        {dispatch.acceptedAt && (
          <Text size="xs">
            {t('response.dispatch.acceptedAt', { at: formatDateTime(language, dispatch.acceptedAt) })} (
            <Minutes value={dispatch.toAcceptMinutes} />)
          </Text>
        )}
        {dispatch.arrivedAt && (
          <Text size="xs">
            {t('response.dispatch.arrivedAt', { at: formatDateTime(language, dispatch.arrivedAt) })} (
            <Minutes value={dispatch.toArriveMinutes} />)
          </Text>
        )}
        {dispatch.completedAt && (
          <Text size="xs">
            {t('response.dispatch.completedAt', { at: formatDateTime(language, dispatch.completedAt) })}
          </Text>
        )}
        {dispatch.escalationLevel > 0 && (
          <Text size="xs" c="red.9">
            {t('response.dispatch.escalated', { level: dispatch.escalationLevel })}
          </Text>
        )}
      </SimpleGrid>
      {dispatch.notes && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {dispatch.notes}
        </Text>
      )}
      {children}
    </Card>
  );
}

function DispatchesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const dispatches = useCaseDispatches(caseId);
  return (
    <Section title={t('response.dispatch.sectionTitle')} testId="case-dispatches">
      {dispatches.isPending ? (
        <Loading />
      ) : dispatches.error ? (
        <ErrorAlert error={dispatches.error} />
      ) : dispatches.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('response.dispatch.none')}
        </Text>
      ) : (
        dispatches.data.map((d) => <DispatchCard key={d.id} dispatch={d} />)
      )}
    </Section>
  );
}

function TertiarySection({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const plan = useTertiaryPlan(detail.id);
  const manage = can(abilities.me, 'manage:tertiary-plan') && detail.status !== 'closed';
  const create = useResponseChange(() =>
    unwrap(
      api.POST('/api/v1/cases/{caseId}/tertiary-plan', {
        params: { path: { caseId: detail.id } },
      }),
    ),
  );
  return (
    <Section title={t('response.tertiary.title')} testId="tertiary-plan">
      {plan.isPending ? (
        <Loading />
      ) : plan.error ? (
        <ErrorAlert error={plan.error} />
      ) : plan.data === null ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('response.tertiary.none')}
          </Text>
          {manage && (
            <>
              <Text size="sm">{t('response.tertiary.createHelp')}</Text>
              <Button
                size="sm"
                leftSection={<IconPlus size={16} aria-hidden />}
                loading={create.isPending}
                onClick={() => create.mutate(undefined)}
              >
                {t('response.tertiary.create')}
              </Button>
              <ErrorAlert error={create.error} />
            </>
          )}
        </Stack>
      ) : (
        <TertiaryPlanView plan={plan.data} manage={manage} />
      )}
    </Section>
  );
}

function TertiaryPlanView({ plan, manage }: { plan: TertiaryPlan; manage: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const done = plan.activities.filter((a) => a.doneAt).length;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('response.tertiary.summary', {
          school: plan.school[language],
          from: formatDate(language, plan.startsOn),
          done,
          total: plan.activities.length,
        })}
      </Text>
      {PREVENTION_PARTICIPANTS.map((participant) => {
        const activities = plan.activities.filter((a) => a.participant === participant);
        if (activities.length === 0) return null;
        return (
          <Stack key={participant} gap={6}>
            <Text fw={600} size="sm">
              {t(`protocol.participant.${participant}`)}
            </Text>
            {activities.map((a) => (
              <ActivityCard key={a.id} activity={a} manage={manage} />
            ))}
          </Stack>
        );
      })}
      {manage && <AddActivity planId={plan.id} />}
    </Stack>
  );
}

function ActivityCard({
  activity,
  manage,
}: {
  activity: TertiaryPlan['activities'][number];
  manage: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [completing, setCompleting] = useState(false);
  const [note, setNote] = useState('');
  const complete = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/tertiary-activities/{activityId}/done', {
          params: { path: { activityId: activity.id } },
          body: { note: note.trim() },
        }),
      ),
    () => setCompleting(false),
  );
  const name = labelOr(t, `protocol.activity.${activity.activity}`, activity.activity);
  return (
    <Card
      withBorder
      padding="xs"
      data-testid="tertiary-activity"
      data-activity={activity.activity}
      data-done={!!activity.doneAt}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {name}
          </Text>
          {activity.description && <Text size="xs">{activity.description}</Text>}
          <Text size="xs" c="dimmed">
            {t('response.tertiary.byDate', { date: formatDate(language, activity.byDate) })}
            {activity.everyDays ? ` · ${t('response.tertiary.every', { days: activity.everyDays })}` : ''}
            {activity.responsible ? ` · ${activity.responsible}` : ''}
          </Text>
        </Stack>
        {activity.doneAt ? (
          <Badge
            tt="none"
            color="teal"
            variant="light"
            leftSection={<IconCircleCheck size={12} aria-hidden />}
          >
            {t('response.status.done')}
          </Badge>
        ) : activity.overdue ? (
          <Badge tt="none" color="red" variant="light">
            {t('response.status.overdue')}
          </Badge>
        ) : (
          <Badge tt="none" color="blue" variant="light">
            {t('response.status.open')}
          </Badge>
        )}
      </Group>
      {activity.doneNote && (
        <Text size="xs" mt={4}>
          {activity.doneNote}
          {activity.doneAt ? ` (${formatDateTime(language, activity.doneAt)})` : ''}
        </Text>
      )}
      {manage && !activity.doneAt && !completing && (
        <Group mt={6}>
          <Button
            size="xs"
            variant="light"
            onClick={() => setCompleting(true)}
            aria-label={t('response.tertiary.completeNamed', { name })}
          >
            {t('response.tertiary.complete')}
          </Button>
        </Group>
      )}
      {completing && (
        <DoneNoteForm
          label={t('response.tertiary.whatCameOfIt')}
          submitLabel={t('response.tertiary.markDone')}
          field="note"
          value={note}
          onChange={setNote}
          mutation={complete}
          onCancel={() => setCompleting(false)}
        />
      )}
    </Card>
  );
}

function AddActivity({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [participant, setParticipant] = useState<string | null>(null);
  const [activity, setActivity] = useState<string | null>(null);
  const [responsible, setResponsible] = useState('');
  const [byDate, setByDate] = useState(kzToday);
  const add = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/tertiary-plans/{planId}/activities', {
          params: { path: { planId } },
          body: {
            participant: (participant ?? '') as (typeof PREVENTION_PARTICIPANTS)[number],
            activity: activity ?? '',
            responsible: responsible.trim() || null,
            byDate,
          },
        }),
      ),
    () => {
      setActivity(null);
      setResponsible('');
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined);
  };
  return (
    <Card withBorder padding="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Text fw={600}>{t('response.tertiary.add')}</Text>
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('response.tertiary.participant')}
              required
              data={PREVENTION_PARTICIPANTS.map((p) => ({ value: p, label: t(`protocol.participant.${p}`) }))}
              value={participant}
              onChange={setParticipant}
              error={fieldError(add.error, 'participant')}
              miw={200}
            />
            <Select
              label={t('response.tertiary.activity')}
              required
              searchable
              data={PREVENTION_ACTIVITIES.map((a) => ({
                value: a,
                label: labelOr(t, `protocol.activity.${a}`, a),
              }))}
              value={activity}
              onChange={setActivity}
              error={fieldError(add.error, 'activity')}
              miw={280}
            />
            <TextInput
              label={t('response.tertiary.responsible')}
              value={responsible}
              onChange={(e) => setResponsible(e.currentTarget.value)}
              error={fieldError(add.error, 'responsible')}
              miw={220}
            />
            <TextInput
              type="date"
              label={t('response.tertiary.date')}
              required
              value={byDate}
              onChange={(e) => setByDate(e.currentTarget.value)}
              error={fieldError(add.error, 'byDate')}
            />
          </Group>
          <ErrorAlert error={add.error} />
          <Group>
            <Button
              type="submit"
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={add.isPending}
            >
              {t('response.tertiary.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function KdnSection({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kdn = useCaseKdn(detail.id);
  const [hearingId, setHearingId] = useState<string | null>(null);
  const list = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/kdn/hearings/{hearingId}/agenda', {
          params: { path: { hearingId: hearingId ?? '' } },
          body: { caseId: detail.id },
        }),
      ),
    () => setHearingId(null),
  );
  if (kdn.isPending)
    return (
      <Section title={t('response.kdn.title')} testId="case-kdn">
        <Loading />
      </Section>
    );
  if (kdn.error)
    return (
      <Section title={t('response.kdn.title')} testId="case-kdn">
        <ErrorAlert error={kdn.error} />
      </Section>
    );
  const listedIds = new Set(kdn.data.listed.map((l) => l.hearing.id));
  const upcoming = kdn.data.upcoming.filter((h) => !listedIds.has(h.id));
  return (
    <Section title={t('response.kdn.title')} testId="case-kdn">
      {kdn.data.listed.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('response.kdn.notListed')}
        </Text>
      )}
      {kdn.data.listed.map((l) => (
        <Card key={l.agendaItemId} withBorder padding="sm" data-testid="kdn-listed">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('response.kdn.hearingAt', { at: formatDateTime(language, l.hearing.scheduledAt) })}
              {l.hearing.place ? ` · ${l.hearing.place}` : ''}
            </Text>
            <Badge tt="none" variant="light" color={l.decisionType ? 'teal' : 'blue'}>
              {l.decisionType
                ? t(`protocol.kdn.${l.decisionType}`)
                : t(`response.kdn.hearing.${l.hearing.status}`)}
            </Badge>
          </Group>
          {l.decisionText && (
            <Text size="sm" mt={4}>
              {l.decisionText}
            </Text>
          )}
        </Card>
      ))}
      {abilities.work && upcoming.length > 0 && (
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('response.kdn.chooseHearing')}
            data={upcoming.map((h) => ({
              value: h.id,
              label: `${formatDateTime(language, h.scheduledAt)}${h.place ? ` · ${h.place}` : ''}`,
            }))}
            value={hearingId}
            onChange={setHearingId}
            miw={320}
          />
          <Button disabled={!hearingId} loading={list.isPending} onClick={() => list.mutate(undefined)}>
            {t('response.kdn.putOnAgenda')}
          </Button>
        </Group>
      )}
      {abilities.work && kdn.data.upcoming.length === 0 && kdn.data.commissionId && (
        <Text size="sm" c="dimmed">
          {t('response.kdn.noUpcoming')}
        </Text>
      )}
      <ErrorAlert error={list.error} />
    </Section>
  );
}

type RehabilitationItem = NonNullable<ReturnType<typeof useCaseRehabilitation>['data']>[number];

function RehabilitationSection({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const services = useCaseRehabilitation(detail.id);
  return (
    <Section title={t('response.rehabilitation.title')} testId="case-rehabilitation">
      {services.isPending ? (
        <Loading />
      ) : services.error ? (
        <ErrorAlert error={services.error} />
      ) : services.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('response.rehabilitation.none')}
        </Text>
      ) : (
        services.data.map((s) => (
          <ServiceCard
            key={s.id}
            service={s}
            provider={abilities.contribute && s.providerOrganisationId === abilities.me.organisation.id}
          />
        ))
      )}
      {abilities.work && <PlanService detail={detail} />}
    </Section>
  );
}

function ServiceCard({ service: s, provider }: { service: RehabilitationItem; provider: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [recording, setRecording] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const deliver = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/rehabilitation/services/{serviceId}/delivery', {
          params: { path: { serviceId: s.id } },
          body: { outcome: (outcome ?? '') as (typeof REFERRAL_OUTCOMES)[number], note: note.trim() || null },
        }),
      ),
    () => setRecording(false),
  );
  return (
    <Card withBorder padding="xs" data-testid="rehabilitation-service">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`case.rehabilitation.${s.service}`)} · {s.provider[language]}
        </Text>
        <Badge tt="none" variant="light" color={s.deliveredAt ? 'teal' : 'blue'}>
          {s.outcome ? t(`case.outcome.${s.outcome}`) : t('response.status.open')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t(`case.childWas.${s.childWas}`)} ·{' '}
        {t('response.rehabilitation.plannedFrom', { date: formatDate(language, s.plannedFrom) })}
        {s.sessionsPlanned ? ` · ${t('response.rehabilitation.sessions', { n: s.sessionsPlanned })}` : ''}
        {s.outcomeNote ? ` · ${s.outcomeNote}` : ''}
      </Text>
      {provider && !s.deliveredAt && !recording && (
        <Group mt={6}>
          <Button size="xs" variant="light" onClick={() => setRecording(true)}>
            {t('response.rehabilitation.recordDelivery')}
          </Button>
        </Group>
      )}
      {recording && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            deliver.mutate(undefined);
          }}
          noValidate
        >
          <Stack gap="xs" mt="xs">
            <Select
              label={t('response.rehabilitation.outcome')}
              required
              data={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`case.outcome.${o}`) }))}
              value={outcome}
              onChange={setOutcome}
              error={fieldError(deliver.error, 'outcome')}
            />
            <Textarea
              label={t('response.rehabilitation.note')}
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <ErrorAlert error={deliver.error} />
            <Group gap="xs">
              <Button size="xs" type="submit" loading={deliver.isPending} disabled={!outcome}>
                {t('response.actions.record')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setRecording(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

/** Plans a service with a provider of the catalogue in the case's region; the provider joins the case. */
function PlanService({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [service, setService] = useState<(typeof REHABILITATION_SERVICES)[number] | null>(null);
  const [childWas, setChildWas] = useState<'victim' | 'witness'>('victim');
  const [providerId, setProviderId] = useState<string | null>(null);
  const [plannedFrom, setPlannedFrom] = useState(kzToday);
  const [sessions, setSessions] = useState<string | number>('');
  const providers = useQuery({
    queryKey: ['response', 'providers', detail.regionCode, service],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/rehabilitation/providers', {
          params: {
            query: {
              ...(detail.regionCode ? { regionCode: detail.regionCode } : {}),
              ...(service ? { service } : {}),
            },
          },
        }),
      ).then((r) => r.items),
    enabled: !!service,
  });
  const plan = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/rehabilitation', {
          params: { path: { caseId: detail.id } },
          body: {
            service: service as (typeof REHABILITATION_SERVICES)[number],
            childWas,
            providerId: providerId ?? '',
            plannedFrom,
            sessionsPlanned: typeof sessions === 'number' ? sessions : null,
          },
        }),
      ),
    () => {
      setService(null);
      setProviderId(null);
      setSessions('');
    },
  );
  return (
    <Card withBorder padding="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          plan.mutate(undefined);
        }}
        noValidate
      >
        <Stack gap="xs">
          <Text fw={600}>{t('response.rehabilitation.plan')}</Text>
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('response.rehabilitation.service')}
              required
              data={REHABILITATION_SERVICES.map((x) => ({ value: x, label: t(`case.rehabilitation.${x}`) }))}
              value={service}
              onChange={(v) => {
                setService(v as (typeof REHABILITATION_SERVICES)[number] | null);
                setProviderId(null);
              }}
              miw={200}
            />
            <Select
              label={t('response.rehabilitation.childWas')}
              required
              data={(['victim', 'witness'] as const).map((x) => ({
                value: x,
                label: t(`case.childWas.${x}`),
              }))}
              value={childWas}
              onChange={(v) => setChildWas((v as 'victim' | 'witness' | null) ?? 'victim')}
              allowDeselect={false}
              miw={160}
            />
            <Select
              label={t('response.rehabilitation.provider')}
              required
              disabled={!service}
              data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.organisation[language] }))}
              value={providerId}
              onChange={setProviderId}
              error={fieldError(plan.error, 'providerId')}
              nothingFoundMessage={t('response.rehabilitation.noProviders')}
              miw={280}
            />
            <TextInput
              type="date"
              label={t('response.rehabilitation.from')}
              required
              value={plannedFrom}
              onChange={(e) => setPlannedFrom(e.currentTarget.value)}
              error={fieldError(plan.error, 'plannedFrom')}
            />
            <NumberInput
              label={t('response.rehabilitation.sessionsPlanned')}
              min={1}
              max={200}
              value={sessions}
              onChange={setSessions}
              w={140}
            />
          </Group>
          <ErrorAlert error={plan.error} />
          <Group>
            <Button
              type="submit"
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={plan.isPending}
              disabled={!service || !providerId}
            >
              {t('response.rehabilitation.plan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
