/**
 * The case benchmark at national scale: builds (once) the data set of national.ts — 1,000,000 persons,
 * 300,000 cases, 3,000,000 tasks, notes, referrals and the case history — then starts the app in-process on
 * PostgreSQL, signs in workers of several roles and measures, with 50 concurrent users, paced (about a second
 * between a user's requests) and flat out (no pause):
 *   - the case list (GET /api/v1/cases) and the name search (GET /api/v1/cases?search=…), p50/p95;
 *   - the case list's throughput over HTTP against the same SQL run directly (`caseListRows`), as a ratio.
 * See README.md for the data set and the figures.
 *
 *   npm run -w bench cases        # BENCH_DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/qorgau_bench
 *   BENCH_SECONDS=20 npm run -w bench cases
 */
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { caseAccessFilter } from '../server/src/modules/cases/access.ts';
import { type CaseListFilter, caseListRows } from '../server/src/modules/cases/read-cases.ts';
import type { Actor } from '../server/src/platform/access/actor.ts';
import { loadActor } from '../server/src/platform/auth/actor-loader.ts';
import { users } from '../server/src/platform/auth/tables.ts';
import type { Database } from '../server/src/platform/db/database.ts';
import { queryRows } from '../server/src/platform/db/database.ts';
import * as schema from '../server/src/schema.ts';
import { listen, signIn as signInAs } from './http.ts';
import { ensureCore, log, openBench, percentile, TOTP_SECRET } from './national.ts';

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP = 3;
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);

/** The workers who list cases: a school psychologist, a police inspector, the district education
 * department's supervisor, the regional psychological centre's case manager. */
const ROLES = [
  { username: 'psychologist', label: 'school psychologist' },
  { username: 'inspector', label: 'police inspector' },
  { username: 'supervisor', label: 'education dept supervisor' },
  { username: 'casemanager', label: 'regional case manager' },
];
const SEARCHES = ['Ахметов', 'Ким', 'Seitova', 'Нурсултан', 'Омарова Айгерим', 'Kuznetsov', 'Жұмабаев Ерлан'];

interface Sample {
  role: string;
  ms: number;
}

function summary(samples: Sample[], seconds: number, role?: string): string {
  const ms = samples
    .filter((s) => role === undefined || s.role === role)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return `n ${String(ms.length).padStart(6)}  p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms  (${(ms.length / seconds).toFixed(0)}/s)`;
}

/**
 * `users` concurrent loops of `call` for `seconds`, after an unmeasured warm-up. With `thinkMs`, each user
 * pauses that long (±50 %, so they do not march in step) between requests, as people reading a list do.
 */
async function load(
  users: number,
  seconds: number,
  call: (user: number, iteration: number) => Promise<string>,
  thinkMs = 0,
): Promise<Sample[]> {
  const run = async (duration: number, samples: Sample[]) => {
    const until = performance.now() + duration * 1000;
    await Promise.all(
      Array.from({ length: users }, async (_, user) => {
        let iteration = 0;
        if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
        while (performance.now() < until) {
          const t0 = performance.now();
          const role = await call(user, iteration++);
          samples.push({ role, ms: performance.now() - t0 });
          if (thinkMs > 0)
            await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
        }
      }),
    );
  };
  await run(WARMUP, []);
  const samples: Sample[] = [];
  await run(seconds, samples);
  return samples;
}

/** EXPLAIN ANALYZE of the statement `caseListRows` sends for an actor and filter (caught by a logger). */
async function explainList(pool: pg.Pool, actor: Actor, filter: CaseListFilter): Promise<string> {
  let caught: { query: string; params: unknown[] } | undefined;
  const spy = drizzle(pool, {
    schema,
    logger: {
      logQuery: (query, params) => {
        caught = { query, params };
      },
    },
  }) as unknown as Database;
  await caseListRows(spy, actor, filter, new Date());
  if (!caught) throw new Error('no statement');
  const { rows } = await pool.query(`explain (analyze, buffers) ${caught.query}`, caught.params);
  return rows.map((r) => `      ${r['QUERY PLAN']}`).join('\n');
}

