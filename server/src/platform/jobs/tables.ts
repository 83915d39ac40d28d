import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The durable job queue and e-mail outbox: one row per piece of background work. A worker claims a due
 * row with `for update skip locked`, so several workers (or processes) never take the same job; a job
 * whose worker died is taken again once its lease runs out. `dedupeKey` makes enqueueing idempotent:
 * the same reminder, or the same hourly run, is queued once however often it is asked for.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** 0–100, and what is being done, for long jobs the UI shows. */
    progress: integer('progress').notNull().default(0),
    progressNote: text('progress_note'),
    result: jsonb('result'),
    dedupeKey: text('dedupe_key'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.runAt), uniqueIndex('jobs_dedupe_idx').on(t.dedupeKey)],
);
