/// <reference types="node" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParsePlan } from './parse-plan.ts';
import { PlanParseError } from './plan-parse-error.ts';

const seedLines = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8').split(
  '\n',
);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

// Edits the portal's export could suffer: a line lost, doubled, moved, re-indented or cut in two.
const edit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('untab' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const apply = (lines: string[], e: Edit): string[] => {
  const out = [...lines];
  const i = e.at % Math.max(1, out.length);
  const line = out[i] ?? '';
  if (e.kind === 'drop') out.splice(i, 1);
  if (e.kind === 'double') out.splice(i, 0, line);
  if (e.kind === 'swap') out.splice(i, 2, out[i + 1] ?? '', line);
  if (e.kind === 'untab') out[i] = line.replace(/\t/g, '');
  if (e.kind === 'split')
    out.splice(i, 1, line.slice(0, e.cut % (line.length + 1)), line.slice(e.cut % (line.length + 1)));
  if (e.kind === 'insert') out.splice(i, 0, e.text);
  return out;
};

describe('parsePlan on damaged copies of the seed', () => {
  it('either reads a consistent plan or refuses with a PlanParseError naming a line of the text', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const lines = edits.reduce(apply, seedLines);
        const result = tryParsePlan(lines.join('\n'));
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(PlanParseError);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.line).toBeLessThanOrEqual(lines.length);
          return;
        }
        const numbers = result.plan.measures.map((m) => m.number);
        expect(new Set(numbers).size).toBe(numbers.length);
        const sections = new Set(result.plan.sections.map((s) => s.number));
        for (const m of result.plan.measures) {
          if (m.section !== null) expect(sections.has(m.section)).toBe(true);
          for (const d of [m.deadline.start, m.deadline.end, ...m.deadline.dueDates])
            if (d !== null) expect(d).toMatch(ISO);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws anything but a PlanParseError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = tryParsePlan(text);
        if (!result.ok) expect(result.error).toBeInstanceOf(PlanParseError);
      }),
    );
  });
});
