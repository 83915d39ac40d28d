import { Badge, Button, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { DoneNoteForm } from '../../components/done-note-form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDue, type ProtocolAction, STATUS_COLOURS, useResponseChange } from './response-data.ts';

/** What the server notes when another step did the action (a KDN decision, a school plan): not for people. */
const SYSTEM_NOTE = /^[a-z_]+:[0-9a-f-]{36}$/;

/** The state of an action as a badge: open, overdue, done, done late. */
export function ActionStatus({ status }: { status: ProtocolAction['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge tt="none" variant="light" color={STATUS_COLOURS[status]} data-testid="action-status">
      {t(`response.status.${status}`)}
    </Badge>
  );
}

/**
 * Protocol actions as a table: the rule, the organisation it is addressed to, what it must do, by when (in
 * Kazakhstan's time), and its state. The addressed organisation records what it did ("done", with a note).
 */
export function ProtocolActionsTable({
  actions,
  ownOrganisationId,
  caseColumn,
}: {
  actions: (ProtocolAction & { caseNumber?: string })[];
  ownOrganisationId: string;
  /** Renders the case column (the inbox shows it; the case page does not). */
  caseColumn?: (action: ProtocolAction & { caseNumber?: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('response.actions.title')} minWidth={820}>
      <Table striped verticalSpacing="xs" data-testid="protocol-actions">
        <Table.Thead>
          <Table.Tr>
            {caseColumn && <Table.Th>{t('response.actions.case')}</Table.Th>}
            <Table.Th>{t('response.actions.action')}</Table.Th>
            <Table.Th>{t('response.actions.organisation')}</Table.Th>
            <Table.Th>{t('response.actions.due')}</Table.Th>
            <Table.Th>{t('response.actions.status')}</Table.Th>
            <Table.Th>{t('response.actions.done')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <ActionRow
              key={action.id}
              action={action}
              mine={action.organisationId === ownOrganisationId}
              caseColumn={caseColumn}
            />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function ActionRow({
  action,
  mine,
  caseColumn,
}: {
  action: ProtocolAction & { caseNumber?: string };
  mine: boolean;
  caseColumn: ((action: ProtocolAction & { caseNumber?: string }) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [completing, setCompleting] = useState(false);
  const [note, setNote] = useState('');
  const done = useResponseChange(
    () =>
      unwrap(
        api.POST('/api/v1/protocol/actions/{actionId}/done', {
          params: { path: { actionId: action.id } },
          body: { note: note.trim() },
        }),
      ),
    () => setCompleting(false),
  );
  const open = !action.doneAt;
  const columns = caseColumn ? 6 : 5;
  return (
    <>
      <Table.Tr data-testid="protocol-action" data-rule={action.rule} data-status={action.status}>
        {caseColumn && <Table.Td>{caseColumn(action)}</Table.Td>}
        <Table.Td>
          <Text size="sm" fw={600}>
            {t(`protocol.action.${action.action}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('response.actions.rule', { rule: action.rule, version: action.protocolVersion })}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" data-testid="action-organisation">
            {action.organisation?.[language] ?? t('response.actions.unresolved')}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`orgType.${action.organisationType}`)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" data-testid="action-due">
            {formatDue(language, action.dueAt)}
          </Text>
          {action.escalatedAt && (
            <Text size="xs" c="red.9">
              {t('response.actions.escalated', { at: formatDateTime(language, action.escalatedAt) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td miw={150}>
          <ActionStatus status={action.status} />
        </Table.Td>
        <Table.Td>
          {action.doneAt ? (
            <Text size="xs">
              {formatDateTime(language, action.doneAt)}
              {action.doneNote && !SYSTEM_NOTE.test(action.doneNote) ? ` — ${action.doneNote}` : ''}
            </Text>
          ) : mine && open && !completing ? (
            <Button size="xs" variant="light" onClick={() => setCompleting(true)}>
              {t('response.actions.markDone')}
            </Button>
          ) : null}
        </Table.Td>
      </Table.Tr>
      {completing && (
        <Table.Tr>
          <Table.Td colSpan={columns}>
            <DoneNoteForm
              label={t('response.actions.whatWasDone')}
              submitLabel={t('response.actions.record')}
              field="note"
              value={note}
              onChange={setNote}
              mutation={done}
              onCancel={() => setCompleting(false)}
              icon
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
