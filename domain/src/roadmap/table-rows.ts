// Groups the table's cells into section headings and rows. A row starts at a cell that is only a
// number with a dot ("16.") and holds a fixed number of cells: number, measure, form, executors,
// deadline, cost, one per year of the period, source, programmes. A heading is a roman numeral with a
// dot and the section's title, followed by empty cells. A cell that looks like a row number only
// starts a row once the current row is complete, or when it is the next number, so that a stray
// "5." inside a row cannot cut it in two unnoticed; a heading always starts a section.

import { PlanParseError } from './plan-parse-error.ts';
import { parseRomanNumeral } from './roman-numeral.ts';
import type { Cell } from './table-cells.ts';
import { cleanLine } from './text-normalize.ts';

/** Cells of a row other than the number and the year columns. */
export const FIXED_CELLS = 8;

/** A row: its measure number, the line of its number cell and its cells after the number. */
export interface Row {
  readonly number: number;
  readonly line: number;
  readonly section: number | null;
  readonly cells: readonly Cell[];
}

/** A section heading as found in the table. */
export interface Heading {
  readonly number: number;
  readonly title: string;
  readonly line: number;
}

const textOf = (cell: Cell): string => cleanLine(cell.lines.join(' '));

/** The measure number of a cell like "16.", or null. */
export const rowNumberOf = (cell: Cell): number | null => {
  const m = /^(\d{1,4})\s*\.$/.exec(textOf(cell));
  return m?.[1] === undefined ? null : Number(m[1]);
};

const headingCell = (cell: Cell): { number: number; title: string } | null => {
  const m = /^([IVXІХіⅠ-Ⅻ]+)\s*\.\s*(.*)$/su.exec(textOf(cell));
  const number = parseRomanNumeral(m?.[1] ?? '');
  const title = m?.[2] ?? '';
  // The title, when in the same cell, is words; "I. 5" or "V.-" are not headings.
  return number === null || (title !== '' && !/\p{L}{2}/u.test(title)) ? null : { number, title };
};

/**
 * The heading that starts at cell `i` ("ІІ. БАҒДАРЛАМАЛЫҚ …", or "ІІ." with the title in the next
 * cell), with the number of cells it spans before its empty cells, or null. Empty cells (or the next
 * row) must follow, which tells a heading from a signature such as "Х. Тәтенов" or "І. Ахметов".
 */
export const headingAt = (
  cells: readonly Cell[],
  i: number,
): { number: number; title: string; span: number } | null => {
  const cell = cells[i];
  const heading = cell === undefined ? null : headingCell(cell);
  if (heading === null) return null;
  const titleCell = heading.title === '' ? cells[i + 1] : undefined;
  const span = titleCell === undefined ? 1 : 2;
  const next = cells[i + span];
  if (next !== undefined && next.lines.length > 0 && rowNumberOf(next) === null) return null;
  return { number: heading.number, title: titleCell === undefined ? heading.title : textOf(titleCell), span };
};

/**
 * Index of the cell that opens the table, or -1: the first row number, or the heading just above it.
 * Anything earlier (the signature, a title over the table, column headers) is not part of it.
 */
export const tableStart = (cells: readonly Cell[]): number => {
  const firstRow = cells.findIndex((c) => rowNumberOf(c) !== null);
  if (firstRow < 0) return -1;
  let k = firstRow - 1;
  while (k >= 0 && cells[k]?.lines.length === 0) k--;
  for (const candidate of [k, k - 1]) {
    const heading = candidate >= 0 ? headingAt(cells, candidate) : null;
    if (heading !== null && candidate + heading.span - 1 === k) return candidate;
  }
  return firstRow;
};

type Open =
  | { kind: 'row'; number: number; line: number; section: number | null; cells: Cell[] }
  | { kind: 'heading'; number: number; title: string; line: number };

/**
 * Groups the cells from `tableStart` on. Throws `PlanParseError` on a row with the wrong number of
 * cells, a measure number seen before, or content after a heading where empty cells belong.
 */
export const groupRows = (
  cells: readonly Cell[],
  yearCount: number,
): { headings: Heading[]; rows: Row[] } => {
  const expected = FIXED_CELLS + yearCount;
  const headings: Heading[] = [];
  const rows: Row[] = [];
  const firstLineOf = new Map<number, number>();
  let section: number | null = null;
  // Held in an object: TypeScript does not follow assignments made inside `close`.
  const state: { open: Open | null } = { open: null };

  const close = (): void => {
    const open = state.open;
    if (open === null) return;
    if (open.kind === 'heading') {
      headings.push({ number: open.number, title: open.title, line: open.line });
      section = open.number;
      return;
    }
    const rowCells = [...open.cells];
    // Empty cells beyond the last column are layout, not content.
    while (rowCells.length > expected - 1 && rowCells[rowCells.length - 1]?.lines.length === 0)
      rowCells.pop();
    if (rowCells.length !== expected - 1) {
      throw new PlanParseError('PLAN_ROW_CELL_COUNT', open.line, {
        measure: open.number,
        expected,
        found: rowCells.length + 1,
        years: yearCount,
      });
    }
    const firstLine = firstLineOf.get(open.number);
    if (firstLine !== undefined) {
      throw new PlanParseError('PLAN_DUPLICATE_MEASURE', open.line, { measure: open.number, firstLine });
    }
    firstLineOf.set(open.number, open.line);
    rows.push({ number: open.number, line: open.line, section: open.section, cells: rowCells });
  };

  for (let i = Math.max(0, tableStart(cells)); i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined) continue;
    const number = rowNumberOf(cell);
    const heading = headingAt(cells, i);
    const current = state.open;
    const atBoundary = current === null || current.kind === 'heading' || current.cells.length >= expected - 1;
    if (number !== null && (atBoundary || (current?.kind === 'row' && number === current.number + 1))) {
      close();
      state.open = { kind: 'row', number, line: cell.line, section, cells: [] };
    } else if (heading !== null) {
      // A heading always ends the row before it: were it taken for a cell, the empty cells after it
      // would pad a short row to the right length and hide a missing cell.
      close();
      state.open = { kind: 'heading', number: heading.number, title: heading.title, line: cell.line };
      i += heading.span - 1;
    } else if (current?.kind === 'row') {
      current.cells.push(cell);
    } else if (current?.kind === 'heading' && cell.lines.length > 0) {
      throw new PlanParseError('PLAN_UNEXPECTED_CELL', cell.line, {
        text: textOf(cell).slice(0, 80),
        section: current.number,
      });
    }
  }
  close();
  return { headings, rows };
};
