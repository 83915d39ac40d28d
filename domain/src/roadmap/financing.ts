// The money columns of a row: the estimated cost, one cell per year of the period, the source of
// financing and the budget programmes. Sources come from the source cell or, when that holds a dash,
// from the cost cell, which then says in words where the money is ("РБ көзделген қаражат шегінде").

import { isDashOrEmpty, parseAmountMln } from './amount.ts';
import { draft, type WarningDraft } from './plan-warning.ts';
import { cleanLine, foldForMatch, wordPattern } from './text-normalize.ts';
import type { Financing, FinancingSource } from './types.ts';

const SOURCE_PATTERNS: readonly [FinancingSource, RegExp][] = [
  ['republican', wordPattern('рб|республикан\\p{L}*\\s+бюджет\\p{L}*|республикалық\\s+бюджет\\p{L}*')],
  ['local', wordPattern('жб|мб|жергілікті\\s+бюджет\\p{L}*|местн\\p{L}*\\s+бюджет\\p{L}*')],
  ['world_bank', wordPattern('дб|вб|дүниежүзілік\\s+банк\\p{L}*|всемирн\\p{L}*\\s+банк\\p{L}*')],
  ['extra_budgetary', wordPattern('бюджеттен\\s+тыс|внебюджетн\\p{L}*')],
];

const NOT_REQUIRED = wordPattern('талап\\s+етілмейді|не\\s+требуется');

/** The sources a text names, in the order it names them. */
export const parseFinancingSources = (text: string): FinancingSource[] => {
  const folded = foldForMatch(text);
  return SOURCE_PATTERNS.map(([source, pattern]) => ({ source, at: folded.search(pattern) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.source);
};

/** True when the text says financing is not required ("талап етілмейді", "не требуется"). */
export const saysNotRequired = (text: string): boolean => NOT_REQUIRED.test(foldForMatch(text));

/** The budget programme codes of a cell ("001 104" → ["001", "104"]) and whatever else it held. */
export const parseProgrammes = (text: string): { codes: string[]; unreadable: string[] } => {
  const s = cleanLine(text);
  if (isDashOrEmpty(s)) return { codes: [], unreadable: [] };
  const codes: string[] = [];
  const unreadable: string[] = [];
  for (const token of s.split(/[\s,;]+/).filter((t) => t !== '')) {
    if (/^\d{2,4}$/.test(token)) {
      if (!codes.includes(token)) codes.push(token);
    } else unreadable.push(token);
  }
  return { codes, unreadable };
};

/** The texts of a row's money cells, each cell's lines already joined. */
export interface FinancingCells {
  readonly cost: string;
  readonly years: readonly { readonly year: number; readonly text: string }[];
  readonly source: string;
  readonly programmes: string;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Reads the money cells of a row, with a warning for each thing that does not add up. */
export const parseFinancing = (cells: FinancingCells): { financing: Financing; warnings: WarningDraft[] } => {
  const warnings: WarningDraft[] = [];
  const cost = cleanLine(cells.cost);
  const required = !(saysNotRequired(cost) || saysNotRequired(cells.source));

  const totalMln = parseAmountMln(cost);
  if (totalMln === null && /\d/.test(cost)) {
    warnings.push(draft('financing', 'FINANCING_AMOUNT_UNREADABLE', { text: cost, column: 'total' }));
  }

  const byYearMln: Record<string, number> = {};
  for (const { year, text } of cells.years) {
    const amount = parseAmountMln(text);
    if (amount !== null) byYearMln[String(year)] = amount;
    else if (!isDashOrEmpty(text)) {
      warnings.push(
        draft('financing', 'FINANCING_AMOUNT_UNREADABLE', { text: cleanLine(text), column: year }),
      );
    }
  }
  const yearAmounts = Object.values(byYearMln);
  const sum = round(yearAmounts.reduce((a, b) => a + b, 0));
  if (totalMln !== null ? Math.abs(totalMln - sum) > 1e-6 : yearAmounts.length > 0 && isDashOrEmpty(cost)) {
    warnings.push(draft('financing', 'FINANCING_SUM_MISMATCH', { total: totalMln ?? '-', sum }));
  }

  const sourceIsDash = isDashOrEmpty(cells.source);
  const sources = parseFinancingSources(sourceIsDash ? cost : cells.source);
  if (!sourceIsDash && sources.length === 0 && !saysNotRequired(cells.source)) {
    warnings.push(draft('sources', 'FINANCING_SOURCE_UNKNOWN', { text: cleanLine(cells.source) }));
  }

  const funded = totalMln !== null || yearAmounts.length > 0;
  if (!required && (funded || sources.length > 0))
    warnings.push(draft('financing', 'FINANCING_NOT_REQUIRED_BUT_FUNDED'));
  else if (funded && sources.length === 0) warnings.push(draft('sources', 'FINANCING_SOURCE_MISSING'));

  const programmes = parseProgrammes(cells.programmes);
  if (programmes.unreadable.length > 0) {
    warnings.push(draft('programmes', 'PROGRAMMES_UNREADABLE', { text: cleanLine(cells.programmes) }));
  }
  // Republican money is spent through a republican budget programme; local budgets use their own codes,
  // which the plan does not list, and other sources have none.
  if (
    funded &&
    sources.includes('republican') &&
    programmes.codes.length === 0 &&
    programmes.unreadable.length === 0
  ) {
    warnings.push(draft('programmes', 'PROGRAMMES_MISSING'));
  }

  return {
    financing: { text: cost, required, totalMln, byYearMln, sources, programmes: programmes.codes },
    warnings,
  };
};
