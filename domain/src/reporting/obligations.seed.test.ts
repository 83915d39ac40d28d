/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../roadmap/index.ts';
import { existsDuring, REGIONS } from '../territory/regions.ts';
import { deriveObligations, type ExecutorResolver } from './obligations.ts';
import { effectiveRule, periodFor } from './periods.ts';

const plan = parsePlan(readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8'));

// A fixture directory: each ministry code is one organisation (БҒМ is the Ministry of Enlightenment,
// which answers for child protection today), ЖАО is every akimat whose region existed during the period,
// and the bodies by agreement (БП, ЖС, ЖББ) are organisations too — the plan's flag makes them invited.
const MINISTRIES: Readonly<Record<string, string>> = {
  БҒМ: 'ministry-of-enlightenment',
  ІІМ: 'ministry-of-internal-affairs',
  АҚДМ: 'ministry-of-culture-and-information',
  ИИДМ: 'ministry-of-industry-and-construction',
  ДСМ: 'ministry-of-health',
  Еңбекмині: 'ministry-of-labour',
  ҰЭМ: 'ministry-of-national-economy',
  Қаржымині: 'ministry-of-finance',
  МСМ: 'ministry-of-culture-and-sports',
  БП: 'prosecutor-general',
  'БП ҚСАЕАК': 'legal-statistics-committee',
  ЖС: 'supreme-court',
  ЖББ: 'world-bank-project-team',
};
const resolver: ExecutorResolver = (code, period) => {
  if (code === 'ЖАО') {
    return REGIONS.filter((r) => existsDuring(r, period.start, period.end)).map((r) => ({
      organisationId: `akimat-${r.code}`,
      regionCode: r.code,
    }));
  }
  const id = MINISTRIES[code];
  return id === undefined ? [] : [{ organisationId: id, regionCode: null }];
};

// The executors of every measure whose deadline meets 2020, copied by hand from the English reading
// aid of the resolution (not from the parser), "*" marking a body by agreement. Measures 8–12, 20–31,
// 39 and 64–67 start in 2021 or later and are not in the 2020 period.
const EXECUTORS_2020: Readonly<Record<number, string>> = {
  1: 'ІІМ БҒМ АҚДМ ИИДМ ДСМ БП* ЖС*',
  2: 'БҒМ ҰЭМ ДСМ Еңбекмині',
  3: 'БҒМ ІІМ ДСМ Еңбекмині АҚДМ ЖАО',
  4: 'БҒМ Қаржымині ҰЭМ ЖАО',
  5: 'БҒМ',
  6: 'ДСМ БҒМ ЖАО',
  7: 'ЖАО БҒМ ІІМ',
  13: 'АҚДМ БҒМ',
  14: 'БҒМ ІІМ',
  15: 'БҒМ ЖАО',
  16: 'БҒМ ЖАО Еңбекмині ДСМ ІІМ',
  17: 'БҒМ ДСМ ІІМ Еңбекмині ЖАО',
  18: 'БҒМ ІІМ АҚДМ МСМ ИИДМ ДСМ Қаржымині ҰЭМ ЖАО',
  19: 'БҒМ ЖББ*',
  32: 'БҒМ ІІМ ДСМ Еңбекмині ЖАО',
  33: 'АҚДМ ІІМ ЖАО',
  34: 'ЖАО',
  35: 'ЖАО',
  36: 'БҒМ ДСМ Еңбекмині ЖАО',
  37: 'ЖАО БҒМ',
  38: 'БҒМ ДСМ',
  40: 'БҒМ',
  41: 'ЖАО БҒМ',
  42: 'ЖАО БҒМ',
  43: 'ЖАО',
  44: 'БҒМ ЖАО',
  45: 'ЖАО БҒМ',
  46: 'ЖАО БҒМ',
  47: 'ЖАО БҒМ ІІМ ДСМ',
  48: 'ІІМ ЖАО БҒМ',
  49: 'ЖАО БҒМ ІІМ',
  50: 'ЖАО БҒМ ІІМ',
  51: 'ЖАО ІІМ',
  52: 'ЖАО ІІМ',
  53: 'ЖАО БҒМ ІІМ',
  54: 'ЖАО БҒМ ІІМ',
  55: 'ЖАО БҒМ',
  56: 'ІІМ ЖАО БҒМ',
  57: 'ЖАО ІІМ',
  58: 'БҒМ ІІМ Еңбекмині',
  59: 'АҚДМ ЖАО',
  60: 'АҚДМ БҒМ ЖАО',
  61: 'ЖАО ІІМ',
  62: 'ЖАО БҒМ',
  63: 'ЖАО ІІМ БҒМ',
  68: 'ЖАО ІІМ БҒМ ДСМ АҚДМ',
  69: 'ЖАО',
  70: 'БҒМ',
};

// Expected per measure: 17 for ЖАО (the 14 regions and 3 cities of 2020), 1 per other body not by agreement.
const AKIMATS_2020 = 17;
const expectedOf = (cell: string): number =>
  cell
    .split(' ')
    .filter((c) => !c.endsWith('*'))
    .reduce((sum, c) => sum + (c === 'ЖАО' ? AKIMATS_2020 : 1), 0);
const invitedOf = (cell: string): number => cell.split(' ').filter((c) => c.endsWith('*')).length;

describe('the 2020 period of the seed roadmap', () => {
  const rule = effectiveRule(plan.reporting);
  if (!rule.ok) throw new Error('the seed states its reporting rule');
  const period = periodFor({ year: 2020 }, rule.rule);
  const { obligations, unresolved, warnings } = deriveObligations({
    measures: plan.measures,
    period,
    resolveExecutor: resolver,
  });

  it('opens 2020 with executors due on 10 January 2021 and the Ministry on 25 January', () => {
    expect(period).toMatchObject({
      start: '2020-01-01',
      end: '2020-12-31',
      executorsDue: '2021-01-10',
      coordinatorDue: '2021-01-25',
    });
  });

  it('covers the 48 measures whose deadline meets 2020: 7, 7, 7, 24 and 3 in the five sections', () => {
    const measures = [...new Set(obligations.map((o) => o.measure))];
    expect(measures).toEqual(Object.keys(EXECUTORS_2020).map(Number));
    const perSection = [1, 2, 3, 4, 5].map(
      (s) => new Set(obligations.filter((o) => o.section === s).map((o) => o.measure)).size,
    );
    expect(perSection).toEqual([7, 7, 7, 24, 3]);
  });

  it('creates 745 obligations: 742 expected and 3 invited', () => {
    // 38 of the 48 measures name ЖАО: 38 × 17 akimats = 646. The other bodies not by agreement are named
    // 96 times (22 in section I, 22 in II, 12 in III, 35 in IV, 5 in V): 646 + 96 = 742 expected. By agreement:
    // БП and ЖС on measure 1 and ЖББ on measure 19, 3 invited. Total 745.
    const cells = Object.values(EXECUTORS_2020);
    expect(cells.filter((c) => c.split(' ').includes('ЖАО'))).toHaveLength(38);
    expect(cells.reduce((sum, c) => sum + expectedOf(c), 0)).toBe(742);
    expect(obligations.filter((o) => !o.invited)).toHaveLength(742);
    expect(obligations.filter((o) => o.invited).map((o) => [o.measure, o.organisationId])).toEqual([
      [1, 'prosecutor-general'],
      [1, 'supreme-court'],
      [19, 'world-bank-project-team'],
    ]);
    expect(obligations).toHaveLength(745);
  });

  it('matches the hand count measure by measure', () => {
    for (const [number, cell] of Object.entries(EXECUTORS_2020)) {
      const own = obligations.filter((o) => o.measure === Number(number));
      expect(
        [own.filter((o) => !o.invited).length, own.filter((o) => o.invited).length],
        `measure ${number}`,
      ).toEqual([expectedOf(cell), invitedOf(cell)]);
    }
  });

  it('leaves nothing unresolved and warns about nothing', () => {
    expect(unresolved).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('marks the lead: the Ministry of Internal Affairs on measure 1, every akimat on measure 7', () => {
    expect(obligations.filter((o) => o.measure === 1 && o.lead).map((o) => o.organisationId)).toEqual([
      'ministry-of-internal-affairs',
    ]);
    const seven = obligations.filter((o) => o.measure === 7);
    expect(seven.filter((o) => o.lead)).toHaveLength(17);
    expect(seven.find((o) => o.organisationId === 'ministry-of-enlightenment')?.lead).toBe(false);
  });

  it('asks the akimats for 20 reports per ЖАО measure in 2022, after three regions were formed', () => {
    const in2022 = deriveObligations({
      measures: plan.measures,
      period: periodFor({ year: 2022 }, rule.rule),
      resolveExecutor: resolver,
    });
    expect(in2022.obligations.filter((o) => o.measure === 34)).toHaveLength(20);
  });
});
