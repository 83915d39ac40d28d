// The table arrives as lines: a TAB starts a new cell, and a line without a leading TAB carries on
// the cell before it (a cell's text wraps over several lines). Text before the first TAB belongs to
// the resolution's clauses, not to any cell.

import { cleanLine } from './text-normalize.ts';

/** One cell of the table: its cleaned, non-empty lines and the 1-based line where it starts. */
export interface Cell {
  readonly lines: string[];
  readonly line: number;
}

/** The lines before the first cell, and the cells. */
export interface CellSplit {
  readonly before: readonly { readonly text: string; readonly line: number }[];
  readonly cells: readonly Cell[];
}

// Soft hyphens stay at the end of a line so that joining knows a word was cut there.
const keepLine = (raw: string): string => {
  const soft = /\u00ad\s*$/.test(raw);
  const clean = cleanLine(raw);
  return soft && clean !== '' ? `${clean}\u00ad` : clean;
};

/** Splits lines (the first of them being line `firstLine` of the document) into cells. */
export const splitCells = (lines: readonly string[], firstLine: number): CellSplit => {
  const before: { text: string; line: number }[] = [];
  const cells: Cell[] = [];
  lines.forEach((raw, i) => {
    const lineNumber = firstLine + i;
    const [head = '', ...rest] = raw.split('\t');
    // Spaces or NBSPs before the first TAB (" \tІ. …") do not make the line a continuation.
    const continuation = rest.length === 0 || cleanLine(head) !== '' ? keepLine(head) : null;
    if (continuation !== null) {
      const current = cells[cells.length - 1];
      if (current === undefined) before.push({ text: continuation, line: lineNumber });
      else if (continuation !== '') current.lines.push(continuation);
    }
    for (const piece of rest) {
      const text = keepLine(piece);
      cells.push({ lines: text === '' ? [] : [text], line: lineNumber });
    }
  });
  return { before, cells };
};
