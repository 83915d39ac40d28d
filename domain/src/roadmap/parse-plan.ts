// The plan parser. `parsePlan` reads a plan as the legal-acts portal exports it: the title line, the
// act line, the resolution's clauses, the signature, the table of measures and the list of
// abbreviations, in Kazakh or Russian. It throws `PlanParseError` (with a code, the 1-based line
// where it gave up and params for a translated message) on anything that is not such a plan, so
// nothing half-read gets stored; `tryParsePlan` returns the same outcome as a discriminated result.
// A plan it can read always comes back whole: what it could not fully trust is in `warnings`.

import { isAbbreviationsHeading, parseAbbreviations } from './abbreviations.ts';
import { parseActLine } from './act-line.ts';
import { isDebrisLine, stripTrailingDebris } from './debris.ts';
import { columnsUsingDash } from './empty-cells.ts';
import { checkedLines } from './input-check.ts';
import { buildVocabulary } from './join-lines.ts';
import { readMeasure } from './measure.ts';
import { parsePeriod } from './period.ts';
import { PlanParseError } from './plan-parse-error.ts';
import { draft, toWarning, type WarningDraft } from './plan-warning.ts';
import { parseReporting } from './reporting.ts';
import { type Cell, splitCells } from './table-cells.ts';
import { groupRows, tableStart } from './table-rows.ts';
import { cleanLine } from './text-normalize.ts';
import type { ParsedMeasure, ParsedPlan, PlanWarning } from './types.ts';

// The act line follows the title; a title wrapped over a few lines pushes it down, never far.
const MAX_TITLE_LINES = 4;

// Web-page buttons left at the end of the table ("-Жүктеу", or a cell of its own) are not content.
const withoutTrailingDebris = (cells: readonly Cell[]): Cell[] => {
  const out = cells.map((c) => ({ line: c.line, lines: [...c.lines] }));
  for (let i = out.length - 1; i >= 0; i--) {
    const cell = out[i];
    if (cell === undefined || cell.lines.length === 0) continue;
    const last = cell.lines[cell.lines.length - 1] ?? '';
    const stripped = isDebrisLine(last) ? '' : cleanLine(stripTrailingDebris(last));
    if (stripped === last) break;
    if (stripped === '') cell.lines.pop();
    else cell.lines[cell.lines.length - 1] = stripped;
    if (cell.lines.length === 0) out.splice(i, 1);
    else break;
  }
  return out;
};

const sequenceWarnings = (
  numbers: readonly number[],
  code: 'MEASURE_NUMBER_SEQUENCE' | 'SECTION_NUMBER_SEQUENCE',
) => {
  const drafts: WarningDraft[] = [];
  numbers.forEach((found, i) => {
    const previous = i === 0 ? 0 : (numbers[i - 1] ?? 0);
    if (found !== previous + 1) drafts.push(draft('number', code, { previous, found }));
  });
  return drafts;
};

/** Reads an exported plan; throws `PlanParseError` when the text is not one. */
export const parsePlan = (text: string): ParsedPlan => {
  const lines = checkedLines(text);
  const content = lines.flatMap((l, i) => (cleanLine(l) === '' || isDebrisLine(l) ? [] : [i]));
  const titleIndex = content[0] ?? 0;
  const actAt = content.slice(1, 1 + MAX_TITLE_LINES).findIndex((i) => parseActLine(lines[i] ?? '') !== null);
  const actIndex = content[actAt + 1];
  const actLine = actAt < 0 || actIndex === undefined ? null : parseActLine(lines[actIndex] ?? '');
  if (actIndex === undefined || actLine === null) {
    const expectedAt = content[1] ?? lines.length - 1;
    throw new PlanParseError('PLAN_NO_ACT_LINE', expectedAt + 1, {
      found: cleanLine(lines[expectedAt] ?? '').slice(0, 120),
    });
  }
  const title = content
    .slice(0, actAt + 1)
    .map((i) => cleanLine(lines[i] ?? ''))
    .join(' ');
  const period = parsePeriod(title);
  if (period === null)
    throw new PlanParseError('PLAN_NO_PERIOD', titleIndex + 1, { title: title.slice(0, 120) });
  const { language, act } = actLine;
  const yearCount = period.to - period.from + 1;

  const headingIndex = lines.findIndex((l, i) => i > actIndex && isAbbreviationsHeading(l));
  const tableEnd = headingIndex < 0 ? lines.length : headingIndex;
  const split = splitCells(lines.slice(actIndex + 1, tableEnd), actIndex + 2);
  const cells = withoutTrailingDebris(split.cells);
  const start = tableStart(cells);
  if (start < 0) {
    // The parser gave up at the end of where the table should have been: its last non-blank line.
    const last = lines.slice(0, tableEnd).findLastIndex((l) => cleanLine(l) !== '');
    throw new PlanParseError('PLAN_NO_TABLE', last + 1);
  }
  const { headings, rows } = groupRows(cells, yearCount);

  const plan: WarningDraft[] = [];
  const clauses = [
    ...split.before.map((b) => b.text),
    ...cells.slice(0, start).map((c) => c.lines.join(' ')),
  ];
  const reporting = parseReporting(clauses.join(' '), language);
  plan.push(...reporting.warnings);
  plan.push(
    ...sequenceWarnings(
      headings.map((h) => h.number),
      'SECTION_NUMBER_SEQUENCE',
    ),
  );
  for (const h of headings) {
    if (!rows.some((r) => r.section === h.number))
      plan.push(draft('section', 'SECTION_EMPTY', { section: h.number }));
  }

  const listed =
    headingIndex < 0
      ? { abbreviations: [], warnings: [draft('abbreviations', 'ABBREVIATIONS_NOT_FOUND')] }
      : parseAbbreviations(lines.slice(headingIndex + 1));

  const vocabulary = buildVocabulary(lines.map(cleanLine));
  const context = {
    language,
    period,
    vocabulary,
    knownCodes: listed.abbreviations.map((a) => a.code),
    dashColumns: columnsUsingDash(rows),
  };
  const measures: ParsedMeasure[] = [];
  const measureWarnings: PlanWarning[] = [];
  for (const row of rows) {
    const read = readMeasure(row, context);
    measures.push(read.measure);
    measureWarnings.push(...read.warnings.map((w) => toWarning(row.number, w)));
  }
  const numbering = sequenceWarnings(
    rows.map((r) => r.number),
    'MEASURE_NUMBER_SEQUENCE',
  ).map((w) => toWarning(Number(w.params.found), w));

  return {
    language,
    title,
    act,
    period,
    reporting: reporting.reporting,
    sections: headings.map((h) => ({ number: h.number, title: h.title })),
    measures,
    abbreviations: listed.abbreviations,
    warnings: [
      ...plan.map((w) => toWarning(null, w)),
      ...numbering,
      ...measureWarnings,
      ...listed.warnings.map((w) => toWarning(null, w)),
    ],
  };
};

/** The outcome of `tryParsePlan`: the plan, or the error that names the line where reading stopped. */
export type PlanParseResult =
  | { readonly ok: true; readonly plan: ParsedPlan }
  | { readonly ok: false; readonly error: PlanParseError };

/** Like `parsePlan`, but returns the refusal instead of throwing it. */
export const tryParsePlan = (text: string): PlanParseResult => {
  try {
    return { ok: true, plan: parsePlan(text) };
  } catch (error) {
    if (error instanceof PlanParseError) return { ok: false, error };
    throw error;
  }
};
