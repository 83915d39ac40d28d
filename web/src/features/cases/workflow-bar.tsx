import { Badge, Button, Card, Group, Modal, Select, Stack, Stepper, Text, Textarea } from '@mantine/core';
import {
  APPROVAL_SUBJECTS,
  type ApprovalSubject,
  CASE_STAGES,
  CLOSURE_REASONS,
  type ClosureReason,
  type WorkflowCommand,
  type WorkflowCommandType,
} from '@qorgau/domain/cases/index';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type CaseDetail, useCaseChange, workflowOf } from './case-data.ts';
import { codeOptions, useCaseLabel } from './case-labels.ts';

type Allowed = { type: WorkflowCommandType; subject: ApprovalSubject | null };

/** Commands that need words from the person before they are sent. */
const NEEDS_TEXT: readonly WorkflowCommandType[] = ['approve', 'reject', 'request_closure', 'reopen'];

/**
 * Where the case stands in its life (registration → … → closed), what waits for approval, and a button for
 * each command the server says this person may give now — nothing else is offered.
 */
export function WorkflowBar({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const label = useCaseLabel();
  const language = currentLanguage();
  const workflow = workflowOf(detail);
  const [asking, setAsking] = useState<Allowed | null>(null);
  const run = useCaseChange(detail.id, (command: WorkflowCommand) =>
    unwrap(
      api.POST('/api/v1/cases/{caseId}/workflow', { params: { path: { caseId: detail.id } }, body: command }),
    ),
  );
  const allowed = detail.allowedCommands as Allowed[];
  const stageIndex = CASE_STAGES.indexOf(workflow.stage);
  const commandLabel = (c: Allowed) =>
    c.subject && c.type !== 'request_closure'
      ? `${label('command', c.type)}: ${label('approvalSubject', c.subject)}`
      : label('command', c.type);

  return (
    <Card withBorder padding="md" data-testid="workflow-bar">
      <Stack gap="sm">
        <Stepper active={stageIndex} size="xs" iconSize={24} allowNextStepsSelect={false} wrap>
          {CASE_STAGES.map((stage) => (
            <Stepper.Step key={stage} label={label('stage', stage)} />
          ))}
        </Stepper>
        <Text size="sm" data-testid="case-stage">
          {t('cases.workflow.current', { stage: label('stage', workflow.stage) })}
        </Text>
        {APPROVAL_SUBJECTS.map((subject) => {
          const approval = workflow.approvals[subject];
          if (!approval || approval.status === 'approved') return null;
          return (
            <Group key={subject} gap="xs" data-testid={`approval-${subject}`}>
              <Badge tt="none" variant="light" color={approval.status === 'pending' ? 'grape' : 'red'}>
                {label('approvalSubject', subject)}: {label('approvalStatus', approval.status)}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatDateTime(language, approval.decidedAt ?? approval.submittedAt)}
              </Text>
              {approval.comment && <Text size="sm">«{approval.comment}»</Text>}
            </Group>
          );
        })}
        {workflow.closure && workflow.stage !== 'closed' && (
          <Text size="sm">
            {t('cases.workflow.closureAsked', { reason: label('closure', workflow.closure.reason) })}
            {workflow.closure.comment ? ` — ${workflow.closure.comment}` : ''}
          </Text>
        )}
        {workflow.stage === 'closed' && workflow.closure && (
          <Text size="sm">
            {t('cases.workflow.closedBecause', { reason: label('closure', workflow.closure.reason) })}
          </Text>
        )}
        {allowed.length > 0 && (
          <Group gap="xs">
            {allowed.map((c) => (
              <Button
                key={`${c.type}-${c.subject ?? ''}`}
                size="sm"
                variant={c.type === 'approve' || c.type === 'submit' ? 'filled' : 'default'}
                loading={run.isPending && run.variables?.type === c.type}
                onClick={() =>
                  NEEDS_TEXT.includes(c.type)
                    ? setAsking(c)
                    : run.mutate(
                        c.type === 'submit'
                          ? { type: 'submit', subject: c.subject as 'assessment' | 'case_plan' }
                          : ({ type: c.type } as WorkflowCommand),
                      )
                }
              >
                {commandLabel(c)}
              </Button>
            ))}
          </Group>
        )}
        <ErrorAlert error={asking ? null : run.error} />
      </Stack>
      {asking && (
        <CommandDialog
          command={asking}
          title={commandLabel(asking)}
          pending={run.isPending}
          error={run.error}
          onClose={() => {
            setAsking(null);
            run.reset();
          }}
          onSend={(command) => run.mutate(command, { onSuccess: () => setAsking(null) })}
        />
      )}
    </Card>
  );
}

function CommandDialog({
  command,
  title,
  pending,
  error,
  onClose,
  onSend,
}: {
  command: Allowed;
  title: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onSend: (command: WorkflowCommand) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [reason, setReason] = useState<ClosureReason | null>(null);
  const subject = command.subject as ApprovalSubject;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const comment = text.trim();
    switch (command.type) {
      case 'approve':
        return onSend({ type: 'approve', subject, ...(comment ? { comment } : {}) });
      case 'reject':
        return onSend({ type: 'reject', subject, comment });
      case 'request_closure':
        if (!reason) return;
        return onSend({ type: 'request_closure', reason, ...(comment ? { comment } : {}) });
      case 'reopen':
        return onSend({ type: 'reopen', reason: comment });
    }
  };
  const textLabel =
    command.type === 'reopen'
      ? t('cases.workflow.reopenReason')
      : command.type === 'reject'
        ? t('cases.workflow.rejectComment')
        : t('cases.workflow.comment');
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {command.type === 'request_closure' && (
            <Select
              label={t('cases.workflow.closureReason')}
              required
              data={codeOptions(t, 'closure', CLOSURE_REASONS)}
              value={reason}
              onChange={(v) => setReason(v as ClosureReason | null)}
            />
          )}
          <Textarea
            label={textLabel}
            required={command.type === 'reject' || command.type === 'reopen'}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(error, 'comment') ?? fieldError(error, 'reason')}
            data-autofocus
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={command.type === 'request_closure' && !reason}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
