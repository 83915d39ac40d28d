import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { FLAG_REASONS, type FlagReason } from '@qorgau/domain/cases/index';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CaseDetail, useCaseChange } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';
import type { CaseAbilities } from './case-page.tsx';
import { useColleagues } from './tasks-panel.tsx';

/** Who works the case (owner, assigned workers), how the reader relates to it, and the case's flags. */
export function TeamPanel({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const colleagues = useColleagues(detail.owner.organisationId, abilities.work);
  const [assignee, setAssignee] = useState<string | null>(null);
  const assign = useCaseChange(
    detail.id,
    (userId: string) =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/assignees', {
          params: { path: { caseId: detail.id } },
          body: { userId },
        }),
      ),
    () => setAssignee(null),
  );
  const unassign = useCaseChange(detail.id, (userId: string) =>
    unwrap(
      api.DELETE('/api/v1/cases/{caseId}/assignees/{userId}', {
        params: { path: { caseId: detail.id, userId } },
      }),
    ),
  );
  const removeFlag = useCaseChange(detail.id, (flagId: string) =>
    unwrap(
      api.DELETE('/api/v1/cases/{caseId}/flags/{flagId}', {
        params: { path: { caseId: detail.id, flagId } },
      }),
    ),
  );
  const assigned = new Set(detail.assignees.map((a) => a.userId));
  const choices = (colleagues.data?.items ?? []).filter(
    (u) => !assigned.has(u.id) && u.id !== detail.owner.userId,
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('cases.team.title')}
        </Title>
        <Stack gap="sm">
          <div>
            <Text size="xs" c="dimmed">
              {t('cases.owner')}
            </Text>
            <Text size="sm" fw={600} data-testid="owner">
              {detail.owner.organisation?.[language] ?? t('common.none')}
            </Text>
            <Text size="sm">{detail.owner.user ?? t('cases.team.noOwner')}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('cases.team.assignees')}
            </Text>
            {detail.assignees.length === 0 && <Text size="sm">{t('common.none')}</Text>}
            {detail.assignees.map((a) => (
              <Group key={a.userId} gap="xs">
                <Text size="sm">{a.name}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(language, a.assignedAt)}
                </Text>
                {abilities.work && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('cases.team.unassign', { name: a.name ?? '' })}
                    onClick={() => unassign.mutate(a.userId)}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </div>
          {abilities.work && choices.length > 0 && (
            <Group align="flex-end">
              <Select
                label={t('cases.team.assign')}
                data={choices.map((u) => ({ value: u.id, label: u.fullName }))}
                value={assignee}
                onChange={setAssignee}
                w={260}
              />
              <Button
                size="sm"
                disabled={!assignee}
                loading={assign.isPending}
                onClick={() => assignee && assign.mutate(assignee)}
              >
                {t('cases.team.assignButton')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={assign.error ?? unassign.error} />
          <div>
            <Text size="xs" c="dimmed">
              {t('cases.team.yourRelation')}
            </Text>
            <Group gap={4}>
              {detail.relations.map((r) => (
                <Badge tt="none" key={r} variant="light" color={r === 'break_glass' ? 'red' : 'blue'}>
                  {label('relation', r)}
                </Badge>
              ))}
            </Group>
          </div>
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('cases.flags.title')}
        </Title>
        <Stack gap="xs">
          {detail.flags.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('cases.flags.none')}
            </Text>
          )}
          {detail.flags.map((f) => (
            <Group key={f.id} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" fw={600}>
                  {label('flag', f.reason)}
                </Text>
                {f.note && <Text size="sm">{f.note}</Text>}
                <Text size="xs" c="dimmed">
                  {f.raisedBy} · {formatDateTime(language, f.raisedAt)}
                </Text>
              </div>
              {abilities.work && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('cases.flags.remove', { flag: label('flag', f.reason) })}
                  onClick={() => removeFlag.mutate(f.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
          <ErrorAlert error={removeFlag.error} />
          {abilities.work && <RaiseFlag detail={detail} />}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}

function RaiseFlag({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const raise = useCaseChange(
    detail.id,
    () =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/flags', {
          params: { path: { caseId: detail.id } },
          body: { reason: reason as FlagReason, note: note.trim() || null },
        }),
      ),
    () => {
      setReason(null);
      setNote('');
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    raise.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.flags.raise')}>
      <Stack gap="xs" mt="sm">
        <Select
          label={t('cases.flags.reason')}
          data={codeOptions(t, 'flag', FLAG_REASONS)}
          value={reason}
          onChange={setReason}
          error={fieldError(raise.error, 'reason')}
        />
        <Textarea
          label={t('cases.flags.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={raise.error} />
        <Group>
          <Button
            type="submit"
            size="sm"
            variant="light"
            color="orange"
            disabled={!reason}
            loading={raise.isPending}
          >
            {t('cases.flags.raise')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
