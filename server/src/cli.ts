import { eq } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { cliLocale, importPlanFile, parsePlanFile } from './modules/plans/plan-cli.ts';
import { verifyAuditChain } from './platform/audit/audit.ts';
import { users } from './platform/auth/tables.ts';
import { totpCode } from './platform/auth/totp.ts';
import { systemClock } from './platform/context.ts';
import { createLogger, openContext } from './platform/runtime.ts';
import { seedDemo } from './seed/demo.ts';
import { seedDemoCases } from './seed/demo-cases.ts';
import { seedPlan } from './seed/plan.ts';
import { seedTerritory } from './seed/territory.ts';

const USAGE = `Usage: npm run -s qorgau -- <command>

Commands:
  migrate                 apply database migrations
  seed                    load the territory tree, the demo data and the 2020 roadmap (idempotent)
  plan parse <file>       print the plan a legal-acts portal text export holds, as JSON (no database)
  plan import <file> [--dry-run]
                          import a plan, all or nothing, and print what it holds and what changed;
                          messages follow LANG (ru…, en…, otherwise Kazakh); exit 2 if it is not a plan
  audit verify            walk the audit hash chain; names the first broken link (exit 1)
  demo totp <username>    print the current one-time code of a demo account
  openapi                 print the OpenAPI document
`;

type Out = { out: (s: string) => void; err: (s: string) => void };

async function withContext<T>(
  fn: (ctx: Awaited<ReturnType<typeof openContext>>['ctx']) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env);
  const { ctx, database } = await openContext(config, { log: createLogger('warn'), clock: systemClock });
  try {
    return await fn(ctx);
  } finally {
    await database.close();
  }
}

/** The OpenAPI document, built from the routes on a throwaway in-memory database (no data needed). */
export async function openApiDocument(): Promise<unknown> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const { ctx, database } = await openContext(config, {
    log: createLogger('silent'),
    clock: systemClock,
    dataDir: null,
  });
  const { app } = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  const document = app.swagger();
  await app.close();
  await database.close();
  return document;
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(args: string[], io: Out): Promise<number> {
  const [command, sub, arg] = args;
  switch (command) {
    case 'migrate':
      await withContext(async () => undefined);
      io.out('Migrations applied.\n');
      return 0;
    case 'seed':
      return withContext(async (ctx) => {
        const territory = await seedTerritory(ctx.db);
        const demo = await seedDemo(ctx);
        // Invented children's cases only where demo data is wanted: never in a production installation.
        const cases = ctx.config.DEMO_SEED ? await seedDemoCases(ctx) : { cases: 0 };
        const plan = await seedPlan(ctx);
        io.out(
          `Territory units loaded: ${territory.loaded}; demo organisations: ${demo.organisations}; demo users: ${demo.users}; demo cases: ${cases.cases}; plan measures: ${plan.measures}\n`,
        );
        return 0;
      });
    case 'audit':
      if (sub !== 'verify') break;
      return withContext(async (ctx) => {
        const report = await verifyAuditChain(ctx.db);
        if (report.ok) {
          io.out(`Audit chain intact: ${report.checked} events checked.\n`);
          return 0;
        }
        io.err(
          `Audit chain BROKEN at event ${report.firstBroken?.id} (${report.firstBroken?.reason}); ${report.checked} events before it are intact.\n`,
        );
        return 1;
      });
    case 'demo':
      if (sub !== 'totp' || !arg) break;
      return withContext(async (ctx) => {
        const [user] = await ctx.db
          .select()
          .from(users)
          .where(eq(users.username, arg.toLowerCase()))
          .limit(1);
        if (!user?.totpSecretEnc) {
          io.err(`No account "${arg}" with a second factor.\n`);
          return 2;
        }
        io.out(`${totpCode(ctx.secretBox.open(user.totpSecretEnc), new Date())}\n`);
        return 0;
      });
    case 'plan': {
      const file = args.slice(2).find((a) => !a.startsWith('--'));
      if (!file || (sub !== 'parse' && sub !== 'import')) break;
      const locale = cliLocale(process.env.LANG);
      if (sub === 'parse') return parsePlanFile(file, io, locale);
      const dryRun = args.includes('--dry-run');
      return importPlanFile(withContext, file, dryRun, io, locale);
    }
    case 'openapi':
      io.out(`${JSON.stringify(await openApiDocument(), null, 2)}\n`);
      return 0;
  }
  io.err(USAGE);
  return 2;
}

if (import.meta.main) {
  // `qorgau plan parse … | head` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
    });
  } catch (error) {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}
