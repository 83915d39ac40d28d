import { eq, sql } from 'drizzle-orm';
import { type Actor, conditionFor } from '../../platform/access/actor.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import type { PeriodRow } from './store.ts';
import { reportingPeriods } from './tables.ts';

// Completeness and dashboards are read far more often than reports change: every coordinator, analyst and
// akimat looks at them, while a report moves a few times a day. Their figures are kept in memory, keyed by
// the period's revision (bumped in the same transaction as any change to its reports or texts, so every
// process sees a change at once), the reader's scope, the language and what the clock can change (the day,
// or whether the due date has passed). A stale entry is never served; it is only never asked for again.

const MAX_ENTRIES = 500;
const entries = new Map<string, unknown>();

/** Marks a period changed, in the caller's transaction. */
export async function touchPeriod(tx: Transaction | Database, periodId: string): Promise<void> {
  await tx
    .update(reportingPeriods)
    .set({ revision: sql`${reportingPeriods.revision} + 1` })
    .where(eq(reportingPeriods.id, periodId));
}

/** The figures for this key, computed once per revision of the period. */
export async function cachedFigures<T>(
  kind: string,
  period: PeriodRow,
  actor: Actor,
  extra: string,
  compute: () => Promise<T>,
): Promise<T> {
  const key = [
    kind,
    period.id,
    period.revision,
    JSON.stringify(conditionFor(actor, 'read:reporting')),
    extra,
  ].join('|');
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    // Re-inserted, so the map's order is the order of last use and the oldest is dropped first.
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = await compute();
  entries.set(key, value);
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return value;
}
