import { describe, expect, it } from 'vitest';
import { KDN_DECISION_TASKS, KDN_DECISION_TYPES, KDN_TASK_KINDS, kdnDecisionTasks } from './kdn.ts';

describe('KDN decisions', () => {
  it('turn a fine on the parents into handing over the decision and a check that it was paid after 40 days', () => {
    const tasks = kdnDecisionTasks({
      id: 'd1',
      caseId: 'c1',
      type: 'fine_on_parents',
      decidedAt: '2026-03-02T09:00:00Z',
      regionCode: '350000000',
    });
    expect(tasks.map((t) => [t.kind, t.assignee, t.dueAt])).toEqual([
      [
        'kdn.hand_decision_to_family',
        { kind: 'organisation_type', organisationType: 'kdn' },
        '2026-03-05T19:00:00.000Z',
      ],
      [
        'kdn.check_fine_paid',
        { kind: 'organisation_type', organisationType: 'kdn' },
        '2026-04-11T19:00:00.000Z',
      ],
    ]);
    expect(tasks[0]?.key).toBe('kdn:d1:kdn.hand_decision_to_family:kdn');
  });

  it('create no task on dismissal, and a report back to the commission for ongoing measures', () => {
    const decision = { id: 'd', caseId: 'c', decidedAt: '2026-03-02T09:00:00Z', regionCode: null };
    expect(kdnDecisionTasks({ ...decision, type: 'dismissal' })).toEqual([]);
    expect(
      kdnDecisionTasks({ ...decision, type: 'referral_to_rehabilitation' }).map((t) => t.kind),
    ).toContain('kdn.report_execution');
  });

  it('cover every decision type, with positive periods and unique task keys', () => {
    for (const type of KDN_DECISION_TYPES) {
      const templates = KDN_DECISION_TASKS[type];
      for (const t of templates) expect(t.withinDays).toBeGreaterThan(0);
      const tasks = kdnDecisionTasks({
        id: 'd',
        caseId: 'c',
        type,
        decidedAt: '2026-03-02T09:00:00Z',
        regionCode: null,
      });
      expect(new Set(tasks.map((t) => t.key)).size).toBe(tasks.length);
    }
    expect(KDN_TASK_KINDS.length).toBeGreaterThan(5);
  });
});
