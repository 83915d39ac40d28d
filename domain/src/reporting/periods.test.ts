import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-days.ts';
import {
  effectiveRule,
  periodFor,
  periodFromCode,
  REPORTING_FREQUENCIES,
  type ReportingRule,
  reportingPeriods,
  reportingRuleSchema,
} from './periods.ts';

const YEARLY: ReportingRule = { frequency: 'year', executorsDueDay: 10, coordinatorDueDay: 25 };

describe('reporting periods', () => {
  it('gives the seed plan four yearly periods, executors due on 10 January and the Ministry on 25 January', () => {
    const periods = reportingPeriods({ from: 2020, to: 2023 }, YEARLY);
    expect(periods.map((p) => p.code)).toEqual(['2020', '2021', '2022', '2023']);
    expect(periods[0]).toEqual({
      code: '2020',
      frequency: 'year',
      year: 2020,
      part: 1,
      start: '2020-01-01',
      end: '2020-12-31',
      executorsDue: '2021-01-10',
      coordinatorDue: '2021-01-25',
    });
  });

  it('splits a year into halves and quarters with DHIS2 period codes', () => {
    const halves = reportingPeriods({ from: 2021, to: 2021 }, { ...YEARLY, frequency: 'half-year' });
    expect(halves.map((p) => [p.code, p.start, p.end, p.executorsDue])).toEqual([
      ['2021S1', '2021-01-01', '2021-06-30', '2021-07-10'],
      ['2021S2', '2021-07-01', '2021-12-31', '2022-01-10'],
    ]);
    const q3 = periodFor({ year: 2022, part: 3 }, { ...YEARLY, frequency: 'quarter' });
    expect([q3.code, q3.start, q3.end, q3.coordinatorDue]).toEqual([
      '2022Q3',
      '2022-07-01',
      '2022-09-30',
      '2022-10-25',
    ]);
  });

  it('moves a due day of 31 to the last day of a shorter month', () => {
    const january = periodFor(
      { year: 2021, part: 1 },
      { frequency: 'month', executorsDueDay: 30, coordinatorDueDay: 31 },
    );
    expect([january.code, january.executorsDue, january.coordinatorDue]).toEqual([
      '202101',
      '2021-02-28',
      '2021-02-28',
    ]);
  });

  it('finds a period by its code, and none for a code of another cycle', () => {
    expect(periodFromCode('2020', YEARLY)?.end).toBe('2020-12-31');
    expect(periodFromCode('2020S2', { ...YEARLY, frequency: 'half-year' })?.start).toBe('2020-07-01');
    expect(periodFromCode('2020Q1', YEARLY)).toBeNull();
    expect(periodFromCode('2020Q5', { ...YEARLY, frequency: 'quarter' })).toBeNull();
    expect(periodFromCode('twenty', YEARLY)).toBeNull();
  });

  it('refuses a part the year does not have', () => {
    expect(() => periodFor({ year: 2020, part: 3 }, { ...YEARLY, frequency: 'half-year' })).toThrow(
      RangeError,
    );
  });

  it('takes the plan’s own rule unless the coordinator overrides part of it', () => {
    const plan = { frequency: 'year' as const, executorsDueDay: 10, coordinatorDueDay: 25 };
    expect(effectiveRule(plan)).toEqual({ ok: true, rule: YEARLY });
    expect(effectiveRule(plan, { frequency: 'quarter', executorsDueDay: 5 })).toEqual({
      ok: true,
      rule: { frequency: 'quarter', executorsDueDay: 5, coordinatorDueDay: 25 },
    });
  });

  it('says which part of the rule is missing when the plan states none and nobody overrides it', () => {
    expect(effectiveRule(null)).toEqual({
      ok: false,
      missing: ['frequency', 'executorsDueDay', 'coordinatorDueDay'],
    });
    expect(effectiveRule({ frequency: null, executorsDueDay: 10, coordinatorDueDay: 25 })).toEqual({
      ok: false,
      missing: ['frequency'],
    });
  });

  it('accepts an override with days 1–31 and refuses day 0, day 32, a fraction and an unknown cycle', () => {
    expect(
      reportingRuleSchema.safeParse({ frequency: 'quarter', executorsDueDay: 1, coordinatorDueDay: 31 })
        .success,
    ).toBe(true);
    for (const bad of [
      { frequency: 'year', executorsDueDay: 0, coordinatorDueDay: 25 },
      { frequency: 'year', executorsDueDay: 10, coordinatorDueDay: 32 },
      { frequency: 'year', executorsDueDay: 10.5, coordinatorDueDay: 25 },
      { frequency: 'weekly', executorsDueDay: 10, coordinatorDueDay: 25 },
    ]) {
      expect(reportingRuleSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses an override where the coordinator would report before receiving the executors’ reports', () => {
    const result = reportingRuleSchema.safeParse({
      frequency: 'year',
      executorsDueDay: 25,
      coordinatorDueDay: 10,
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['coordinatorDueDay'],
        params: { i18n: 'reporting_rule.coordinator_before_executors' },
      }),
    ]);
  });

  const rule = fc.record({
    frequency: fc.constantFrom(...REPORTING_FREQUENCIES),
    executorsDueDay: fc.integer({ min: 1, max: 31 }),
    coordinatorDueDay: fc.integer({ min: 1, max: 31 }),
  });
  const plan = fc
    .tuple(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 0, max: 9 }))
    .map(([from, length]) => ({ from, to: from + length }));

  it('property: periods tile the plan’s years with no gap and no overlap', () => {
    fc.assert(
      fc.property(plan, rule, (years, r) => {
        const periods = reportingPeriods(years, r);
        expect(periods[0]?.start).toBe(`${years.from}-01-01`);
        expect(periods[periods.length - 1]?.end).toBe(`${years.to}-12-31`);
        for (let i = 1; i < periods.length; i++) {
          expect(periods[i]?.start).toBe(addDays(periods[i - 1]?.end ?? '', 1));
        }
        expect(new Set(periods.map((p) => p.code)).size).toBe(periods.length);
      }),
    );
  });

  it('property: both due dates fall after the period ends, in the following month', () => {
    fc.assert(
      fc.property(plan, rule, (years, r) => {
        for (const p of reportingPeriods(years, r)) {
          const nextMonth = addDays(p.end, 1).slice(0, 7);
          expect(p.executorsDue > p.end && p.coordinatorDue > p.end).toBe(true);
          expect(p.executorsDue.slice(0, 7)).toBe(nextMonth);
          expect(p.coordinatorDue.slice(0, 7)).toBe(nextMonth);
          expect(periodFromCode(p.code, r)).toEqual(p);
        }
      }),
    );
  });
});
