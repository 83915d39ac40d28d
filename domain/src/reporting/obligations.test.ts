import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Executor } from '../roadmap/types.ts';
import { REGIONS } from '../territory/regions.ts';
import {
  deriveObligations,
  type ExecutorResolver,
  measureInPeriod,
  type ObligationMeasure,
  organisationsDuring,
} from './obligations.ts';

const Y2020 = { start: '2020-01-01', end: '2020-12-31', executorsDue: '2021-01-10' };
const Y2022 = { start: '2022-01-01', end: '2022-12-31', executorsDue: '2023-01-10' };

const executor = (code: string, lead = false, byAgreement = false): Executor => ({ code, lead, byAgreement });

const measure = (
  number: number,
  executors: Executor[],
  deadline: { start: string | null; end: string | null; dueDates?: string[] } = {
    start: '2020-07-01',
    end: '2020-12-31',
  },
): ObligationMeasure => ({
  number,
  section: 1,
  executors,
  deadline: { text: '', dueDates: deadline.dueDates ?? (deadline.end ? [deadline.end] : []), ...deadline },
});

// Ministries answer for themselves; the old Ministry of Education and Science for its successor today;
// ЖАО for the akimat of every region that existed during the period.
const resolver: ExecutorResolver = (code, period) => {
  if (code === 'ЖАО') {
    return organisationsDuring(period, REGIONS).map((r) => ({
      organisationId: `akimat-${r.code}`,
      regionCode: r.code,
    }));
  }
  if (code === 'БҒМ' || code === 'ОАМ') return [{ organisationId: 'enlightenment', regionCode: null }];
  if (['ІІМ', 'ДСМ', 'БП', 'ЖС'].includes(code)) return [{ organisationId: code, regionCode: null }];
  return [];
};

