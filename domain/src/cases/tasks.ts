import type { OrganisationType } from '../identity/organisation.ts';
import { HOUR_MS, instantMs, isoInstant } from './instant.ts';

/*
 * Tasks on a case: something to do by a due instant, for a person, an organisation, or a kind of
 * organisation still to be resolved by the case's territory (the protocol and KDN decisions name kinds).
 * Reminders fire a given number of hours before the due instant; each has a key so it is sent once.
 */

/** Who a task is for. */
export type TaskAssignee =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'organisation'; readonly organisationId: string }
  | { readonly kind: 'organisation_type'; readonly organisationType: OrganisationType };

export interface CaseTask {
  /** Stable key: a task generated twice from the same source is the same task. */
  readonly key: string;
  readonly caseId: string;
  /** A code the UI labels ("kdn.verify_fine_paid", "protocol.examine"). */
  readonly kind: string;
  readonly assignee: TaskAssignee;
  readonly dueAt: string;
  readonly remindHoursBefore: readonly number[];
  readonly doneAt: string | null;
}

/** Reminders by default: a day before, and two hours before. */
export const DEFAULT_REMINDER_HOURS: readonly number[] = [24, 2];

export const TASK_STATUSES = ['open', 'due_soon', 'overdue', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A task's status as of an instant: due soon once the first reminder is due, overdue from the due instant. */
export function taskStatus(task: CaseTask, asOf: string): TaskStatus {
  if (task.doneAt) return 'done';
  const left = instantMs(task.dueAt) - instantMs(asOf);
  if (left <= 0) return 'overdue';
  const earliest = Math.max(0, ...task.remindHoursBefore);
  return left <= earliest * HOUR_MS ? 'due_soon' : 'open';
}

/** A reminder that is due. */
export interface TaskReminder {
  readonly taskKey: string;
  readonly at: string;
  readonly key: string;
}

/** The reminders of open tasks that are due as of an instant (the server sends those whose key it has not sent). */
export function dueReminders(tasks: readonly CaseTask[], asOf: string): TaskReminder[] {
  const now = instantMs(asOf);
  return tasks.flatMap((task) => {
    if (task.doneAt) return [];
    const due = instantMs(task.dueAt);
    return task.remindHoursBefore
      .map((hours) => due - hours * HOUR_MS)
      .filter((at) => at <= now && now < due)
      .map((at) => ({
        taskKey: task.key,
        at: isoInstant(at),
        key: `reminder:${task.key}:${isoInstant(at)}`,
      }));
  });
}
