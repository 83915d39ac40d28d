// The plan's period comes from its title ("… 2020 – 2023 жылдарға арналған …", "… на 2023 – 2025
// годы"); it fixes how many year columns each row of the table has.

import { foldForMatch } from './text-normalize.ts';
import type { PlanPeriod } from './types.ts';

const RANGE = /(?<![\d])(\d{4})\s*-\s*(\d{4})(?![\d])/u;
const SINGLE = /(?<![\d])(\d{4})\s*(?:жыл\p{L}*|год\p{L}*|г\.)/u;

/** The longest a plan may run; more than this is taken for a misread title. */
export const MAX_PERIOD_YEARS = 15;

/** The period a title states, or null when it states none (or an impossible one). */
export const parsePeriod = (title: string): PlanPeriod | null => {
  const folded = foldForMatch(title);
  const range = RANGE.exec(folded);
  const from = Number(range?.[1] ?? SINGLE.exec(folded)?.[1] ?? Number.NaN);
  const to = Number(range?.[2] ?? from);
  if (!Number.isInteger(from) || from < 1900 || to < from || to - from + 1 > MAX_PERIOD_YEARS) return null;
  return { from, to };
};
