// Amounts in the plan's table are millions of tenge with a decimal comma ("80,0", "0,25"), at times
// with spaces (often NBSPs) between groups of thousands ("1 250,5") or a trailing unit ("млн теңге").
// What could be read two ways ("1.250": 1250 or 1.25?) is not read at all.

import { cleanLine } from './text-normalize.ts';

const UNIT = /\s*(?:млн\.?\s*(?:теңге|тенге|тг\.?)?)$/iu;
const GROUPED = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
// A dot is read as a decimal point only where it cannot be a thousands separator ("12.5", not "1.250").
const DOT_DECIMAL = /^\d+\.(?:\d{1,2}|\d{4,})$/;
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+,\d+$/;

/** The amount in millions a cell states, or null when the cell is not a single non-negative number. */
export const parseAmountMln = (text: string): number | null => {
  const s = cleanLine(text).replace(UNIT, '');
  let digits: string;
  if (GROUPED.test(s)) digits = s.replace(/ /g, '');
  else if (DOTTED_THOUSANDS.test(s)) digits = s.replace(/\./g, '');
  else if (PLAIN.test(s) || DOT_DECIMAL.test(s)) digits = s;
  else return null;
  const value = Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
};

/** True when the cell says "nothing here": empty or a lone dash of any kind. */
export const isDashOrEmpty = (text: string): boolean => /^[-\u2010-\u2015\u2212xх]?$/iu.test(cleanLine(text));
