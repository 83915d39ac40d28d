/**
 * The reporting benchmark: 5 plans × 200 measures × 20 regions × 4 yearly periods of reports on a fresh
 * PostgreSQL database, the app started in-process, 20 concurrent readers of the completeness and
 * dashboard endpoints (p50/p95), and the time to generate the Government report for 200 measures.
 *
 *   npm run -w bench reporting            # BENCH_DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/postgres
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMeasure, ParsedPlan } from '@qorgau/domain/roadmap/index';
import { parsePlan } from '@qorgau/domain/roadmap/index';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { jobDefinitions } from '../server/src/jobs.ts';
import { storeParsedPlan } from '../server/src/modules/plans/service.ts';
import { openPeriod, requestGovernmentReport } from '../server/src/modules/reporting/service.ts';
import { reportingObligations } from '../server/src/modules/reporting/tables.ts';
import { loadActor } from '../server/src/platform/auth/actor-loader.ts';
import { users } from '../server/src/platform/auth/tables.ts';
import { systemClock } from '../server/src/platform/context.ts';
import { queryRows } from '../server/src/platform/db/database.ts';
import { createWorker } from '../server/src/platform/jobs/worker.ts';
import { createLogger, openContext } from '../server/src/platform/runtime.ts';
import { seedDemo } from '../server/src/seed/demo.ts';
import { seedTerritory } from '../server/src/seed/territory.ts';
import { listen, signIn } from './http.ts';
import { measureLoad } from './load.ts';

const PLANS = 5;
const MEASURES = 200;
const YEARS = [2020, 2021, 2022, 2023];
const USERS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ROADMAP = new URL('../domain/data/roadmap-2020-156.kk.txt', import.meta.url);

const log = (message: string) => process.stdout.write(`${message}\n`);

/** A deterministic pseudo-random sequence, so every run builds the same data set. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A plan of 200 measures made from the 2020 roadmap's 70: same sections, executors, deadlines and money. */
function syntheticPlan(base: ParsedPlan, index: number): ParsedPlan {
  const measures: ParsedMeasure[] = [];
  for (let n = 1; n <= MEASURES; n++) {
    const source = base.measures[(n - 1) % base.measures.length] as ParsedMeasure;
    // Every measure runs over the whole plan, so each yearly period reports on all 200.
    measures.push({
      ...source,
      number: n,
      title: `${source.title} (${index}.${n})`,
      deadline: {
        text: '2020 – 2023 жылдар',
        start: '2020-01-01',
        end: '2023-12-31',
        dueDates: ['2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31'],
      },
      financing: {
        ...source.financing,
        byYearMln: { '2020': 10, '2021': 12, '2022': 14, '2023': 16 },
        totalMln: 52,
        required: true,
      },
    });
  }
  return {
    ...base,
    act: { ...base.act, number: `9${index}0` },
    title: `${base.title} — ${index}`,
    measures,
    warnings: [],
  };
}

