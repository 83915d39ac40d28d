import type { AppContext } from '../context.ts';
import { claimNext, completeJob, enqueue, failJob, type JobDefinition, setProgress } from './queue.ts';

/** A job that queues itself every `everyMs` (the reminders' hourly round). */
export interface Schedule {
  readonly job: JobDefinition;
  readonly everyMs: number;
}

export interface Worker {
  /** Runs every due job now, one after another, and returns how many ran (tests call this). */
  runDue(): Promise<number>;
  /** Polls in the background until stopped. */
  start(): void;
  stop(): Promise<void>;
}

const wakers = new WeakMap<AppContext, () => void>();

/** Tells the running worker of this application that a job was queued, so it need not wait for its poll. */
export function wakeWorker(ctx: AppContext): void {
  wakers.get(ctx)?.();
}

// One round of work never runs longer than this many jobs, so a flood cannot starve the schedules.
const ROUND_LIMIT = 200;

/**
 * The worker that runs queued jobs: claims a due job, runs its handler, records the result or the error
 * (with a backoff before the next attempt). Started by main.ts; tests start one or call `runDue`.
 */
export function createWorker(
  ctx: AppContext,
  definitions: readonly JobDefinition[],
  schedules: readonly Schedule[] = [],
): Worker {
  const byKind = new Map(definitions.map((d) => [d.kind, d]));
  for (const s of schedules) byKind.set(s.job.kind, s.job);
  const kinds = [...byKind.keys()];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;
  let again = false;

  const queueSchedules = async () => {
    const now = ctx.clock.now();
    for (const s of schedules) {
      const slot = Math.floor(now.getTime() / s.everyMs);
      await enqueue(ctx.db, s.job, {}, { at: now, dedupeKey: `schedule:${s.job.kind}:${slot}` });
    }
  };

  const runOne = async (): Promise<boolean> => {
    const job = await claimNext(ctx.db, kinds, ctx.clock.now());
    if (!job) return false;
    const definition = byKind.get(job.kind);
    try {
      if (!definition) throw new Error(`no handler for ${job.kind}`);
      const payload = definition.payload.parse(job.payload);
      const result = await definition.run(ctx, payload, {
        job,
        progress: (percent, note) => setProgress(ctx.db, job.id, percent, note),
      });
      await completeJob(ctx.db, job.id, result, ctx.clock.now());
    } catch (error) {
      ctx.log.warn({ err: error, job: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await failJob(ctx.db, job, error, ctx.clock.now());
    }
    return true;
  };

  const runDue = async (): Promise<number> => {
    await queueSchedules();
    let count = 0;
    while (count < ROUND_LIMIT && (await runOne())) count++;
    return count;
  };

  const round = () => {
    if (running) {
      again = true;
      return;
    }
    running = runDue()
      .catch((error: unknown) => {
        ctx.log.error({ err: error }, 'job round failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          round();
        }
      });
  };

  return {
    runDue,
    start() {
      if (!stopped) return;
      stopped = false;
      wakers.set(ctx, round);
      timer = setInterval(round, ctx.config.JOB_POLL_MS);
      timer.unref();
      round();
    },
    async stop() {
      stopped = true;
      wakers.delete(ctx);
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
