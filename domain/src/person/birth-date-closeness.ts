/*
 * How close two birth dates are, for duplicate detection. Every date is passed in (no clock):
 * an exact birth date as an ISO string "YYYY-MM-DD", or, for a child whose birth date is not
 * known, an age estimate made on a given day ("about 7 years old on 2025-03-01").
 *
 * Levels, most to least alike:
 *   same               equal dates;
 *   transposed         day and month swapped, same year (03.12 vs 12.03: DD.MM vs MM.DD entry);
 *   one-digit          one keying slip in YYYYMMDD: one digit changed, or two adjacent digits
 *                      swapped (2015-03-12 / 2015-03-13, 2015-03-12 / 2015-03-21, 2015 / 2016);
 *   within-1-year      at most one calendar year apart (late registration, guessed dates);
 *   estimated-overlap  one side or both is an age estimate and the ranges of possible birth
 *                      dates overlap (each estimate widened by `toleranceYears`, default 1);
 *   different          none of the above.
 */

/** An age estimate made on a given day, for a person whose birth date is not known. */
export type EstimatedAge = { readonly estimatedAgeYears: number; readonly asOf: string };

/** An exact ISO birth date or an age estimate. */
export type BirthDateInput = string | EstimatedAge;

/** The closeness levels of two birth dates (see the top of the file). */
export type BirthDateCloseness =
  | 'same'
  | 'transposed'
  | 'one-digit'
  | 'within-1-year'
  | 'estimated-overlap'
  | 'different';

/** Options of birthDateCloseness. */
export type BirthDateClosenessOptions = {
  /** Years by which an age estimate may be wrong either way; default 1. */
  readonly toleranceYears?: number;
};

type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Parses a strict ISO calendar date "YYYY-MM-DD"; throws a RangeError on anything else. */
export const parseIsoDate = (iso: string): CalendarDate => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return { year, month, day };
};

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
const dayNumber = ({ year, month, day }: CalendarDate): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/** Adds whole years; 29 February becomes 28 February in a common year. */
const addYears = (date: CalendarDate, years: number): CalendarDate => {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
};

const digits = ({ year, month, day }: CalendarDate): string[] =>
  Array.from(
    `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`,
  );

const isOneKeyingSlip = (a: CalendarDate, b: CalendarDate): boolean => {
  const x = digits(a);
  const y = digits(b);
  const diff = x.flatMap((digit, i) => (digit === y[i] ? [] : [i]));
  const [first, second] = diff;
  if (diff.length === 1) return true;
  return (
    diff.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    x[first] === y[second] &&
    x[second] === y[first]
  );
};

const DAYS_PER_YEAR = 365.2425;

/** The range of day numbers in which a person of the estimated age may have been born. */
const estimatedRange = (estimate: EstimatedAge, toleranceYears: number): readonly [number, number] => {
  const { estimatedAgeYears: age, asOf } = estimate;
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`not an age in years: ${age}`);
  const asOfDay = dayNumber(parseIsoDate(asOf));
  // Aged N on asOf means born after asOf - (N + 1) years and no later than asOf - N years.
  const earliest = Math.floor(asOfDay - (age + 1 + toleranceYears) * DAYS_PER_YEAR) + 1;
  const latest = Math.min(asOfDay, Math.ceil(asOfDay - (age - toleranceYears) * DAYS_PER_YEAR));
  return [earliest, latest];
};

const exactRange = (iso: string): readonly [number, number] => {
  const day = dayNumber(parseIsoDate(iso));
  return [day, day];
};

/**
 * The calendar years in which a person may have been born: one year for an exact date, every
 * year the widened estimate touches otherwise. Used to build blocking keys.
 */
export const possibleBirthYears = (input: BirthDateInput, toleranceYears = 1): number[] => {
  if (typeof input === 'string') return [parseIsoDate(input).year];
  const { estimatedAgeYears: age, asOf } = input;
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`not an age in years: ${age}`);
  const asOfYear = parseIsoDate(asOf).year;
  const years: number[] = [];
  for (
    let year = asOfYear - Math.ceil(age) - 1 - toleranceYears;
    year <= asOfYear - Math.floor(age) + toleranceYears;
    year++
  ) {
    if (year <= asOfYear) years.push(year);
  }
  return years;
};

/** Compares two birth dates, exact or estimated; throws a RangeError on malformed input. */
export const birthDateCloseness = (
  a: BirthDateInput,
  b: BirthDateInput,
  options: BirthDateClosenessOptions = {},
): BirthDateCloseness => {
  const tolerance = options.toleranceYears ?? 1;
  if (typeof a !== 'string' || typeof b !== 'string') {
    const [aFrom, aTo] = typeof a === 'string' ? exactRange(a) : estimatedRange(a, tolerance);
    const [bFrom, bTo] = typeof b === 'string' ? exactRange(b) : estimatedRange(b, tolerance);
    return aFrom <= bTo && bFrom <= aTo ? 'estimated-overlap' : 'different';
  }
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  if (x.year === y.year && x.month === y.month && x.day === y.day) return 'same';
  if (x.year === y.year && x.month === y.day && x.day === y.month) return 'transposed';
  if (isOneKeyingSlip(x, y)) return 'one-digit';
  const dx = dayNumber(x);
  const dy = dayNumber(y);
  if (dayNumber(addYears(x, -1)) <= dy && dy <= dayNumber(addYears(x, 1))) return 'within-1-year';
  // Symmetry for 29 February: 2016-02-29 vs 2017-03-01 is checked from both sides.
  if (dayNumber(addYears(y, -1)) <= dx && dx <= dayNumber(addYears(y, 1))) return 'within-1-year';
  return 'different';
};
