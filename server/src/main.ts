import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { jobDefinitions, jobSchedules } from './jobs.ts';
import { systemClock } from './platform/context.ts';
import { createWorker } from './platform/jobs/worker.ts';
import { createLogger, openContext } from './platform/runtime.ts';
import { demoLogins, seedDemo } from './seed/demo.ts';
import { seedDemoCases } from './seed/demo-cases.ts';
import { seedPlan } from './seed/plan.ts';
import { printDemoLogins } from './seed/print-logins.ts';
import { seedReporting } from './seed/reporting.ts';
import { seedTerritory } from './seed/territory.ts';

/** Composition root: config → database → migrations → seed → app → listen. */
async function main(): Promise<void> {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Qorgau cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const { ctx, database } = await openContext(config, { log, clock: systemClock });
  const territory = await seedTerritory(ctx.db);
  if (territory.loaded > 0) log.info({ units: territory.loaded }, 'loaded the KATO territory tree');
  if (config.DEMO_SEED) {
    const seeded = await seedDemo(ctx);
    if (seeded.organisations + seeded.users > 0) log.info(seeded, 'demo data created');
    const demoCases = await seedDemoCases(ctx);
    if (demoCases.cases > 0) log.info(demoCases, 'demo cases created');
  }
  // The 2020 roadmap is a published act, not demo data: every installation starts with it unless told not to.
  if (config.SEED_ROADMAP) {
    const plan = await seedPlan(ctx);
    if (plan.loaded) log.info({ measures: plan.measures }, 'loaded the 2020 roadmap (resolution No. 156)');
    if (config.DEMO_SEED) {
      const reporting = await seedReporting(ctx);
      if (reporting.opened) log.info(reporting, 'opened the demo 2020 reporting period');
    }
  }
  const worker = createWorker(ctx, jobDefinitions, jobSchedules);
  if (config.JOBS_ENABLED) worker.start();
  const { app } = await buildApp(ctx);
  await app.listen({ port: config.PORT, host: config.HOST });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info({ port: config.PORT, database: database.kind, seconds }, 'Qorgau is running');
  if (config.DEMO_SEED) printDemoLogins(await demoLogins(ctx), config, `http://localhost:${config.PORT}`);

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
