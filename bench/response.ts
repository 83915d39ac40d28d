/**
 * The interagency response benchmark on the national data set (national.ts, built by this script when
 * missing): adds protocol actions (4 a case: some done late, some still overdue), the participants they make,
 * KDN hearings with decided agenda items and the decisions' tasks, then measures the SQL behind
 *   GET /api/v1/protocol/compliance   (`compliance`, actions.ts)
 *   GET /api/v1/kdn/statistics        (`kdnStatistics`, kdn.ts)
 * for a national reader (the analyst) and a regional one (the Astana akimat), over the endpoints' default
 * window (the last 365 days) and over the whole data set since 2020: one call at a time, p50/p95. Then the
 * two endpoints over HTTP with 10 concurrent analysts.
 *
 *   npm run -w bench response     # BENCH_DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/qorgau_bench
 */
import { eq } from 'drizzle-orm';
import { compliance } from '../server/src/modules/protocol/actions.ts';
import { kdnStatistics } from '../server/src/modules/protocol/kdn.ts';
import { loadActor } from '../server/src/platform/auth/actor-loader.ts';
import { users } from '../server/src/platform/auth/tables.ts';
import { listen, signIn } from './http.ts';
import { ensureResponse, log, openBench, percentile, TOTP_SECRET } from './national.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const HTTP_USERS = Number(process.env.BENCH_HTTP_USERS ?? 10);

async function time(runs: number, call: () => Promise<unknown>) {
  await call();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return `p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms  (${runs} runs)`;
}

async function main(): Promise<void> {
  const bench = await openBench();
  const { ctx, database, pool } = bench;
  try {
    await ensureResponse(bench);
    const { rows } = await pool.query(
      `select (select count(*)::int from protocol_actions) as actions,
              (select count(*)::int from protocol_actions where done_at > due_at) as done_late,
              (select count(*)::int from protocol_actions where done_at is null and due_at < now()) as overdue,
              (select count(*)::int from case_participants) as participants,
              (select count(*)::int from kdn_hearings) as hearings,
              (select count(*)::int from kdn_agenda_items where decided_at is not null) as decisions,
              (select count(*)::int from case_tasks where source_id is not null) as decision_tasks`,
    );
    log(`response data: ${JSON.stringify(rows[0])}`);

    const actorOf = async (username: string) => {
      const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      const actor = await loadActor(ctx.db, row?.id ?? '', 'bench');
      if (!actor) throw new Error(`no actor ${username}`);
      return actor;
    };
    const readers = [
      { label: 'national analyst', actor: await actorOf('analyst') },
      { label: 'Astana akimat (region)', actor: await actorOf('akimat') },
    ];
    const now = new Date();
    const windows = [
      { label: 'last 365 days', window: { from: new Date(now.getTime() - 365 * 86_400_000), to: now } },
      { label: 'since 2020', window: { from: new Date('2020-01-01T00:00:00Z'), to: now } },
    ];
    log(`\nthe SQL behind the endpoints, one call at a time:`);
    for (const { label, window } of windows) {
      for (const reader of readers) {
        const items = await compliance(ctx, reader.actor, window);
        log(
          `  compliance      ${label.padEnd(14)} ${reader.label.padEnd(24)} ${await time(RUNS, () => compliance(ctx, reader.actor, window))}  [${items.length} rows, ${items.reduce((n, i) => n + i.due, 0)} actions]`,
        );
      }
      for (const reader of readers) {
        const items = await kdnStatistics(ctx, reader.actor, window);
        log(
          `  kdn statistics  ${label.padEnd(14)} ${reader.label.padEnd(24)} ${await time(RUNS, () => kdnStatistics(ctx, reader.actor, window))}  [${items.length} rows, ${items.reduce((n, i) => n + i.hearings, 0)} hearings]`,
        );
      }
    }

    // The endpoints, with the default window, as 10 analysts at once.
    const { app, origin } = await listen(ctx);
    const cookie = await signIn(origin, 'analyst', TOTP_SECRET);
    log(`\n${HTTP_USERS} concurrent analysts over HTTP, ${SECONDS} s each (default window):`);
    for (const path of ['/api/v1/protocol/compliance', '/api/v1/kdn/statistics']) {
      const ms: number[] = [];
      const until = performance.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: HTTP_USERS }, async () => {
          while (performance.now() < until) {
            const t0 = performance.now();
            const response = await fetch(`${origin}${path}`, { headers: { cookie } });
            const body = await response.text();
            if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
            ms.push(performance.now() - t0);
          }
        }),
      );
      ms.sort((a, b) => a - b);
      log(
        `  ${path.padEnd(30)} n ${String(ms.length).padStart(5)}  p50 ${percentile(ms, 50).toFixed(1)} ms  p95 ${percentile(ms, 95).toFixed(1)} ms  (${(ms.length / SECONDS).toFixed(1)}/s)`,
      );
    }
    await app.close();
  } finally {
    await pool.end();
    await database.close();
  }
}

await main();
