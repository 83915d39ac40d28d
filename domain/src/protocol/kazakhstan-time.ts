import { DAY_MS, MINUTE_MS } from '../cases/instant.ts';

/*
 * Local days in Kazakhstan, computed from a table instead of the runtime's time-zone data: a browser or a
 * server with stale tzdata would still show UTC+6 for Almaty after March 2024, and a deadline must not
 * depend on which machine computes it. The table follows IANA tzdata 2024a:
 *
 *   since 31 Oct 2004 (end of the last daylight saving time; DST was abolished in 2005)
 *     UTC+5  Aktobe (15), Atyrau (23), West Kazakhstan (27), Mangystau (47)
 *     UTC+6  every other region (Asia/Almaty), Kostanay (39, Asia/Qostanay), Kyzylorda (43, Asia/Qyzylorda)
 *   21 Dec 2018 00:00 local (2018-12-20T18:00Z)   Kyzylorda moves to UTC+5
 *    1 Mar 2024 00:00 local (2024-02-29T18:00Z)   the whole country moves to UTC+5
 *
 * Both moves set clocks back an hour at local midnight, so the evening hour 23:00–24:00 of 20 Dec 2018 in
 * Kyzylorda and of 29 Feb 2024 in the east happened twice and those days lasted 25 hours. A day ends when
 * the clock in force first shows the next date. Instants before 31 Oct 2004 are read with the offsets of
 * 2005: no case predates the system. A region code is a KATO code; without one, Almaty's offsets apply
 * (the zone the UI shows, locale-format.ts).
 */

const UNIFIED_AT = Date.UTC(2024, 1, 29, 18);
const KYZYLORDA_MOVED_AT = Date.UTC(2018, 11, 20, 18);

const ALWAYS_UTC5 = new Set(['15', '23', '27', '47']);

/** Minutes east of UTC in force at an instant in a region (KATO code, any level). */
export function kazakhstanOffsetMinutes(instantMs: number, regionCode?: string | null): number {
  if (instantMs >= UNIFIED_AT) return 300;
  const region = (regionCode ?? '').slice(0, 2);
  if (ALWAYS_UTC5.has(region)) return 300;
  if (region === '43' && instantMs >= KYZYLORDA_MOVED_AT) return 300;
  return 360;
}

/** The local calendar date (YYYY-MM-DD) the clock in force shows at an instant. */
export function localDateOf(instantMs: number, regionCode?: string | null): string {
  return new Date(instantMs + kazakhstanOffsetMinutes(instantMs, regionCode) * MINUTE_MS)
    .toISOString()
    .slice(0, 10);
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The first instant at which the local clock in force shows the date (its 00:00). */
export function startOfLocalDate(date: string, regionCode?: string | null): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(year, month - 1, day);
  // Try each offset the country has used; a candidate counts when that offset is really in force then.
  const candidates = [300, 360]
    .map((offset) => wallMidnight - offset * MINUTE_MS)
    .filter((at) => at === wallMidnight - kazakhstanOffsetMinutes(at, regionCode) * MINUTE_MS);
  // Clocks here have only ever been set back, so some candidate is valid; the earliest is the first showing.
  return Math.min(...candidates);
}

/**
 * The end of the local day of an instant, `extraDays` later: the first instant of the following date. A
 * deadline at this instant is met by anything strictly before it, i.e. up to 24:00 local time.
 */
export function endOfLocalDay(instantMs: number, regionCode?: string | null, extraDays = 0): number {
  return startOfLocalDate(addDays(localDateOf(instantMs, regionCode), extraDays + 1), regionCode);
}

/** The length of a local day in hours (24, or 25 on the days the clocks went back). */
export function localDayHours(date: string, regionCode?: string | null): number {
  return (
    (startOfLocalDate(addDays(date, 1), regionCode) - startOfLocalDate(date, regionCode)) / (DAY_MS / 24)
  );
}
