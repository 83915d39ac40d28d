import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { type Database, queryRows, type Transaction } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { jobs } from './tables.ts';

export type JobRow = typeof jobs.$inferSelect;

/** What a handler gets besides its payload: the job, and a way to say how far it is. */
export interface JobRun {
  readonly job: JobRow;
  progress(percent: number, note?: string): Promise<void>;
}

/** A kind of job: its name, the shape of its payload, how to run it and how often to retry. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly kind: string;
  readonly payload: S;
  readonly maxAttempts?: number;
  /** The result is kept on the job row (e.g. the id of a generated file). */
  run(ctx: AppContext, payload: z.output<S>, run: JobRun): Promise<unknown>;
}

/** Declares a job kind with its payload type checked at compile time and at run time. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Queues a job in the caller's transaction, so it exists exactly when the change that asked for it does.
 * With a dedupe key already used, nothing is queued and null is returned.
 */
export async function enqueue<S extends z.ZodType>(
  tx: Database | Transaction,
  definition: JobDefinition<S>,
  payload: z.input<S>,
  options: { at: Date; runAt?: Date; dedupeKey?: string; createdBy?: string | null },
): Promise<JobRow | null> {
  const parsed = definition.payload.parse(payload);
  const [row] = await tx
    .insert(jobs)
    .values({
      id: crypto.randomUUID(),
      kind: definition.kind,
      payload: parsed,
      status: 'queued',
      maxAttempts: definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      runAt: options.runAt ?? options.at,
      dedupeKey: options.dedupeKey ?? null,
      createdBy: options.createdBy ?? null,
      createdAt: options.at,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** One job, or a 404. */
export async function getJob(db: Database, id: string): Promise<JobRow> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
  if (!row) throw new AppError('JOB_NOT_FOUND');
  return row;
}

/** How long a claimed job may run before another worker may take it again. */
export const LEASE_MS = 5 * 60_000;

/**
 * Claims the next due job of the given kinds: queued and due, or running with an expired lease (its
 * worker died). `skip locked` lets concurrent workers pass each other by.
 */
export async function claimNext(db: Database, kinds: readonly string[], now: Date): Promise<JobRow | null> {
  if (kinds.length === 0) return null;
  const lease = new Date(now.getTime() + LEASE_MS);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update jobs set status = 'running', attempts = attempts + 1, locked_until = ${lease.toISOString()}::timestamptz,
               started_at = coalesce(started_at, ${now.toISOString()}::timestamptz)
         where id = (
           select id from jobs
            where kind in (${sql.join(
              kinds.map((k) => sql`${k}`),
              sql`, `,
            )})
              and ((status = 'queued' and run_at <= ${now.toISOString()}::timestamptz)
                or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz))
            order by run_at, created_at
            limit 1
            for update skip locked)
        returning id`,
  );
  const id = rows[0]?.id;
  return id === undefined ? null : getJob(db, id);
}

/** Marks a job done with its result. */
export async function completeJob(db: Database, id: string, result: unknown, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: 'done',
      progress: 100,
      result: result ?? null,
      lockedUntil: null,
      finishedAt: now,
      lastError: null,
    })
    .where(eq(jobs.id, id));
}

/** The wait before attempt n + 1: 30 s, 2 min, 8 min, 32 min… capped at 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** Records a failure: the job runs again after a backoff, or fails for good after its last attempt. */
export async function failJob(db: Database, job: JobRow, error: unknown, now: Date): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      final
        ? { status: 'failed', lastError: message, lockedUntil: null, finishedAt: now }
        : {
            status: 'queued',
            lastError: message,
            lockedUntil: null,
            runAt: new Date(now.getTime() + backoffMs(job.attempts)),
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running')));
}

/** Saves how far a running job is. */
export async function setProgress(db: Database, id: string, percent: number, note?: string): Promise<void> {
  await db
    .update(jobs)
    .set({ progress: Math.max(0, Math.min(99, Math.round(percent))), progressNote: note ?? null })
    .where(eq(jobs.id, id));
}

/** How long finished routine jobs are kept (for "why did this e-mail not arrive?") before they are removed. */
export const ROUTINE_JOBS_KEPT_DAYS = 30;

const CLEANUP_KIND = 'platform.jobs-cleanup';

/**
 * The job that removes routine jobs finished successfully long ago — the kinds the composition root names
 * (schedule rounds, delivered messages), which would otherwise grow the table by thousands of rows a day —
 * and its own past rounds. Failed jobs and jobs other records point to (a generated report) are kept.
 */
export function cleanupJob(routine: readonly JobDefinition[]): JobDefinition {
  const kinds = [...routine.map((d) => d.kind), CLEANUP_KIND];
  return defineJob({
    kind: CLEANUP_KIND,
    payload: z.object({}),
    async run(ctx) {
      const before = new Date(ctx.clock.now().getTime() - ROUTINE_JOBS_KEPT_DAYS * 86_400_000);
      const removed = await queryRows<{ id: string }>(
        ctx.db,
        sql`delete from jobs
             where status = 'done' and finished_at < ${before.toISOString()}::timestamptz
               and kind in (${sql.join(
                 kinds.map((k) => sql`${k}`),
                 sql`, `,
               )})
         returning id`,
      );
      return { removed: removed.length };
    },
  }) as unknown as JobDefinition;
}
