// Money spent, as a person types it: million tenge, a decimal comma ("12,5") or point, spaces between
// thousands ("1 250,5"). Anything else ("12,5abc", "12.5.1", "1,250.5") is refused rather than guessed.
// Precision is one thousand tenge (3 decimals), the smallest unit budget reports use in million tenge.

/** The most decimals an amount in million tenge may have. */
export const AMOUNT_DECIMALS = 3;

/** The largest amount accepted (million tenge): above it the unit was almost certainly tenge. */
export const MAX_AMOUNT_MLN = 10_000_000;

/** Why an amount was refused, as an issue key of the catalogue. */
export type AmountIssue =
  | 'report.amount_not_a_number'
  | 'report.amount_negative'
  | 'report.amount_too_precise'
  | 'report.amount_too_large';

/** A parsed amount or the reason it was refused. */
export type AmountResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly issue: AmountIssue };

// Thousands are grouped by a space, a no-break space or a narrow no-break space; never by a point or a comma.
const NUMBER = /^(-)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/u;

const checked = (value: number, decimals: number): AmountResult => {
  if (value < 0) return { ok: false, issue: 'report.amount_negative' };
  if (decimals > AMOUNT_DECIMALS) return { ok: false, issue: 'report.amount_too_precise' };
  if (value > MAX_AMOUNT_MLN) return { ok: false, issue: 'report.amount_too_large' };
  return { ok: true, value: value === 0 ? 0 : value };
};

/** Reads an amount in million tenge from a number or from text with a decimal comma or point. */
export const parseAmountInput = (input: string | number): AmountResult => {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, issue: 'report.amount_not_a_number' };
    const decimals = Number(input.toFixed(AMOUNT_DECIMALS)) === input ? 0 : AMOUNT_DECIMALS + 1;
    return checked(input, decimals);
  }
  const match = NUMBER.exec(input.trim());
  if (match === null) return { ok: false, issue: 'report.amount_not_a_number' };
  const [, minus, whole = '', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  const value = Number(`${whole.replace(/\D/g, '')}.${significant || '0'}`);
  return checked(minus === undefined ? value : -value, significant.length);
};
