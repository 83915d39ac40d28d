import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { KDN_DECISION_TASKS, KDN_DECISION_TYPES, type KdnDecisionType } from '@qorgau/domain/protocol/kdn';
import { IconCalendarPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { Loading, Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { caseLabel } from '../cases/case-labels.ts';
import { kzLocalInput, kzLocalInputToIso } from '../cases/case-time.ts';
import { formatDue, labelOr, responseKeys, useResponseChange } from './response-data.ts';

type HearingStatus = 'scheduled' | 'held' | 'cancelled';
const HEARING_COLOURS: Record<HearingStatus, string> = { scheduled: 'blue', held: 'teal', cancelled: 'gray' };

function HearingBadge({ status }: { status: HearingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tt="none" variant="light" color={HEARING_COLOURS[status]} data-testid="hearing-status">
      {t(`response.kdn.hearing.${status}`)}
    </Badge>
  );
}

/** The commission's hearings, newest first, and scheduling a new one. */
export function KdnHearingsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const hearings = useQuery({
    queryKey: responseKeys.hearings,
    queryFn: () => unwrap(api.GET('/api/v1/kdn/hearings')).then((r) => r.items),
  });
  const [scheduledAt, setScheduledAt] = useState(() => kzLocalInput(Date.now() + 7 * 86_400_000));
  const [place, setPlace] = useState('');
  const schedule = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/kdn/hearings', {
          body: { scheduledAt: kzLocalInputToIso(scheduledAt) ?? scheduledAt, place: place.trim() || null },
        }),
      ),
    (r) => void navigate({ to: '/kdn/$hearingId', params: { hearingId: r.id } }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    schedule.mutate(undefined);
  };
  return (
    <Page title={t('response.kdn.hearingsTitle')}>
      <Card withBorder padding="sm">
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('response.kdn.schedule')}
            </Title>
            <Group align="flex-start" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('response.kdn.scheduledAt')}
                required
                value={scheduledAt}
                onChange={(e) => setScheduledAt(e.currentTarget.value)}
                error={fieldError(schedule.error, 'scheduledAt')}
              />
              <TextInput
                label={t('response.kdn.place')}
                value={place}
                onChange={(e) => setPlace(e.currentTarget.value)}
                miw={280}
              />
            </Group>
            <ErrorAlert error={schedule.error} />
            <Group>
              <Button
                type="submit"
                size="sm"
                loading={schedule.isPending}
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
              >
                {t('response.kdn.schedule')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {hearings.isPending ? (
        <Loading />
      ) : hearings.error ? (
        <ErrorAlert error={hearings.error} />
      ) : hearings.data.length === 0 ? (
        <Text c="dimmed">{t('response.kdn.noHearings')}</Text>
      ) : (
        <TableScroll label={t('response.kdn.hearingsTitle')} minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('response.kdn.scheduledAt')}</Table.Th>
                <Table.Th>{t('response.kdn.place')}</Table.Th>
                <Table.Th>{t('response.kdn.cases')}</Table.Th>
                <Table.Th>{t('response.actions.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hearings.data.map((h) => (
                <Table.Tr key={h.id} data-testid="hearing-row">
                  <Table.Td>
                    <AnchorLink to="/kdn/$hearingId" params={{ hearingId: h.id }}>
                      {formatDateTime(language, h.scheduledAt)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{h.place ?? '—'}</Table.Td>
                  <Table.Td>{t('response.kdn.decidedOf', { decided: h.decided, cases: h.cases })}</Table.Td>
                  <Table.Td>
                    <HearingBadge status={h.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Page>
  );
}

const fetchHearing = (hearingId: string) =>
  unwrap(api.GET('/api/v1/kdn/hearings/{hearingId}', { params: { path: { hearingId } } }));
type Hearing = Awaited<ReturnType<typeof fetchHearing>>;

/** One hearing: its agenda, the attendance record and a decision on each listed case. */
export function KdnHearingPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { hearingId } = useParams({ from: '/app/kdn/$hearingId' });
  const hearing = useQuery({
    queryKey: responseKeys.hearing(hearingId),
    queryFn: () => fetchHearing(hearingId),
    retry: false,
  });
  if (hearing.isPending) return <Loading />;
  if (hearing.error || !hearing.data)
    return (
      <Page title={t('response.kdn.hearingTitle')}>
        <ErrorAlert error={hearing.error} />
      </Page>
    );
  const h = hearing.data;
  const inFuture = Date.parse(h.scheduledAt) > Date.now();
  return (
    <Page
      title={t('response.kdn.hearingOn', { at: formatDateTime(language, h.scheduledAt) })}
      actions={<HearingBadge status={h.status} />}
    >
      {h.place && <Text>{h.place}</Text>}
      <Stack gap="xs" component="section" aria-label={t('response.kdn.agenda')}>
        <Title order={2} size="h4">
          {t('response.kdn.agenda')}
        </Title>
        {h.agenda.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('response.kdn.agendaEmpty')}
          </Text>
        )}
        {h.agenda.map((item) => (
          <AgendaItem
            key={item.id}
            hearingId={h.id}
            item={item}
            mayDecide={h.status !== 'cancelled' && !inFuture}
          />
        ))}
        {inFuture && h.agenda.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('response.kdn.decideAfter')}
          </Text>
        )}
      </Stack>
      {h.status !== 'cancelled' && <Attendance hearing={h} />}
    </Page>
  );
}

