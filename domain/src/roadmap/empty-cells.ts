// An empty money cell means "none" (the same as "-"), but where the column mostly writes "-", a
// blank cell breaks the document's own convention and may be content lost on export: worth a
// warning, never a different reading. Documents that mostly leave such cells blank get none.

import { isDashOrEmpty } from './amount.ts';
import type { Row } from './table-rows.ts';

/** Index (among a row's cells after the number) of the first money column, the estimated cost. */
export const FIRST_MONEY_CELL = 4;

/** The money columns (cost, years, source, programmes) in which more rows write a dash than leave it blank. */
export const columnsUsingDash = (rows: readonly Row[]): ReadonlySet<number> => {
  const dashes = new Map<number, number>();
  const blanks = new Map<number, number>();
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      if (i < FIRST_MONEY_CELL) return;
      const tally = cell.lines.length === 0 ? blanks : isDashOrEmpty(cell.lines.join(' ')) ? dashes : null;
      tally?.set(i, (tally.get(i) ?? 0) + 1);
    });
  }
  return new Set([...dashes].filter(([i, n]) => n > (blanks.get(i) ?? 0)).map(([i]) => i));
};
