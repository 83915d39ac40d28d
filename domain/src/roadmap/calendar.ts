// Calendar arithmetic on plain numbers; dates leave this module as ISO strings ("2020-12-31").

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Number of days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** True when the year, month and day make a real date. */
export const isValidDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

/** The ISO form of a date, e.g. isoDate(2020, 3, 30) → "2020-03-30". */
export const isoDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** The first day of a month as an ISO date. */
export const monthStart = (year: number, month: number): string => isoDate(year, month, 1);

/** The last day of a month as an ISO date. */
export const monthEnd = (year: number, month: number): string =>
  isoDate(year, month, daysInMonth(year, month));
