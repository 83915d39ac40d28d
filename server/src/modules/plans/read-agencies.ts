import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.ts';
import { type Database, queryRows } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { type AgencyDto, loadDirectory, presentDirectory } from './agencies.ts';
import { getPlan, getVersion } from './store.ts';

// Reading a plan's agency directory, with how often the current version names each code.

/** How often each code of a version is named as executor, as lead, and as addressee. */
export async function usageInVersion(
  db: Database,
  versionId: string,
): Promise<Map<string, AgencyDto['usage']>> {
  const [executors, addressees] = await Promise.all([
    queryRows<{ code: string; executor: number; lead: number }>(
      db,
      sql`select e.code, cast(count(*) as int) as executor, cast(count(*) filter (where e.lead) as int) as lead
            from plan_measure_executors e join plan_measures m on m.id = e.measure_id
           where m.version_id = ${versionId} group by e.code`,
    ),
    queryRows<{ code: string; n: number }>(
      db,
      sql`select m.form_reports_to as code, cast(count(*) as int) as n from plan_measures m
           where m.version_id = ${versionId} and m.form_reports_to is not null group by m.form_reports_to`,
    ),
  ]);
  const usage = new Map<string, AgencyDto['usage']>();
  for (const e of executors) usage.set(e.code, { executor: e.executor, lead: e.lead, reportsTo: 0 });
  for (const a of addressees) {
    const u = usage.get(a.code) ?? { executor: 0, lead: 0, reportsTo: 0 };
    usage.set(a.code, { ...u, reportsTo: a.n });
  }
  return usage;
}

/** The agency directory of a plan, with usage counted in the current version. */
export async function listAgencies(
  ctx: AppContext,
  locale: Locale,
  planId: string,
): Promise<{ items: AgencyDto[] }> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan);
  const directory = await loadDirectory(ctx.db, plan.id);
  const usage = await usageInVersion(ctx.db, version.id);
  const items = await presentDirectory(
    ctx.db,
    locale,
    [...directory.values()],
    { from: plan.periodFrom, to: plan.periodTo },
    usage,
  );
  return { items };
}
