import { eq } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { verifyAuditChain } from './platform/audit/audit.ts';
import { users } from './platform/auth/tables.ts';
import { totpCode } from './platform/auth/totp.ts';
import { systemClock } from './platform/context.ts';
import { createLogger, openContext } from './platform/runtime.ts';
import { seedDemo } from './seed/demo.ts';
import { seedTerritory } from './seed/territory.ts';

const USAGE = `Usage: npm run -s qorgau -- <command>

Commands:
  migrate                 apply database migrations
  seed                    load the territory tree and the demo data (idempotent)
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
        io.out(
          `Territory units loaded: ${territory.loaded}; demo organisations: ${demo.organisations}; demo users: ${demo.users}\n`,
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
    case 'openapi':
      return withContext(async (ctx) => {
        const { app } = await buildApp(ctx, { serveWeb: false });
        await app.ready();
        io.out(`${JSON.stringify(app.swagger(), null, 2)}\n`);
        await app.close();
        return 0;
      });
  }
  io.err(USAGE);
  return 2;
}

if (import.meta.main) {
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