async function main(): Promise<void> {
  const bench = await openBench();
  const { ctx, database, pool } = bench;
  try {
    await ensureCore(bench);
    const [counts] = await queryRows<Record<string, number>>(
      ctx.db,
      sql`select (select count(*)::int from persons) as persons, (select count(*)::int from cases) as cases,
                 (select count(*)::int from case_tasks) as tasks, (select count(*)::int from case_notes) as notes,
                 (select count(*)::int from referrals) as referrals, (select count(*)::int from case_assignees) as assignees,
                 (select count(*)::int from case_participants) as participants,
                 (select count(*)::int from audit_events) as audit_events`,
    );
    log(`data set: ${JSON.stringify(counts)}`);

    const { app, origin } = await listen(ctx);
    const signIn = (username: string) => signInAs(origin, username, TOTP_SECRET);
    const signedIn: { username: string; label: string; cookie: string; actor: Actor; visible: number }[] = [];
    for (const role of ROLES) {
      const cookie = await signIn(role.username);
      const [row] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, role.username));
      const actor = await loadActor(ctx.db, row?.id ?? '', 'bench');
      if (!actor) throw new Error(`no actor ${role.username}`);
      const started = performance.now();
      const [visible] = await queryRows<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from cases where ${caseAccessFilter(actor, new Date())}`,
      );
      log(
        `  ${role.label.padEnd(26)} ${role.username.padEnd(12)} may open ${visible?.n} cases (counted in ${(performance.now() - started).toFixed(0)} ms)`,
      );
      signedIn.push({ ...role, cookie, actor, visible: visible?.n ?? 0 });
    }
    // The national analyst: statistics only, never a case.
    const analystCookie = await signIn('analyst');
    const analyst = await fetch(`${origin}/api/v1/cases?limit=50`, { headers: { cookie: analystCookie } });
    log(`  national analyst: GET /api/v1/cases → ${analyst.status} (analysts never open cases)`);
    await analyst.arrayBuffer();

    if (process.env.BENCH_EXPLAIN) {
      for (const who of signedIn) {
        for (const filter of [
          { sort: 'updated', limit: 50 },
          { sort: 'updated', limit: 50, search: process.env.BENCH_EXPLAIN_SEARCH ?? 'Ахметов' },
        ] as CaseListFilter[]) {
          log(`\n  EXPLAIN ${who.username} ${JSON.stringify(filter)}`);
          log(await explainList(pool, who.actor, filter));
        }
      }
      if (process.env.BENCH_EXPLAIN === 'only') {
        await app.close();
        return;
      }
    }

    const get = async (user: number, path: string) => {
      const who = signedIn[user % signedIn.length] as (typeof signedIn)[number];
      const response = await fetch(`${origin}${path}`, { headers: { cookie: who.cookie } });
      const body = await response.text();
      if (!response.ok)
        throw new Error(`${path} as ${who.username}: ${response.status} ${body.slice(0, 500)}`);
      return who.label;
    };

    const listPath = () => '/api/v1/cases?limit=50';
    const searchPath = (user: number, i: number) =>
      `/api/v1/cases?limit=50&search=${encodeURIComponent(SEARCHES[(user + i) % SEARCHES.length] as string)}`;
    // Paced: each user reads for about a second between requests. Flat out: no pause at all, so the machine
    // is saturated and a request's latency is mostly its wait for the CPU (50 users / throughput).
    let list: Sample[] = [];
    for (const [mode, think] of [
      [`paced, ${THINK_MS} ms think time`, THINK_MS],
      ['flat out, no think time', 0],
    ] as const) {
      log(
        `\n${USERS} concurrent users (spread over the ${signedIn.length} roles), ${mode}, ${SECONDS} s each, PostgreSQL, app in-process:`,
      );
      const listed = await load(USERS, SECONDS, (user) => get(user, listPath()), think);
      log(`  case list   all  ${summary(listed, SECONDS)}`);
      for (const r of signedIn) log(`    ${r.label.padEnd(26)} ${summary(listed, SECONDS, r.label)}`);
      const search = await load(USERS, SECONDS, (user, i) => get(user, searchPath(user, i)), think);
      log(`  name search all  ${summary(search, SECONDS)}`);
      for (const r of signedIn) log(`    ${r.label.padEnd(26)} ${summary(search, SECONDS, r.label)}`);
      if (think === 0) list = listed;
    }

    // The same SQL the list endpoint runs, straight on the pool, same users, same concurrency.
    const filter: CaseListFilter = { sort: 'updated', limit: 50 };
    const direct = await load(USERS, SECONDS, async (user) => {
      const who = signedIn[user % signedIn.length] as (typeof signedIn)[number];
      await caseListRows(ctx.db, who.actor, filter, new Date());
      return who.label;
    });
    log(`  list SQL directly ${summary(direct, SECONDS)}`);
    log(
      `\nthroughput ratio, case list endpoint / its SQL run directly: ${(list.length / direct.length).toFixed(2)} (${(list.length / SECONDS).toFixed(0)} vs ${(direct.length / SECONDS).toFixed(0)} per second)`,
    );
    await app.close();
  } finally {
    await pool.end();
    await database.close();
  }
}

await main();
