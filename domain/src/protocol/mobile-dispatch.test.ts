import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alertDispatch,
  type Dispatch,
  dispatchEscalations,
  dispatchTransition,
  responseTimes,
} from './mobile-dispatch.ts';

const alerted = alertDispatch('m1', 'c1', '2026-03-02T18:00:00Z');
const step = (
  d: Dispatch,
  ...rest: Parameters<typeof dispatchTransition> extends [Dispatch, ...infer R] ? R : never
) => {
  const result = dispatchTransition(d, ...rest);
  if (!result.ok) throw new Error(result.refusal);
  return result.dispatch;
};

describe('mobile response group dispatch', () => {
  it('goes alerted → accepted → arrived → completed and measures each leg from the alert', () => {
    const accepted = step(alerted, { type: 'accept', userId: 'inspector' }, '2026-03-02T18:04:00Z');
    const arrived = step(accepted, { type: 'arrive' }, '2026-03-02T18:31:00Z');
    const completed = step(arrived, { type: 'complete' }, '2026-03-02T20:00:00Z');
    expect(responseTimes(completed)).toEqual({
      toAcceptMs: 4 * 60_000,
      toArriveMs: 31 * 60_000,
      totalMs: 120 * 60_000,
    });
    expect(responseTimes(alerted)).toEqual({ toAcceptMs: null, toArriveMs: null, totalMs: null });
  });

  it('refuses steps out of order, times running backwards, and a cancellation without a reason', () => {
    expect(dispatchTransition(alerted, { type: 'arrive' }, '2026-03-02T18:10:00Z')).toEqual({
      ok: false,
      refusal: 'wrong_status',
    });
    expect(dispatchTransition(alerted, { type: 'accept', userId: 'u' }, '2026-03-02T17:59:00Z')).toEqual({
      ok: false,
      refusal: 'time_before_previous',
    });
    expect(dispatchTransition(alerted, { type: 'cancel', reason: ' ' }, '2026-03-02T18:10:00Z')).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('escalates one level every 10 minutes nobody accepts, up to the last level', () => {
    expect(dispatchEscalations(alerted, '2026-03-02T18:09:59Z')).toEqual([]);
    expect(dispatchEscalations(alerted, '2026-03-02T18:20:00Z').map((e) => [e.level, e.at])).toEqual([
      [1, '2026-03-02T18:10:00.000Z'],
      [2, '2026-03-02T18:20:00.000Z'],
    ]);
    expect(dispatchEscalations(alerted, '2026-03-03T00:00:00Z').map((e) => e.key)).toEqual([
      'dispatch:m1:level:1',
      'dispatch:m1:level:2',
      'dispatch:m1:level:3',
    ]);
  });

  it('stops escalating once accepted, keeping the levels reached before', () => {
    const accepted = step(alerted, { type: 'accept', userId: 'u' }, '2026-03-02T18:15:00Z');
    expect(dispatchEscalations(accepted, '2026-03-03T00:00:00Z').map((e) => e.level)).toEqual([1]);
    const onTheDot = step(alerted, { type: 'accept', userId: 'u' }, '2026-03-02T18:10:00Z');
    expect(dispatchEscalations(onTheDot, '2026-03-03T00:00:00Z')).toEqual([]);
  });

  it('property: escalation levels only grow with time and never exceed the policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 30 }),
        (a, b, n) => {
          const at = (m: number) => new Date(Date.parse(alerted.alertedAt) + m * 60_000).toISOString();
          const policy = { escalateAfterMinutes: n, levels: 4 };
          const early = dispatchEscalations(alerted, at(Math.min(a, b)), policy).length;
          const late = dispatchEscalations(alerted, at(Math.max(a, b)), policy).length;
          expect(early).toBeLessThanOrEqual(late);
          expect(late).toBeLessThanOrEqual(4);
        },
      ),
    );
  });
});
