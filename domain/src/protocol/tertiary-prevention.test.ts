import { describe, expect, it } from 'vitest';
import { CONCERN_GROUPS } from '../cases/taxonomy.ts';
import {
  PREVENTION_PARTICIPANTS,
  TERTIARY_PREVENTION_TEMPLATES,
  tertiaryPreventionPlan,
} from './tertiary-prevention.ts';

describe('tertiary prevention in a school', () => {
  it('plans for the child, classmates, parents and staff after a suicide attempt, starting the same day', () => {
    const plan = tertiaryPreventionPlan(['self_harm_and_suicide'], '2026-03-02');
    expect(new Set(plan.map((a) => a.participant))).toEqual(
      new Set(['child', 'classmates', 'parents', 'staff']),
    );
    expect(plan[0]).toEqual({
      activity: 'safety_plan_with_child',
      participant: 'child',
      byDate: '2026-03-02',
      everyDays: null,
    });
    expect(plan.find((a) => a.activity === 'individual_psychological_support')).toMatchObject({
      byDate: '2026-03-03',
      everyDays: 7,
    });
  });

  it('works with the children who harmed as well after bullying', () => {
    const plan = tertiaryPreventionPlan(['peer_violence'], '2026-03-02');
    expect(plan.filter((a) => a.participant === 'involved_children').map((a) => a.activity)).toEqual([
      'work_with_children_who_harmed',
      'restorative_meeting',
    ]);
  });

  it('tells classmates nothing about violence in the child’s family', () => {
    for (const group of ['abuse', 'violence_witnessed'] as const) {
      expect(TERTIARY_PREVENTION_TEMPLATES[group].some((a) => a.participant === 'classmates')).toBe(false);
    }
  });

  it('lists an activity asked for by two groups once, by its earliest date and most frequent repeat', () => {
    const plan = tertiaryPreventionPlan(['violence_witnessed', 'abuse'], '2026-03-02');
    const support = plan.filter((a) => a.activity === 'individual_psychological_support');
    expect(support).toEqual([
      {
        activity: 'individual_psychological_support',
        participant: 'child',
        byDate: '2026-03-03',
        everyDays: 7,
      },
    ]);
  });

  it('has a template for every concern group, each with work for the child', () => {
    for (const group of CONCERN_GROUPS) {
      const template = TERTIARY_PREVENTION_TEMPLATES[group];
      expect(
        template.some((a) => a.participant === 'child'),
        group,
      ).toBe(true);
      for (const a of template) expect(PREVENTION_PARTICIPANTS).toContain(a.participant);
    }
  });
});
