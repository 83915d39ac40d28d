import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompletenessFigures,
  completeness,
  completenessTrend,
  type ObligationProgress,
  obligationStatuses,
} from './completeness.ts';

const AS_OF = '2021-02-01T00:00:00Z';

const item = (extra: Partial<ObligationProgress>): ObligationProgress => ({
  measure: 34,
  section: 3,
  organisationId: 'akimat-35',
  regionCode: '350000000',
  invited: false,
  reportDue: '2021-01-10',
  firstSubmittedAt: null,
  acceptedAt: null,
  ...extra,
});

const items: ObligationProgress[] = [
  item({ firstSubmittedAt: '2021-01-09T10:00:00Z', acceptedAt: '2021-01-12T10:00:00Z' }),
  item({ organisationId: 'akimat-39', regionCode: '390000000', firstSubmittedAt: '2021-01-14T10:00:00Z' }),
  item({ organisationId: 'akimat-71', regionCode: '710000000' }),
  item({
    measure: 1,
    section: 1,
    organisationId: 'mvd',
    regionCode: null,
    firstSubmittedAt: '2021-01-10T12:00:00Z',
  }),
  item({
    measure: 1,
    section: 1,
    organisationId: 'prosecutor',
    regionCode: null,
    invited: true,
    firstSubmittedAt: '2021-01-20T00:00:00Z',
  }),
  item({ measure: 1, section: 1, organisationId: 'court', regionCode: null, invited: true }),
];

const FIGURES: readonly (keyof CompletenessFigures)[] = [
  'expected',
  'submitted',
  'accepted',
  'onTime',
  'late',
  'missing',
  'pending',
  'invited',
  'invitedSubmitted',
];

describe('completeness of a period', () => {
  it('counts expected, submitted, accepted, on time, late and missing, keeping invited bodies apart', () => {
    const c = completeness(items, AS_OF);
    expect({
      ...c,
      byExecutor: undefined,
      byRegion: undefined,
      bySection: undefined,
      byMeasure: undefined,
    }).toEqual({
      expected: 4,
      submitted: 3,
      accepted: 1,
      onTime: 2,
      late: 1,
      missing: 1,
      pending: 0,
      invited: 2,
      invitedSubmitted: 1,
      byExecutor: undefined,
      byRegion: undefined,
      bySection: undefined,
      byMeasure: undefined,
    });
  });

  it('breaks the figures down by executor with names, by region, by section and by measure', () => {
    const names: Record<string, string> = { 'akimat-35': 'Қарағанды облысының әкімдігі', mvd: 'ІІМ' };
    const c = completeness(items, AS_OF, (id) => names[id] ?? id);
    expect(c.byExecutor.find((e) => e.organisationId === 'akimat-35')).toMatchObject({
      name: 'Қарағанды облысының әкімдігі',
      expected: 1,
      submitted: 1,
      accepted: 1,
      onTime: 1,
      late: 0,
      missing: 0,
    });
    expect(c.byRegion.map((r) => [r.regionCode, r.expected, r.missing])).toEqual([
      ['350000000', 1, 0],
      ['390000000', 1, 0],
      ['710000000', 1, 1],
      [null, 1, 0],
    ]);
    expect(c.bySection.map((s) => [s.section, s.expected, s.invited])).toEqual([
      [1, 1, 2],
      [3, 3, 0],
    ]);
    expect(c.byMeasure.map((m) => [m.measure, m.late])).toEqual([
      [1, 0],
      [34, 1],
    ]);
  });

  it('shows everything as pending before the due date and counts an acceptance only from when it was given', () => {
    const early = completeness(items, '2021-01-05T00:00:00Z');
    expect([early.expected, early.pending, early.submitted, early.missing]).toEqual([4, 4, 0, 0]);
    const beforeAcceptance = completeness(items, '2021-01-11T00:00:00Z');
    expect([beforeAcceptance.submitted, beforeAcceptance.accepted]).toEqual([2, 0]);
  });

  it('lists each obligation with its standing for drill-down', () => {
    const statuses = obligationStatuses(items, AS_OF);
    expect(statuses.map((s) => s.status.timeliness)).toEqual([
      'on_time',
      'late',
      'missing',
      'on_time',
      'invited',
      'invited',
    ]);
  });

  it('draws the same figures for several periods', () => {
    const trend = completenessTrend(
      [
        { periodCode: '2020', items },
        { periodCode: '2021', items: [item({ reportDue: '2022-01-10' })] },
      ],
      AS_OF,
    );
    expect(trend.map((t) => [t.periodCode, t.expected, t.submitted, t.pending])).toEqual([
      ['2020', 4, 3, 0],
      ['2021', 1, 0, 1],
    ]);
  });

  const instant = fc.option(
    fc
      .integer({ min: Date.parse('2020-12-01T00:00:00Z'), max: Date.parse('2021-03-01T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString()),
    { nil: null },
  );
  const arbitraryItem = fc.record({
    measure: fc.integer({ min: 1, max: 5 }),
    section: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    organisationId: fc.constantFrom('a', 'b', 'c', 'd'),
    regionCode: fc.option(fc.constantFrom('350000000', '710000000'), { nil: null }),
    invited: fc.boolean(),
    reportDue: fc.constantFrom('2021-01-10', '2021-02-10'),
    firstSubmittedAt: instant,
    acceptedAt: instant,
  });
  const asOf = fc
    .integer({ min: Date.parse('2020-12-01T00:00:00Z'), max: Date.parse('2021-03-01T00:00:00Z') })
    .map((ms) => new Date(ms));

  it('property: every breakdown adds up to the totals, and the totals add up among themselves', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 40 }), asOf, (list, at) => {
        const c = completeness(list, at);
        for (const breakdown of [c.byExecutor, c.byRegion, c.bySection, c.byMeasure]) {
          for (const figure of FIGURES) {
            expect(
              breakdown.reduce((sum, row) => sum + row[figure], 0),
              figure,
            ).toBe(c[figure]);
          }
        }
        expect(c.expected).toBe(c.submitted + c.missing + c.pending);
        expect(c.submitted).toBe(c.onTime + c.late);
        expect(c.accepted).toBeLessThanOrEqual(c.submitted);
        expect(c.expected + c.invited).toBe(list.length);
      }),
    );
  });

  it('property: invited obligations never appear among the expected, late or missing', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 40 }), asOf, (list, at) => {
        const invited = list.map((i) => ({ ...i, invited: true }));
        const c = completeness(invited, at);
        expect([c.expected, c.late, c.missing, c.onTime, c.pending, c.submitted, c.accepted]).toEqual([
          0, 0, 0, 0, 0, 0, 0,
        ]);
        const withInvited = completeness([...list.filter((i) => !i.invited), ...invited], at);
        const without = completeness(
          list.filter((i) => !i.invited),
          at,
        );
        expect([withInvited.expected, withInvited.late, withInvited.missing]).toEqual([
          without.expected,
          without.late,
          without.missing,
        ]);
      }),
    );
  });
});
