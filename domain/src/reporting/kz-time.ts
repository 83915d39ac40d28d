// Instants and Kazakhstan's calendar days. A due date is a day; whether a report came in time depends on
// the instant it was submitted, read against the end of that day in Kazakhstan. The offset is fixed at
// UTC+5: the country's single zone since March 2024, and before that the zone of its western regions —
// so the end of a day at UTC+5 is the latest that day ends anywhere in the country, and no executor is
// ever counted late for a report sent before midnight on their own clock.

import { dateOfDayNumber, dayNumber } from './calendar-days.ts';

/** Kazakhstan's offset from UTC in minutes, used for every due date. */
export const KZ_UTC_OFFSET_MINUTES = 300;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** An instant as an ISO 8601 string with a zone ("2021-01-10T18:59:00Z") or a Date. */
export type Instant = string | Date;

/** Milliseconds since the epoch of an instant; throws on text that is not one. */
export const toMillis = (instant: Instant): number => {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: "${String(instant)}"`);
  return ms;
};

/** The first instant after a day in Kazakhstan ends: a report is on time strictly before it. */
export const endOfDayInKazakhstan = (isoDate: string, offsetMinutes = KZ_UTC_OFFSET_MINUTES): number =>
  (dayNumber(isoDate) + 1) * DAY_MS - offsetMinutes * MINUTE_MS;

/** The calendar day an instant falls on in Kazakhstan. */
export const dateInKazakhstan = (instant: Instant, offsetMinutes = KZ_UTC_OFFSET_MINUTES): string =>
  dateOfDayNumber(Math.floor((toMillis(instant) + offsetMinutes * MINUTE_MS) / DAY_MS));
