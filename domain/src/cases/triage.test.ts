import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from './taxonomy.ts';
import {
  DEFAULT_RESPONSE_TIME_TARGETS,
  responseDeadline,
  responseTimeTargetsSchema,
  triageBreachAlerts,
  triageClock,
} from './triage.ts';

const recordedAt = '2026-03-02T05:00:00.000Z';

describe('the triage clock', () => {
  it('gives the issue’s default targets: 2 hours, 24 hours, 3 days, 7 days', () => {
    expect(RISK_LEVELS.map((level) => responseDeadline(level, recordedAt))).toEqual([
      '2026-03-02T07:00:00.000Z',
      '2026-03-03T05:00:00.000Z',
      '2026-03-05T05:00:00.000Z',
      '2026-03-09T05:00:00.000Z',
    ]);
  });

  it('runs within, then due soon in the last quarter, then breached at the deadline', () => {
    const facts = { riskLevel: 'immediate' as const, recordedAt };
    expect(triageClock(facts, '2026-03-02T05:30:00Z')).toMatchObject({
      status: 'within',
      remainingMs: 90 * 60_000,
    });
    expect(triageClock(facts, '2026-03-02T06:30:00Z')).toMatchObject({
      status: 'due_soon',
      remainingMs: 30 * 60_000,
    });
    expect(triageClock(facts, '2026-03-02T07:00:00Z')).toMatchObject({ status: 'breached', overdueMs: 0 });
    expect(triageClock(facts, '2026-03-02T08:15:00Z')).toMatchObject({
      status: 'breached',
      overdueMs: 75 * 60_000,
    });
  });

  it('stops at first contact, remembering whether it was late', () => {
    const onTime = triageClock(
      { riskLevel: 'high', recordedAt, firstContactAt: '2026-03-02T20:00:00Z' },
      '2026-03-10T00:00:00Z',
    );
    expect(onTime).toMatchObject({ status: 'met', late: false, overdueMs: 0 });
    const late = triageClock(
      { riskLevel: 'immediate', recordedAt, firstContactAt: '2026-03-02T08:00:00Z' },
      '2026-03-02T09:00:00Z',
    );
    expect(late).toMatchObject({ status: 'met', late: true, overdueMs: 3_600_000 });
  });

  it('uses an installation’s own targets', () => {
    const targets = { ...DEFAULT_RESPONSE_TIME_TARGETS, immediate: 1 };
    expect(triageClock({ riskLevel: 'immediate', recordedAt }, recordedAt, { targets }).deadline).toBe(
      '2026-03-02T06:00:00.000Z',
    );
  });

  it('refuses configured targets that give a more urgent level more time', () => {
    const result = responseTimeTargetsSchema.safeParse({ immediate: 48, high: 24, medium: 72, low: 168 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { i18n: 'validation.response_targets_order' } });
  });

  it('alerts the supervisor about breached cases only, most overdue first, each with a stable key', () => {
    const alerts = triageBreachAlerts(
      [
        { caseId: 'a', riskLevel: 'high', recordedAt: '2026-03-01T00:00:00Z' },
        { caseId: 'b', riskLevel: 'immediate', recordedAt: '2026-03-02T00:00:00Z' },
        {
          caseId: 'c',
          riskLevel: 'immediate',
          recordedAt: '2026-03-02T00:00:00Z',
          firstContactAt: '2026-03-02T05:00:00Z',
        },
        { caseId: 'd', riskLevel: 'low', recordedAt: '2026-03-02T00:00:00Z' },
      ],
      '2026-03-02T06:00:00Z',
    );
    expect(alerts.map((a) => a.caseId)).toEqual(['a', 'b']);
    expect(alerts[1]?.key).toBe('triage-breach:b:2026-03-02T02:00:00.000Z');
  });

  it('property: a more urgent risk level never has a later deadline, for any valid targets', () => {
    const targets = fc
      .array(fc.integer({ min: 1, max: 24 * 30 }), { minLength: 4, maxLength: 4 })
      .map((hours) => [...hours].sort((a, b) => a - b))
      .map(([immediate = 1, high = 1, medium = 1, low = 1]) => ({ immediate, high, medium, low }));
    const instant = fc.date({
      min: new Date('2000-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(targets, instant, (t, at) => {
        expect(responseTimeTargetsSchema.safeParse(t).success).toBe(true);
        const deadlines = RISK_LEVELS.map((level) =>
          Date.parse(responseDeadline(level, at.toISOString(), t)),
        );
        for (let i = 1; i < deadlines.length; i++)
          expect(deadlines[i - 1]).toBeLessThanOrEqual(deadlines[i] ?? 0);
        for (const d of deadlines) expect(d).toBeGreaterThan(at.getTime());
      }),
    );
  });
});
