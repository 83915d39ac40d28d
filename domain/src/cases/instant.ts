/**
 * Instants are stored and passed as UTC ISO strings ("2026-03-02T05:30:00.000Z") and computed with as
 * milliseconds since the epoch: plain arithmetic, with no time zone and no clock involved.
 */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;

/** Milliseconds of a UTC ISO instant; throws a RangeError on anything else, so a local time cannot slip in. */
export function instantMs(iso: string): number {
  const ms = ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`not a UTC instant (…Z): ${JSON.stringify(iso)}`);
  return ms;
}

/** The UTC ISO string of an instant in milliseconds. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