describe('obligations of a period', () => {
  it('give a ministry one obligation per measure and mark the lead', () => {
    const { obligations } = deriveObligations({
      measures: [measure(1, [executor('ІІМ', true), executor('ДСМ')])],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(obligations).toEqual([
      expect.objectContaining({
        measure: 1,
        organisationId: 'ІІМ',
        lead: true,
        invited: false,
        reportDue: '2021-01-10',
      }),
      expect.objectContaining({ measure: 1, organisationId: 'ДСМ', lead: false, invited: false }),
    ]);
  });

  it('give ЖАО one obligation per akimat: 17 in 2020, 20 in 2022 after the reform', () => {
    const m = measure(34, [executor('ЖАО', true)], { start: '2020-01-01', end: '2023-12-31' });
    const in2020 = deriveObligations({ measures: [m], period: Y2020, resolveExecutor: resolver }).obligations;
    const in2022 = deriveObligations({ measures: [m], period: Y2022, resolveExecutor: resolver }).obligations;
    expect(in2020).toHaveLength(17);
    expect(in2022).toHaveLength(20);
    expect(in2020.every((o) => o.lead && o.regionCode !== null)).toBe(true);
    expect(in2022.map((o) => o.regionCode)).toContain('100000000');
  });

  it('invite bodies named by agreement instead of obliging them', () => {
    const { obligations } = deriveObligations({
      measures: [
        measure(1, [executor('ІІМ', true), executor('БП', false, true), executor('ЖС', false, true)]),
      ],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(obligations.map((o) => [o.organisationId, o.invited])).toEqual([
      ['ІІМ', false],
      ['БП', true],
      ['ЖС', true],
    ]);
  });

  it('leave out measures whose deadline window misses the period', () => {
    const { obligations } = deriveObligations({
      measures: [measure(8, [executor('БҒМ', true)], { start: '2021-01-01', end: '2021-06-30' })],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(obligations).toEqual([]);
  });

  it('include a measure whose deadline could not be read, with a warning for the coordinator', () => {
    const result = deriveObligations({
      measures: [measure(9, [executor('БҒМ', true)], { start: null, end: null })],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(result.obligations).toHaveLength(1);
    expect(result.obligations[0]?.deliverableDue).toBeNull();
    expect(result.warnings).toEqual([{ measure: 9, code: 'deadline_unreadable' }]);
  });

  it('report a code nobody answers for instead of dropping it silently', () => {
    const result = deriveObligations({
      measures: [measure(2, [executor('БҒМ', true), executor('Еңбекмині'), executor('Еңбекмині')])],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(result.obligations).toHaveLength(1);
    expect(result.unresolved).toEqual([{ measure: 2, code: 'Еңбекмині' }]);
  });

  it('merge an organisation named twice, keeping lead and the stronger duty', () => {
    const { obligations } = deriveObligations({
      measures: [measure(5, [executor('ІІМ', true), executor('БҒМ', false, true), executor('ОАМ')])],
      period: Y2020,
      resolveExecutor: (code, period) =>
        code === 'ІІМ' ? [{ organisationId: 'enlightenment', regionCode: null }] : resolver(code, period),
    });
    expect(obligations).toEqual([
      expect.objectContaining({
        organisationId: 'enlightenment',
        codes: ['ІІМ', 'БҒМ', 'ОАМ'],
        lead: true,
        invited: false,
      }),
    ]);
  });

  it('warn when the lead takes part only by agreement, or when nobody is obliged', () => {
    const { warnings } = deriveObligations({
      measures: [
        measure(39, [executor('БП', true, true), executor('ІІМ')]),
        measure(19, [executor('ЖС', true, true)]),
        measure(20, []),
      ],
      period: Y2020,
      resolveExecutor: resolver,
    });
    expect(warnings).toEqual([
      { measure: 39, code: 'lead_invited' },
      { measure: 19, code: 'nobody_obliged' },
      { measure: 19, code: 'lead_invited' },
      { measure: 20, code: 'no_executors' },
    ]);
  });

  it('carry the deliverable’s own due date when it falls in the period', () => {
    const m = measure(36, [executor('БҒМ', true)], {
      start: '2020-12-01',
      end: '2021-12-31',
      dueDates: ['2020-12-31', '2021-12-31'],
    });
    expect(
      deriveObligations({ measures: [m], period: Y2020, resolveExecutor: resolver }).obligations[0]
        ?.deliverableDue,
    ).toBe('2020-12-31');
  });

  it('count an organisation that existed for part of the period as existing during it', () => {
    const abai = REGIONS.find((r) => r.code === '100000000');
    expect(abai && organisationsDuring({ start: '2022-01-01', end: '2022-06-30' }, [abai])).toHaveLength(1);
    expect(abai && organisationsDuring({ start: '2022-01-01', end: '2022-06-07' }, [abai])).toHaveLength(0);
  });

  const isoDay = fc
    .date({ min: new Date('2019-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const codes = ['ЖАО', 'БҒМ', 'ОАМ', 'ІІМ', 'ДСМ', 'БП', 'ЖС', 'Х'];
  const arbitraryMeasure = fc
    .record({
      executors: fc.array(fc.record({ code: fc.constantFrom(...codes), byAgreement: fc.boolean() }), {
        maxLength: 8,
      }),
      window: fc.option(fc.tuple(isoDay, isoDay), { nil: null }),
    })
    // Numbered 0 here; the property numbers the measures of each list.
    .map(({ executors, window }): ObligationMeasure => {
      const [a, b] = window ?? [null, null];
      const [start, end] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return measure(
        0,
        executors.map((e, k) => executor(e.code, k === 0, e.byAgreement)),
        { start, end },
      );
    });

  it('property: an obligation set never holds the same organisation twice for a measure', () => {
    fc.assert(
      fc.property(fc.array(arbitraryMeasure, { maxLength: 10 }), (measures) => {
        const numbered = measures.map((m, i) => ({ ...m, number: i + 1 }));
        const { obligations } = deriveObligations({
          measures: numbered,
          period: Y2020,
          resolveExecutor: resolver,
        });
        const keys = obligations.map((o) => `${o.measure}|${o.organisationId}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const o of obligations) {
          const m = numbered.find((x) => x.number === o.measure);
          expect(m && measureInPeriod(m.deadline, Y2020)).toBe(true);
        }
      }),
    );
  });
});
