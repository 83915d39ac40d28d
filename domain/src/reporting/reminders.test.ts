import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_RULE,
  type ReminderObligation,
  type ReminderRule,
  reminderRuleSchema,
  remindersDue,
} from './reminders.ts';

const obligation = (extra: Partial<ReminderObligation> = {}): ReminderObligation => ({
  organisationId: 'akimat-35',
  measure: 34,
  invited: false,
  reportDue: '2021-01-10',
  firstSubmittedAt: null,
  ...extra,
});

// Noon in Kazakhstan on a day.
const on = (day: string) => `${day}T12:00:00+05:00`;

const due = (
  asOf: string,
  obligations: ReminderObligation[] = [obligation()],
  rule: ReminderRule = DEFAULT_REMINDER_RULE,
) => remindersDue({ periodId: 'p-2020', obligations, rule, asOf });

describe('reminders', () => {
  it('remind the executor a week before, the day before and on the due date', () => {
    expect(due(on('2021-01-02'))).toEqual([]);
    expect(due(on('2021-01-03')).map((r) => [r.kind, r.recipient, r.daysLeft])).toEqual([
      ['before', 'executor', 7],
    ]);
    expect(due(on('2021-01-09')).map((r) => [r.kind, r.key])).toEqual([
      ['before', 'reminder:p-2020:akimat-35:2021-01-10:before:1:executor'],
    ]);
    expect(due(on('2021-01-10')).map((r) => r.kind)).toEqual(['due_today']);
  });

  it('keep the same key through a stage, so the outbox sends it once', () => {
    const keys = ['2021-01-03', '2021-01-05', '2021-01-08'].map((d) => due(on(d))[0]?.key);
    expect(new Set(keys)).toEqual(new Set(['reminder:p-2020:akimat-35:2021-01-10:before:7:executor']));
  });

  it('remind every few days once overdue and escalate to the head and the coordinator after the grace period', () => {
    expect(due(on('2021-01-11')).map((r) => r.key)).toEqual([
      'reminder:p-2020:akimat-35:2021-01-10:overdue:0:executor',
    ]);
    expect(due(on('2021-01-14')).map((r) => r.key)).toEqual([
      'reminder:p-2020:akimat-35:2021-01-10:overdue:1:executor',
    ]);
    expect(due(on('2021-01-15')).map((r) => [r.kind, r.recipient])).toEqual([
      ['escalation', 'coordinator'],
      ['escalation', 'executor_head'],
      ['overdue', 'executor'],
    ]);
  });

  it('send one reminder per organisation listing all its outstanding measures', () => {
    const reminders = due(on('2021-01-09'), [
      obligation({ measure: 41 }),
      obligation({ measure: 34 }),
      obligation({ measure: 43, firstSubmittedAt: '2021-01-05T10:00:00Z' }),
      obligation({ organisationId: 'akimat-39', measure: 34 }),
    ]);
    expect(reminders.map((r) => [r.organisationId, r.measures])).toEqual([
      ['akimat-35', [34, 41]],
      ['akimat-39', [34]],
    ]);
  });

  it('never chase a body by agreement or a report already submitted', () => {
    expect(due(on('2021-01-20'), [obligation({ invited: true })])).toEqual([]);
    expect(due(on('2021-01-20'), [obligation({ firstSubmittedAt: '2021-01-19T10:00:00Z' })])).toEqual([]);
  });

  it('send only the latest stage after an outage, and a fresh round when the due date moves', () => {
    expect(
      due(on('2021-01-09'), [obligation()], { ...DEFAULT_REMINDER_RULE, daysBefore: [14, 7, 3] }).map(
        (r) => r.key,
      ),
    ).toEqual(['reminder:p-2020:akimat-35:2021-01-10:before:3:executor']);
    expect(due(on('2021-01-09'), [obligation({ reportDue: '2021-01-20' })])).toEqual([]);
    expect(due(on('2021-01-13'), [obligation({ reportDue: '2021-01-20' })]).map((r) => r.key)).toEqual([
      'reminder:p-2020:akimat-35:2021-01-20:before:7:executor',
    ]);
  });

  it('read reminder settings, merging repeated days and refusing a zero interval', () => {
    expect(
      reminderRuleSchema.parse({
        daysBefore: [1, 7, 7],
        onDueDate: false,
        overdueEveryDays: 2,
        escalateAfterDays: 10,
      }),
    ).toEqual({ daysBefore: [7, 1], onDueDate: false, overdueEveryDays: 2, escalateAfterDays: 10 });
    expect(reminderRuleSchema.safeParse({ ...DEFAULT_REMINDER_RULE, overdueEveryDays: 0 }).success).toBe(
      false,
    );
  });

  const rule = fc.record({
    daysBefore: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
    onDueDate: fc.boolean(),
    overdueEveryDays: fc.integer({ min: 1, max: 10 }),
    escalateAfterDays: fc.integer({ min: 1, max: 20 }),
  });
  const obligations = fc.array(
    fc.record({
      organisationId: fc.constantFrom('a', 'b:c', 'd'),
      measure: fc.integer({ min: 1, max: 70 }),
      invited: fc.boolean(),
      reportDue: fc.constantFrom('2021-01-10', '2021-01-25'),
      firstSubmittedAt: fc.option(fc.constantFrom('2021-01-05T00:00:00Z', '2021-01-12T00:00:00Z'), {
        nil: null,
      }),
    }),
    { maxLength: 20 },
  );
  const day = fc
    .integer({ min: 0, max: 60 })
    .map((n) => new Date(Date.UTC(2020, 11, 15 + n, 7)).toISOString());

  it('property: keys are unique in one run and the same when the job runs again', () => {
    fc.assert(
      fc.property(obligations, rule, day, (list, r, asOf) => {
        const first = remindersDue({ periodId: 'p', obligations: list, rule: r, asOf });
        const again = remindersDue({ periodId: 'p', obligations: [...list].reverse(), rule: r, asOf });
        expect(new Set(first.map((x) => x.key)).size).toBe(first.length);
        expect(again.map((x) => x.key)).toEqual(first.map((x) => x.key));
      }),
    );
  });

  it('property: run daily with an outbox, each stage is sent at most once and no message repeats', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const sent: string[] = [];
        const outbox = new Set<string>();
        for (let n = 0; n < 90; n++) {
          const asOf = new Date(Date.UTC(2020, 11, 1 + n, 7)).toISOString();
          for (const reminder of remindersDue({
            periodId: 'p',
            obligations: [obligation()],
            rule: r,
            asOf,
          })) {
            if (!outbox.has(reminder.key)) {
              outbox.add(reminder.key);
              sent.push(reminder.key);
            }
          }
        }
        const kinds = sent.map((k) => k.split(':')[4]);
        expect(kinds.filter((k) => k === 'before')).toHaveLength(r.daysBefore.length);
        expect(kinds.filter((k) => k === 'due_today')).toHaveLength(r.onDueDate ? 1 : 0);
        expect(kinds.filter((k) => k === 'escalation')).toHaveLength(2);
        // Overdue from 11 January to 28 February, the last day run: 49 days, one reminder every n.
        expect(kinds.filter((k) => k === 'overdue')).toHaveLength(Math.ceil(49 / r.overdueEveryDays));
      }),
    );
  });
});