async function main(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `qorgau_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-bench-'));
  log(`database ${name} on ${url.host}`);

  const config = loadConfig({
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    DEMO_TOTP_SECRET: TOTP_SECRET,
    SECRET_KEY: 'cd'.repeat(32),
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
  });
  const { ctx, database } = await openContext(config, { log: createLogger('silent'), clock: systemClock });
  try {
    let started = performance.now();
    await seedTerritory(ctx.db);
    await seedDemo(ctx);
    const [coordinatorRow] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'coordinator'));
    const coordinator = await loadActor(ctx.db, coordinatorRow?.id ?? '', 'bench');
    if (!coordinator) throw new Error('no coordinator');
    const roadmap = parsePlan(readFileSync(ROADMAP, 'utf8'));
    const periods: { id: string; year: number; plan: number }[] = [];
    for (let p = 1; p <= PLANS; p++) {
      const parsed = syntheticPlan(roadmap, p);
      const text = JSON.stringify(parsed);
      const stored = await storeParsedPlan(
        ctx,
        null,
        {},
        {
          parsed,
          text,
          sha256: createHash('sha256').update(text).digest('hex'),
          filename: null,
          bytes: text.length,
          dryRun: false,
        },
      );
      for (const year of YEARS) {
        const opened = await openPeriod(ctx, coordinator, {}, 'kk', {
          planId: stored.planId as string,
          year,
          part: 1,
          dryRun: false,
        });
        periods.push({ id: opened.period.id as string, year, plan: p });
      }
    }
    const [{ n: obligations } = { n: 0 }] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select cast(count(*) as int) as n from reporting_obligations`,
    );
    log(
      `data set: ${PLANS} plans × ${MEASURES} measures, ${periods.length} periods, ${obligations} obligations (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    // Reports: three in four submitted (most on time), half of those accepted; each with its version row.
    started = performance.now();
    const next = random(42);
    let reports = 0;
    for (const period of periods) {
      const rows = await ctx.db
        .select({
          id: reportingObligations.id,
          due: reportingObligations.reportDue,
          invited: reportingObligations.invited,
        })
        .from(reportingObligations)
        .where(eq(reportingObligations.periodId, period.id));
      const submitted = rows.filter(() => next() < 0.75);
      for (let i = 0; i < submitted.length; i += 1000) {
        const batch = submitted.slice(i, i + 1000).map((o) => {
          const offset = Math.floor(next() * 30) - 20; // days relative to the due date
          const at = new Date(Date.parse(`${o.due}T06:00:00Z`) + offset * 86_400_000);
          const accepted = next() < 0.5;
          const status =
            (['executed', 'executed', 'partially_executed', 'in_progress'] as const)[
              Math.floor(next() * 4)
            ] ?? 'executed';
          const content = {
            status,
            reason: null,
            text: {
              kk: 'Іс-шара жоспарға сәйкес орындалды, нәтижелері ведомствоаралық кеңесте қаралды.',
              ru: null,
            },
            document: null,
            indicators: {
              events_held: 1 + Math.floor(next() * 9),
              participants: 20 + Math.floor(next() * 400),
            },
            spending: { republican: Math.round(next() * 5000) / 1000 },
            evidence: [],
          };
          return { id: o.id, at, accepted, content };
        });
        const rows = JSON.stringify(
          batch.map((b) => ({
            id: b.id,
            state: b.accepted ? 'accepted' : 'submitted',
            content: b.content,
            at: b.at.toISOString(),
          })),
        );
        await ctx.db.execute(sql`
          update reporting_obligations o set state = v.state, content = v.content, execution_status = v.content ->> 'status',
                 version = 1, first_submitted_at = v.at, last_submitted_at = v.at, submitted_by = ${coordinatorRow?.id}::uuid,
                 accepted_at = case when v.state = 'accepted' then v.at + interval '5 days' end
            from jsonb_to_recordset(${rows}::jsonb) as v(id uuid, state text, content jsonb, at timestamptz)
           where o.id = v.id`);
        await ctx.db.execute(sql`
          insert into reporting_report_versions (obligation_id, version, content, submitted_at, submitted_by, decision, reviewed_at, reviewed_by)
          select v.id, 1, v.content, v.at, ${coordinatorRow?.id}::uuid,
                 case when v.state = 'accepted' then 'accepted' end,
                 case when v.state = 'accepted' then v.at + interval '5 days' end,
                 case when v.state = 'accepted' then ${coordinatorRow?.id}::uuid end
            from jsonb_to_recordset(${rows}::jsonb) as v(id uuid, state text, content jsonb, at timestamptz)`);
        reports += batch.length;
      }
    }
    await ctx.db.execute(sql`analyze`);
    log(`reports: ${reports} submitted (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    // The app, in-process, on a free port; the coordinator signs in like a browser.
    const { app, origin } = await listen(ctx);
    const cookie = await signIn(origin, 'coordinator', TOTP_SECRET);

    // The busiest kind of period: 2022, after the reform, 20 akimats on every ЖАО measure.
    const target = periods.find((p) => p.year === 2022) ?? periods[0];
    if (!target) throw new Error('no period');
    const endpoints = [
      { name: 'completeness', path: `/api/v1/reporting/periods/${target.id}/completeness` },
      { name: 'dashboard', path: `/api/v1/reporting/dashboard?periodId=${target.id}` },
    ];
    log(`\n${USERS} concurrent users, ${SECONDS} s per endpoint, PostgreSQL:`);
    for (const endpoint of endpoints) {
      const warm = await fetch(`${origin}${endpoint.path}`, { headers: { cookie } });
      if (!warm.ok) throw new Error(`${endpoint.name}: ${warm.status} ${await warm.text()}`);
      await warm.arrayBuffer();
      // The load comes from another thread, after a few unmeasured seconds that warm the process up.
      const r = await measureLoad({ origin, path: endpoint.path, cookie, users: USERS, seconds: SECONDS });
      log(
        `  ${endpoint.name.padEnd(13)} requests ${String(r.requests).padStart(6)}  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  (${r.perSecond.toFixed(0)} req/s)`,
      );
    }

    // The Government report for the 200 measures of that period, from queueing to the three files.
    const worker = createWorker(ctx, jobDefinitions);
    for (const language of ['kk', 'ru'] as const) {
      started = performance.now();
      await requestGovernmentReport(ctx, coordinator, target.id, language);
      await worker.runDue();
      const seconds = (performance.now() - started) / 1000;
      const [report] = await queryRows<{ measures: number; status: string }>(
        ctx.db,
        sql`select measures, status from government_reports order by created_at desc limit 1`,
      );
      log(
        `\nGovernment report (${language}, ${report?.measures} measures, DOCX + XLSX + PDF): ${seconds.toFixed(2)} s, ${report?.status}`,
      );
    }
    await app.close();
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    const drop = new pg.Client({ connectionString: base });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  }
}

await main();
