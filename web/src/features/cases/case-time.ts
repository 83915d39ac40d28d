import { kazakhstanOffsetMinutes, localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';

/*
 * Date and time inputs speak Kazakhstan's local time (the time the app shows, decision 0006), whatever time
 * zone the browser is set to. The offsets come from the domain's table, not from the browser's zone data.
 */

const MINUTE_MS = 60_000;

/** Today's date in Kazakhstan (YYYY-MM-DD). */
export const kzToday = (): string => localDateOf(Date.now());

/** A `datetime-local` value for an instant in Kazakhstan's time, to the minute (rounded down). */
export function kzLocalInput(instantMs: number = Date.now()): string {
  return new Date(instantMs + kazakhstanOffsetMinutes(instantMs) * MINUTE_MS).toISOString().slice(0, 16);
}

/** The instant (UTC ISO) of a `datetime-local` value read as Kazakhstan's time; null when it is not one. */
export function kzLocalInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const asUtc = Date.parse(`${value}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  return new Date(asUtc - kazakhstanOffsetMinutes(asUtc) * MINUTE_MS).toISOString();
}
