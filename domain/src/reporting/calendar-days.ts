// Whole-day arithmetic on ISO dates ("2021-01-10"). Plain dates never pass through a time zone here,
// so a due date cannot shift by a day on a server or a browser set to another zone.

import { daysInMonth, isoDate, isValidDate } from '../roadmap/calendar.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The year, month and day of an ISO date, or null when the text is not a real calendar date. */
export const dateParts = (iso: string): { year: number; month: number; day: number } | null => {
  const match = ISO_DATE.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
};

/** True when the text is a real calendar date written as YYYY-MM-DD. */
export const isIsoDate = (iso: string): boolean => dateParts(iso) !== null;

const partsOrThrow = (iso: string): { year: number; month: number; day: number } => {
  const parts = dateParts(iso);
  if (parts === null) throw new RangeError(`not an ISO date: "${iso}"`);
  return parts;
};

/** Days since 1970-01-01 of an ISO date (a day count, not an instant). */
export const dayNumber = (iso: string): number => {
  const { year, month, day } = partsOrThrow(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** The ISO date of a day count from `dayNumber`. */
export const dateOfDayNumber = (days: number): string => {
  const d = new Date(days * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** The date `days` days after (or before, when negative) an ISO date. */
export const addDays = (iso: string, days: number): string => dateOfDayNumber(dayNumber(iso) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * The given day of the month after the month of `iso`. A day the month does not have is the month's
 * last day: "no later than the 31st" of February means by the end of February, never in March.
 */
export const dayOfNextMonth = (iso: string, day: number): string => {
  const { year, month } = partsOrThrow(iso);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return isoDate(nextYear, nextMonth, Math.min(day, daysInMonth(nextYear, nextMonth)));
};
