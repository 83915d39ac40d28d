import { Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { DoneNoteForm } from '../../components/done-note-form.tsx';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage, i18n } from '../../i18n/index.ts';
import { type CaseDetail, useCaseChange } from './case-data.ts';
import type { CaseAbilities } from './case-page.tsx';
import { kzLocalInput, kzLocalInputToIso } from './case-time.ts';

type Task = CaseDetail['tasks'][number];

/** The workers of the owning organisation, for assigning; people who may not list them simply get no choice. */
export function useColleagues(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'colleagues', organisationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/users', { params: { query: { organisationId, active: 'true', limit: 100 } } })),
    enabled,
    retry: false,
  });
}

/** Tasks with due dates: overdue ones stand out; the owning organisation completes them with a result. */
export function TasksPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const open = detail.tasks.filter((task) => !task.doneAt);
  const done = detail.tasks.filter((task) => task.doneAt);
  // A task addressed to an organisation (a KDN decision's, a protocol action's) is that organisation's to
  // complete; any other is the owning organisation's.
  const mayComplete = (task: Task) =>
    abilities.contribute &&
    abilities.me.organisation.id === (task.assigneeOrganisationId ?? detail.owner.organisationId);
  return (
    <Stack gap="md">
      {abilities.work && <AddTask detail={detail} />}
      <Stack gap="xs" component="section" aria-label={t('cases.tasks.open')}>
        <Text fw={600}>{t('cases.tasks.open')}</Text>
        {open.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('cases.tasks.noneOpen')}
          </Text>
        )}
        {open.map((task) => (
          <TaskCard
            key={task.id}
            caseId={detail.id}
            task={task}
            mayComplete={mayComplete(task)}
            ownerOrganisationId={detail.owner.organisationId}
          />
        ))}
      </Stack>
      {done.length > 0 && (
        <Stack gap="xs" component="section" aria-label={t('cases.tasks.done')}>
          <Text fw={600}>{t('cases.tasks.done')}</Text>
          {done.map((task) => (
            <TaskCard
              key={task.id}
              caseId={detail.id}
              task={task}
              mayComplete={false}
              ownerOrganisationId={detail.owner.organisationId}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function TaskCard({
  caseId,
  task,
  mayComplete,
  ownerOrganisationId,
}: {
  caseId: string;
  task: Task;
  mayComplete: boolean;
  ownerOrganisationId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [completing, setCompleting] = useState(false);
  const [result, setResult] = useState('');
  const complete = useCaseChange(caseId, () =>
    unwrap(
      api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/complete', {
        params: { path: { caseId, taskId: task.id } },
        body: { result: result.trim() },
      }),
    ),
  );
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="task"
      data-overdue={task.overdue}
      style={task.overdue ? { borderColor: 'var(--mantine-color-red-8)', borderLeftWidth: 4 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {task.kind && i18n.exists(`task.${task.kind}`)
              ? t(`task.${task.kind}` as 'task.kdn.check_fine_paid')
              : task.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t('cases.tasks.due', { at: formatDateTime(language, task.dueAt) })}
            {task.assignee ? ` · ${task.assignee}` : ''}
            {task.assigneeOrganisation && task.assigneeOrganisationId !== ownerOrganisationId
              ? ` · ${task.assigneeOrganisation[language]}`
              : ''}
          </Text>
        </Stack>
        {task.doneAt ? (
          <Badge
            tt="none"
            color="teal"
            variant="light"
            leftSection={<IconCircleCheck size={12} aria-hidden />}
          >
            {t('case.task.done')}
          </Badge>
        ) : task.overdue ? (
          <Badge tt="none" color="red" variant="light">
            {t('case.task.overdue')}
          </Badge>
        ) : (
          <Badge tt="none" color="blue" variant="light">
            {t('case.task.open')}
          </Badge>
        )}
      </Group>
      {task.result && (
        <Text size="sm" mt="xs">
          {t('cases.tasks.result')}: {task.result}
          {task.doneAt ? ` (${formatDateTime(language, task.doneAt)})` : ''}
        </Text>
      )}
      {mayComplete && !task.doneAt && !completing && (
        <Button size="xs" variant="light" mt="xs" onClick={() => setCompleting(true)}>
          {t('cases.tasks.complete')}
        </Button>
      )}
      {completing && (
        <DoneNoteForm
          label={t('cases.tasks.whatWasDone')}
          submitLabel={t('cases.tasks.markDone')}
          field="result"
          value={result}
          onChange={setResult}
          mutation={complete}
          onCancel={() => setCompleting(false)}
        />
      )}
    </Card>
  );
}

function AddTask({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueAt, setDueAt] = useState(() => kzLocalInput(Date.now() + 3 * 86_400_000));
  const [assignee, setAssignee] = useState<string | null>(null);
  const colleagues = useColleagues(detail.owner.organisationId, true);
  const add = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/tasks', {
          params: { path: { caseId: detail.id } },
          body: { title: title.trim(), dueAt: kzLocalInputToIso(dueAt) ?? dueAt, assigneeUserId: assignee },
        }),
      ),
    () => {
      setTitle('');
      setAssignee(null);
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
          <Text fw={600}>{t('cases.tasks.add')}</Text>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t('cases.tasks.title')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(add.error, 'title')}
              style={{ flex: 1 }}
              miw={240}
            />
            <TextInput
              type="datetime-local"
              label={t('cases.tasks.dueAt')}
              required
              value={dueAt}
              onChange={(e) => setDueAt(e.currentTarget.value)}
              error={fieldError(add.error, 'dueAt')}
            />
            {colleagues.data && (
              <Select
                label={t('cases.tasks.assignee')}
                data={colleagues.data.items.map((u) => ({ value: u.id, label: u.fullName }))}
                value={assignee}
                onChange={setAssignee}
                clearable
                placeholder={t('cases.tasks.organisationTask')}
                miw={220}
              />
            )}
          </Group>
          <ErrorAlert error={add.error} />
          <Group>
            <Button
              type="submit"
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={add.isPending}
            >
              {t('cases.tasks.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