function AgendaItem({
  hearingId,
  item,
  mayDecide,
}: {
  hearingId: string;
  item: Hearing['agenda'][number];
  mayDecide: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [decisionType, setDecisionType] = useState<KdnDecisionType | null>(null);
  const [text, setText] = useState('');
  const decide = useResponseChange(() =>
    unwrap(
      api.POST('/api/v1/kdn/hearings/{hearingId}/agenda/{itemId}/decision', {
        params: { path: { hearingId, itemId: item.id } },
        body: { decisionType: decisionType as KdnDecisionType, text: text.trim() },
      }),
    ),
  );
  const preview = decisionType ? KDN_DECISION_TASKS[decisionType] : [];
  return (
    <Card withBorder padding="sm" data-testid="agenda-item" data-case={item.caseNumber}>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <AnchorLink
            to="/cases/$caseId"
            params={{ caseId: item.caseId }}
            search={{ tab: 'response' }}
            fw={600}
          >
            {item.caseNumber} · {item.child}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {item.concerns.map((c) => caseLabel(t, 'concern', c)).join(', ')} ·{' '}
            {caseLabel(t, 'risk', item.riskLevel)}
          </Text>
        </Stack>
        {item.decisionType && (
          <Badge tt="none" color="teal" variant="light">
            {t(`protocol.kdn.${item.decisionType}`)}
          </Badge>
        )}
      </Group>
      {item.decisionText && (
        <Text size="sm" mt="xs">
          {item.decisionText}
        </Text>
      )}
      {item.tasks.length > 0 && (
        <Stack gap={2} mt="xs" data-testid="decision-tasks">
          <Text size="sm" fw={600}>
            {t('response.kdn.tasksCreated')}
          </Text>
          {item.tasks.map((task) => (
            <Text key={task.id} size="sm" data-testid="decision-task">
              {task.kind ? labelOr(t, `task.${task.kind}`, task.kind) : '—'} —{' '}
              {task.organisation?.[language] ?? '—'} —{' '}
              {t('response.kdn.dueBy', { at: formatDue(language, task.dueAt) })}
              {task.doneAt ? ` ✓ ${formatDateTime(language, task.doneAt)}` : ''}
            </Text>
          ))}
        </Stack>
      )}
      {!item.decidedAt && mayDecide && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate(undefined);
          }}
          noValidate
        >
          <Stack gap="xs" mt="sm">
            <Select
              label={t('response.kdn.decisionType')}
              required
              searchable
              data={KDN_DECISION_TYPES.map((d) => ({ value: d, label: t(`protocol.kdn.${d}`) }))}
              value={decisionType}
              onChange={(v) => setDecisionType(v as KdnDecisionType | null)}
              error={fieldError(decide.error, 'decisionType')}
            />
            {preview.length > 0 && (
              <Stack gap={2} data-testid="decision-preview">
                <Text size="sm" fw={600}>
                  {t('response.kdn.willCreate')}
                </Text>
                {preview.map((p) => (
                  <Text key={`${p.kind}-${p.organisationType}`} size="sm">
                    {labelOr(t, `task.${p.kind}`, p.kind)} — {t(`orgType.${p.organisationType}`)} —{' '}
                    {t('response.kdn.withinDays', { days: p.withinDays })}
                  </Text>
                ))}
              </Stack>
            )}
            <Textarea
              label={t('response.kdn.decisionText')}
              required
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldError(decide.error, 'text')}
            />
            <ErrorAlert error={decide.error} />
            <Group>
              <Button type="submit" loading={decide.isPending} disabled={!decisionType}>
                {t('response.kdn.decide')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

interface AttendeeRow {
  name: string;
  position: string;
  organisation: string;
  present: boolean;
}

function Attendance({ hearing }: { hearing: Hearing }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AttendeeRow[]>(() =>
    hearing.attendees.length > 0
      ? hearing.attendees.map((a) => ({
          name: a.name,
          position: a.position ?? '',
          organisation: a.organisation ?? '',
          present: a.present,
        }))
      : [{ name: '', position: '', organisation: '', present: true }],
  );
  const [saved, setSaved] = useState(false);
  const record = useResponseChange(
    (status: 'held' | 'cancelled') =>
      unwrap(
        api.POST('/api/v1/kdn/hearings/{hearingId}/record', {
          params: { path: { hearingId: hearing.id } },
          body: {
            status,
            attendees: rows
              .filter((r) => r.name.trim())
              .map((r) => ({
                name: r.name.trim(),
                position: r.position.trim() || null,
                organisation: r.organisation.trim() || null,
                present: r.present,
              })),
          },
        }),
      ),
    () => setSaved(true),
  );
  const change = (index: number, patch: Partial<AttendeeRow>) => {
    setSaved(false);
    setRows((old) => old.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  return (
    <Stack gap="xs" component="section" aria-label={t('response.kdn.attendance')}>
      <Title order={2} size="h4">
        {t('response.kdn.attendance')}
      </Title>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
        <Group key={index} align="flex-end" wrap="wrap" data-testid="attendee">
          <TextInput
            label={t('response.kdn.attendeeName', { n: index + 1 })}
            value={row.name}
            onChange={(e) => change(index, { name: e.currentTarget.value })}
            miw={220}
          />
          <TextInput
            label={t('response.kdn.attendeePosition', { n: index + 1 })}
            value={row.position}
            onChange={(e) => change(index, { position: e.currentTarget.value })}
            miw={180}
          />
          <TextInput
            label={t('response.kdn.attendeeOrganisation', { n: index + 1 })}
            value={row.organisation}
            onChange={(e) => change(index, { organisation: e.currentTarget.value })}
            miw={200}
          />
          <Checkbox
            label={t('response.kdn.present')}
            checked={row.present}
            onChange={(e) => change(index, { present: e.currentTarget.checked })}
            mb={8}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mb={4}
            aria-label={t('response.kdn.removeAttendee', { n: index + 1 })}
            onClick={() => setRows((old) => old.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            setRows((old) => [...old, { name: '', position: '', organisation: '', present: true }])
          }
        >
          {t('response.kdn.addAttendee')}
        </Button>
      </Group>
      <ErrorAlert error={record.error} />
      <Group>
        <Button loading={record.isPending} onClick={() => record.mutate('held')}>
          {t('response.kdn.recordHeld')}
        </Button>
        {hearing.status === 'scheduled' && (
          <Button variant="default" color="red" onClick={() => record.mutate('cancelled')}>
            {t('response.kdn.cancelHearing')}
          </Button>
        )}
        {saved && (
          <Text size="sm" c="teal.9" role="status">
            {t('response.kdn.recorded')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
