// Reads one row of the table into a measure, collecting what does not add up as warnings rather
// than failing: a row with the right shape is always kept, with its text, whatever its cells say.

import { parseDeadline } from './deadline.ts';
import { FIRST_MONEY_CELL } from './empty-cells.ts';
import { codeKey, parseExecutors } from './executors.ts';
import { parseFinancing } from './financing.ts';
import { readForm } from './form.ts';
import { joinLines } from './join-lines.ts';
import { draft, type WarningDraft } from './plan-warning.ts';
import type { Cell } from './table-cells.ts';
import type { Row } from './table-rows.ts';
import type { ParsedMeasure, PlanLanguage, PlanPeriod } from './types.ts';

/** What reading a row needs to know about the whole document. */
export interface MeasureContext {
  readonly language: PlanLanguage;
  readonly period: PlanPeriod;
  readonly vocabulary: ReadonlySet<string>;
  /** Codes from the list of abbreviations; empty when the document has none. */
  readonly knownCodes: readonly string[];
  /** Money columns where the document writes "-" for "none" (see `columnsUsingDash`). */
  readonly dashColumns: ReadonlySet<number>;
}

/** Reads a row (already checked to have the right number of cells) into a measure and its warnings. */
export const readMeasure = (
  row: Row,
  ctx: MeasureContext,
): { measure: ParsedMeasure; warnings: WarningDraft[] } => {
  const warnings: WarningDraft[] = [];
  const cell = (i: number): Cell => row.cells[i] ?? { lines: [], line: row.line };
  const inline = (i: number): string => joinLines(cell(i).lines, ctx.vocabulary, 'inline');
  const raw = (i: number): string => cell(i).lines.join('\n');
  const known = new Set(ctx.knownCodes.map(codeKey));
  const checkKnown = (field: string, code: string): void => {
    if (known.size > 0 && !known.has(codeKey(code)))
      warnings.push(draft(field, 'ABBREVIATION_UNKNOWN', { code }));
  };
  const years = ctx.period.to - ctx.period.from + 1;

  const title = joinLines(cell(0).lines, ctx.vocabulary, 'prose');
  if (title === '') warnings.push(draft('title', 'TITLE_EMPTY'));

  const { form, unreadableAddressee } = readForm(inline(1), ctx.language, ctx.knownCodes);
  if (form.text === '') warnings.push(draft('form', 'FORM_EMPTY'));
  if (unreadableAddressee !== null)
    warnings.push(draft('form', 'FORM_ADDRESSEE_UNREADABLE', { text: form.text }));
  if (form.reportsTo !== null && form.reportsTo !== 'government') checkKnown('form', form.reportsTo);

  const executors = parseExecutors(raw(2), ctx.knownCodes);
  if (executors.length === 0) warnings.push(draft('executors', 'EXECUTORS_EMPTY'));
  for (const e of executors) checkKnown('executors', e.code);

  const deadline = parseDeadline(raw(3), ctx.language, { period: ctx.period, vocabulary: ctx.vocabulary });
  if (deadline.start === null || deadline.end === null) {
    warnings.push(draft('deadline', 'DEADLINE_UNREADABLE', { text: deadline.text }));
  } else if (deadline.start < `${ctx.period.from}-01-01` || deadline.end > `${ctx.period.to}-12-31`) {
    warnings.push(
      draft('deadline', 'DEADLINE_OUTSIDE_PERIOD', {
        text: deadline.text,
        from: ctx.period.from,
        to: ctx.period.to,
      }),
    );
  }

  const columnName = (i: number): string =>
    i === FIRST_MONEY_CELL
      ? 'cost'
      : i === 5 + years
        ? 'source'
        : i === 6 + years
          ? 'programmes'
          : String(ctx.period.from + i - 5);
  for (const i of ctx.dashColumns) {
    if (cell(i).lines.length === 0) {
      const field = i === 5 + years ? 'sources' : i === 6 + years ? 'programmes' : 'financing';
      warnings.push(draft(field, 'CELL_EMPTY', { column: columnName(i) }));
    }
  }

  const money = parseFinancing({
    cost: inline(4),
    years: Array.from({ length: years }, (_, k) => ({ year: ctx.period.from + k, text: inline(5 + k) })),
    source: inline(5 + years),
    programmes: inline(6 + years),
  });
  warnings.push(...money.warnings);
  if (deadline.start !== null && deadline.end !== null) {
    const first = Number(deadline.start.slice(0, 4));
    const last = Number(deadline.end.slice(0, 4));
    for (const year of Object.keys(money.financing.byYearMln)) {
      if (Number(year) < first || Number(year) > last) {
        warnings.push(
          draft('financing', 'FINANCING_YEAR_OUTSIDE_DEADLINE', { year, deadline: deadline.text }),
        );
      }
    }
  }

  return {
    measure: {
      number: row.number,
      section: row.section,
      title,
      form,
      executors,
      deadline,
      financing: money.financing,
    },
    warnings,
  };
};
