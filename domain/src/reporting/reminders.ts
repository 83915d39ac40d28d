// Reminders about reports not yet submitted: some days before the due date, on the due date, and every
// few days once overdue — to the executor — and, after a grace period, one escalation to the executor's
// head and to the coordinator. One reminder covers all of an organisation's outstanding measures of the
// period, so an akimat with forty obligations gets one message, not forty.
//
// The function says what is due at `asOf`; a durable outbox sends it. Each reminder has a key built
// only from what it is about (period, organisation, due date, kind, stage, recipient), never from the
// clock, so running the job twice, or every hour, never sends the same reminder twice. Only the latest
// stage reached is returned: after an outage the job sends "1 day left", not every reminder it missed.
// A moved due date is a new key, and so a fresh round of reminders.

import { z } from 'zod';
import { daysBetween } from './calendar-days.ts';
import { dateInKazakhstan, type Instant } from './kz-time.ts';
import { submittedBy } from './timeliness.ts';

/** When reminders go out. */
export interface ReminderRule {
  /** Days before the due date to remind on, e.g. [7, 1]. */
  readonly daysBefore: readonly number[];
  readonly onDueDate: boolean;
  /** Once overdue, remind the executor on the first day and then every this many days. */
  readonly overdueEveryDays: number;
  /** Days overdue after which the executor's head and the coordinator are told. */
  readonly escalateAfterDays: number;
}

/** A week ahead, the day before, on the day, every three days overdue, escalated after five. */
export const DEFAULT_REMINDER_RULE: ReminderRule = {
  daysBefore: [7, 1],
  onDueDate: true,
  overdueEveryDays: 3,
  escalateAfterDays: 5,
};

/** A coordinator's reminder settings; repeated days are merged. */
export const reminderRuleSchema = z.strictObject({
  daysBefore: z
    .array(z.number().int().min(1).max(90))
    .max(10)
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  onDueDate: z.boolean(),
  overdueEveryDays: z.number().int().min(1).max(90),
  escalateAfterDays: z.number().int().min(1).max(365),
});

/** What a reminder says. */
export type ReminderKind = 'before' | 'due_today' | 'overdue' | 'escalation';

/** Who a reminder goes to, as a role the server resolves to people. */
export type ReminderRecipient = 'executor' | 'executor_head' | 'coordinator';

/** An obligation as reminders see it. */
export interface ReminderObligation {
  readonly organisationId: string;
  readonly measure: number;
  readonly invited: boolean;
  readonly reportDue: string;
  readonly firstSubmittedAt: Instant | null;
}

/** One message to send. */
export interface Reminder {
  /** Unique per message: the outbox sends a key once. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly recipient: ReminderRecipient;
  readonly periodId: string;
  readonly organisationId: string;
  readonly reportDue: string;
  /** Days left until the due date on the day of `asOf` in Kazakhstan; negative once overdue. */
  readonly daysLeft: number;
  /** The measures still without a report, in order. */
  readonly measures: readonly number[];
}

const keyOf = (parts: readonly (string | number)[]): string =>
  ['reminder', ...parts].map((p) => encodeURIComponent(String(p))).join(':');

/** The stage a group of outstanding obligations has reached on a day, as kind, stage and recipients. */
const stagesOn = (
  daysLeft: number,
  rule: ReminderRule,
): {
  readonly kind: ReminderKind;
  readonly stage: number;
  readonly recipients: readonly ReminderRecipient[];
}[] => {
  if (daysLeft > 0) {
    // The stage "n days before" has arrived once n >= days left; the nearest such stage is the latest.
    const reached = rule.daysBefore.filter((n) => n >= daysLeft);
    return reached.length === 0
      ? []
      : [{ kind: 'before', stage: Math.min(...reached), recipients: ['executor'] }];
  }
  if (daysLeft === 0)
    return rule.onDueDate ? [{ kind: 'due_today', stage: 0, recipients: ['executor'] }] : [];
  const overdue = -daysLeft;
  const stages: { kind: ReminderKind; stage: number; recipients: readonly ReminderRecipient[] }[] = [
    { kind: 'overdue', stage: Math.floor((overdue - 1) / rule.overdueEveryDays), recipients: ['executor'] },
  ];
  if (overdue >= rule.escalateAfterDays) {
    stages.push({ kind: 'escalation', stage: 0, recipients: ['executor_head', 'coordinator'] });
  }
  return stages;
};

/** The reminders due at `asOf` for a period's obligations; invited and already submitted ones are never chased. */
export const remindersDue = (input: {
  readonly periodId: string;
  readonly obligations: readonly ReminderObligation[];
  readonly rule: ReminderRule;
  readonly asOf: Instant;
}): Reminder[] => {
  const today = dateInKazakhstan(input.asOf);
  const outstanding = new Map<string, { organisationId: string; reportDue: string; measures: Set<number> }>();
  for (const o of input.obligations) {
    if (o.invited || submittedBy(o.firstSubmittedAt, input.asOf) !== null) continue;
    const group = keyOf([o.organisationId, o.reportDue]);
    const held = outstanding.get(group) ?? {
      organisationId: o.organisationId,
      reportDue: o.reportDue,
      measures: new Set(),
    };
    held.measures.add(o.measure);
    outstanding.set(group, held);
  }
  const reminders: Reminder[] = [];
  for (const { organisationId, reportDue, measures } of outstanding.values()) {
    const daysLeft = daysBetween(today, reportDue);
    for (const { kind, stage, recipients } of stagesOn(daysLeft, input.rule)) {
      for (const recipient of recipients) {
        reminders.push({
          key: keyOf([input.periodId, organisationId, reportDue, kind, stage, recipient]),
          kind,
          recipient,
          periodId: input.periodId,
          organisationId,
          reportDue,
          daysLeft,
          measures: [...measures].sort((a, b) => a - b),
        });
      }
    }
  }
  return reminders.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};
