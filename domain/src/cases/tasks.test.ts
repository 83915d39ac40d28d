import { describe, expect, it } from 'vitest';
import { type CaseTask, dueReminders, taskStatus } from './tasks.ts';

const task: CaseTask = {
  key: 'k1',
  caseId: 'c1',
  kind: 'protocol.examine',
  assignee: { kind: 'organisation_type', organisationType: 'health_facility' },
  dueAt: '2026-03-03T05:00:00Z',
  remindHoursBefore: [24, 2],
  doneAt: null,
};

describe('case tasks', () => {
  it('are open, then due soon from the first reminder, then overdue from the due instant', () => {
    expect(taskStatus(task, '2026-03-02T04:00:00Z')).toBe('open');
    expect(taskStatus(task, '2026-03-02T05:00:00Z')).toBe('due_soon');
    expect(taskStatus(task, '2026-03-03T05:00:00Z')).toBe('overdue');
    expect(taskStatus({ ...task, doneAt: '2026-03-03T06:00:00Z' }, '2026-03-04T00:00:00Z')).toBe('done');
  });

  it('remind the day before and two hours before, each reminder once by key, and never when done', () => {
    expect(dueReminders([task], '2026-03-02T04:59:59Z')).toEqual([]);
    expect(dueReminders([task], '2026-03-03T03:30:00Z').map((r) => r.key)).toEqual([
      'reminder:k1:2026-03-02T05:00:00.000Z',
      'reminder:k1:2026-03-03T03:00:00.000Z',
    ]);
    expect(dueReminders([{ ...task, doneAt: '2026-03-02T06:00:00Z' }], '2026-03-03T03:30:00Z')).toEqual([]);
  });
});
