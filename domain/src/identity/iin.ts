/**
 * The individual identification number (ЖСН / ИИН) of the Republic of Kazakhstan.
 *
 * 12 digits: YYMMDD, a century-and-sex digit, a 4-digit serial, a check digit. Since Government
 * Resolution No. 853 of 26.08.2013 numbers are no longer bound to the birth date and sex, so a
 * disagreement there is only a warning: the check digit is the only hard rule.
 */

export type IinError = 'IIN_FORMAT' | 'IIN_CHECK_DIGIT' | 'IIN_NEVER_ISSUED';
export type IinWarning = 'IIN_DATE_MISMATCH' | 'IIN_SEX_MISMATCH' | 'IIN_DATE_NOT_ENCODED';

export type Sex = 'male' | 'female';

export interface IinFacts {
  /** Birth date as encoded (ISO), or null when digits 1–7 do not form a date. */
  birthDate: string | null;
  sex: Sex | null;
}

export type IinResult =
  | { valid: true; iin: string; facts: IinFacts; warnings: IinWarning[] }
  | { valid: false; error: IinError };

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/** Computes the check digit for the first 11 digits, or null when no check digit exists (never issued). */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('iinCheckDigit needs exactly 11 digits');
  const digits = [...first11].map(Number);
  const first = weightedMod11(digits, WEIGHTS_1);
  if (first !== 10) return first;
  const second = weightedMod11(digits, WEIGHTS_2);
  return second === 10 ? null : second;
}

/** Reads the birth date and sex encoded in digits 1–7, when they form a real date. */
export function iinEncodedFacts(iin: string): IinFacts {
  const centuryDigit = Number(iin[6]);
  const century = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 }[centuryDigit];
  const sex: Sex | null =
    centuryDigit >= 1 && centuryDigit <= 6 ? (centuryDigit % 2 === 1 ? 'male' : 'female') : null;
  if (century === undefined) return { birthDate: null, sex };
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return { birthDate: real ? date.toISOString().slice(0, 10) : null, sex };
}

/**
 * Validates an IIN. The check digit decides validity; when the person's birth date or sex are given,
 * a disagreement with the encoded ones yields a warning, never an error.
 */
export function validateIin(
  input: string,
  person: { birthDate?: string | null; sex?: Sex | null } = {},
): IinResult {
  const iin = input.replace(/[\s\u00a0-]/g, '');
  if (!/^\d{12}$/.test(iin)) return { valid: false, error: 'IIN_FORMAT' };
  const expected = iinCheckDigit(iin.slice(0, 11));
  if (expected === null) return { valid: false, error: 'IIN_NEVER_ISSUED' };
  if (expected !== Number(iin[11])) return { valid: false, error: 'IIN_CHECK_DIGIT' };
  const facts = iinEncodedFacts(iin);
  const warnings: IinWarning[] = [];
  if (facts.birthDate === null) warnings.push('IIN_DATE_NOT_ENCODED');
  else if (person.birthDate && person.birthDate !== facts.birthDate) warnings.push('IIN_DATE_MISMATCH');
  if (person.sex && facts.sex && person.sex !== facts.sex) warnings.push('IIN_SEX_MISMATCH');
  return { valid: true, iin, facts, warnings };
}

/** Validates a BIN (business identification number): same length and check-digit algorithm as the IIN. */
export function isValidBin(input: string): boolean {
  const bin = input.replace(/[\s\u00a0-]/g, '');
  if (!/^\d{12}$/.test(bin)) return false;
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return false;
  if (!'456'.includes(bin[4] ?? '')) return false;
  const expected = iinCheckDigit(bin.slice(0, 11));
  return expected !== null && expected === Number(bin[11]);
}
