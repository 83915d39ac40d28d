/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import { diffPlans, diffValues, isEmptyDiff, sameValue } from './plan-diff.ts';

const seed = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8');
const plan = parsePlan(seed);

describe('diffPlans', () => {
  it('finds nothing between a plan and itself, whatever the order of object keys', () => {
    const reordered = JSON.parse(JSON.stringify(plan), (_, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(isEmptyDiff(diffPlans(plan, reordered))).toBe(true);
  });

  it('names a changed deadline field by field, and an added measure whole', () => {
    const m16 = plan.measures.find((m) => m.number === 16);
    if (!m16) throw new Error('no measure 16');
    const changed = {
      ...m16,
      deadline: {
        ...m16.deadline,
        text: '2020 – 2022 жылдар',
        end: '2022-12-31',
        dueDates: [...m16.deadline.dueDates, '2022-12-31'],
      },
    };
    const added = { ...m16, number: 71, title: 'Жаңа іс-шара' };
    const after = {
      ...plan,
      measures: [...plan.measures.map((m) => (m.number === 16 ? changed : m)), added],
    };
    const diff = diffPlans(plan, after);
    expect(diff.measures.added.map((m) => m.number)).toEqual([71]);
    expect(diff.measures.removed).toEqual([]);
    expect(diff.measures.changed).toEqual([
      {
        number: 16,
        title: m16.title,
        changes: [
          { field: 'deadline.text', from: '2020 – 2021 жылдар', to: '2020 – 2022 жылдар' },
          { field: 'deadline.end', from: '2021-12-31', to: '2022-12-31' },
          {
            field: 'deadline.dueDates',
            from: ['2020-12-31', '2021-12-31'],
            to: ['2020-12-31', '2021-12-31', '2022-12-31'],
          },
        ],
      },
    ]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reports removed measures, year amounts that appear, and plan-level changes', () => {
    const after = {
      ...plan,
      period: { from: 2020, to: 2024 },
      measures: plan.measures
        .filter((m) => m.number !== 70)
        .map((m) =>
          m.number === 40
            ? { ...m, financing: { ...m.financing, byYearMln: { ...m.financing.byYearMln, '2024': 5 } } }
            : m,
        ),
    };
    const diff = diffPlans(plan, after);
    expect(diff.plan).toEqual([{ field: 'period.to', from: 2023, to: 2024 }]);
    expect(diff.measures.removed.map((m) => m.number)).toEqual([70]);
    expect(diff.measures.changed[0]?.changes).toEqual([
      { field: 'financing.byYearMln.2024', from: null, to: 5 },
    ]);
  });
});

describe('diffValues and sameValue', () => {
  it('treat arrays as leaves and a missing key as null', () => {
    expect(diffValues({ a: [1, 2] }, { a: [2, 1] })).toEqual([{ field: 'a', from: [1, 2], to: [2, 1] }]);
    expect(diffValues({ a: 1 }, {})).toEqual([{ field: 'a', from: 1, to: null }]);
    expect(sameValue({ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 })).toBe(true);
  });
});
