import type { FinancingSource, PlanContent, PlanLanguage, PlanWarning } from '@qorgau/domain/roadmap/index';
import { diffPlans } from '@qorgau/domain/roadmap/index';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { type Database, queryRows } from '../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { actLine, warningMessage } from './plan-messages.ts';
import type {
  diffResultSchema,
  planOverviewSchema,
  planSummarySchema,
  versionSummarySchema,
  warningSchema,
} from './schemas.ts';
import {
  actOf,
  getPlan,
  getVersion,
  listVersions,
  type PlanRow,
  reportingOf,
  versionContent,
  versionSource,
} from './store.ts';
import { planMeasures, planSections, plans, planVersions } from './tables.ts';

// Reading plans: the list, one plan's overview, what a version changed, a version's original text.

export type PlanSummaryDto = z.infer<typeof planSummarySchema>;
export type PlanOverviewDto = z.infer<typeof planOverviewSchema>;
export type WarningDto = z.infer<typeof warningSchema>;
type VersionSummaryDto = z.infer<typeof versionSummarySchema>;

/** A parser warning for the API, with its message in the reader's language. */
export function presentWarning(locale: Locale, w: PlanWarning): WarningDto {
  return {
    measure: w.measure,
    field: w.field,
    code: w.code,
    message: warningMessage(locale, w),
    ...(w.params ? { params: { ...w.params } } : {}),
  };
}

/** The plan-level description every plan answer starts with. */
function describe(locale: Locale, plan: PlanRow) {
  const act = actOf(plan);
  return {
    id: plan.id,
    act: { ...act, line: actLine(locale, act) },
    language: plan.language as PlanLanguage,
    title: plan.title,
    period: { from: plan.periodFrom, to: plan.periodTo },
    reporting: reportingOf(plan),
    currentVersion: plan.currentVersion,
  };
}

const int = (expression: SQL) => sql<number>`cast(${expression} as int)`.mapWith(Number);

/** Every plan with its current version's counts, newest act first. */
export async function listPlans(
  ctx: AppContext,
  locale: Locale,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: PlanSummaryDto[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (page.cursor) {
    const [date, id] = decodeCursor(page.cursor, 2);
    conditions.push(
      sql`(${plans.actDate} < ${String(date)} or (${plans.actDate} = ${String(date)} and ${plans.id} > ${String(id)}))`,
    );
  }
  const rows = await ctx.db
    .select({
      plan: plans,
      abbreviations: int(sql`jsonb_array_length(${planVersions.abbreviations})`),
      warnings: int(sql`jsonb_array_length(${planVersions.warnings})`),
      sections: int(
        sql`(select count(*) from ${planSections} where ${planSections.versionId} = ${planVersions.id})`,
      ),
      measures: int(
        sql`(select count(*) from ${planMeasures} where ${planMeasures.versionId} = ${planVersions.id})`,
      ),
      versions: int(sql`(select count(*) from plan_versions pv where pv.plan_id = ${plans.id})`),
    })
    .from(plans)
    .innerJoin(
      planVersions,
      and(eq(planVersions.planId, plans.id), eq(planVersions.version, plans.currentVersion)),
    )
    .where(and(...conditions))
    .orderBy(sql`${plans.actDate} desc`, asc(plans.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
      ...describe(locale, r.plan),
      versionCount: r.versions,
      counts: {
        sections: r.sections,
        measures: r.measures,
        abbreviations: r.abbreviations,
        warnings: r.warnings,
      },
      updatedAt: r.plan.updatedAt.toISOString(),
    })),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.plan.actDate, last.plan.id]) : null,
  };
}

async function versionSummaries(db: Database, planId: string): Promise<VersionSummaryDto[]> {
  const versions = await listVersions(db, planId);
  const counts = await queryRows<{ version_id: string; n: number }>(
    db,
    sql`select m.version_id, cast(count(*) as int) as n from plan_measures m where m.plan_id = ${planId} group by m.version_id`,
  );
  const usernames = await usernamesOf(
    db,
    versions.map((v) => v.importedBy),
  );
  return versions.map((v) => ({
    version: v.version,
    importedAt: v.importedAt.toISOString(),
    importedBy: v.importedBy ? (usernames.get(v.importedBy) ?? null) : null,
    sourceFilename: v.sourceFilename,
    sourceSha256: v.sourceSha256,
    sourceBytes: v.sourceBytes,
    measureCount: counts.find((c) => c.version_id === v.id)?.n ?? 0,
    warningCount: (v.warnings as unknown[]).length,
  }));
}

/** The usernames of staff accounts by id, for "imported by" and "translated by". */
export async function usernamesOf(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** One plan: its sections, money by year and by source, deadlines by year, warnings and versions. */
export async function readPlanOverview(
  ctx: AppContext,
  locale: Locale,
  planId: string,
  versionNumber?: number,
): Promise<PlanOverviewDto> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan, versionNumber);
  const v = version.id;
  const [sections, byYear, bySource, totals, deadlines, versions] = await Promise.all([
    queryRows<{ number: number; title: string; measure_count: number; total_mln: number }>(
      ctx.db,
      sql`select s.number, s.title, cast(count(m.id) as int) as measure_count,
                 cast(coalesce(sum(m.total_mln), 0) as float8) as total_mln
            from plan_sections s
            left join plan_measures m on m.version_id = s.version_id and m.section = s.number
           where s.version_id = ${v}
           group by s.number, s.title
           order by s.number`,
    ),
    queryRows<{ year: number; amount_mln: number }>(
      ctx.db,
      sql`select a.year, cast(sum(a.amount_mln) as float8) as amount_mln
            from plan_measure_amounts a join plan_measures m on m.id = a.measure_id
           where m.version_id = ${v}
           group by a.year order by a.year`,
    ),
    queryRows<{ sources: string[]; measure_count: number; total_mln: number }>(
      ctx.db,
      sql`select m.sources, cast(count(*) as int) as measure_count,
                 cast(coalesce(sum(m.total_mln), 0) as float8) as total_mln
            from plan_measures m
           where m.version_id = ${v} and m.financing_required
           group by m.sources order by total_mln desc, measure_count desc`,
    ),
    queryRows<{ total_mln: number; not_required: number; unreadable: number; measures: number }>(
      ctx.db,
      sql`select cast(coalesce(sum(m.total_mln), 0) as float8) as total_mln,
                 cast(count(*) filter (where not m.financing_required) as int) as not_required,
                 cast(count(*) filter (where m.deadline_start is null) as int) as unreadable,
                 cast(count(*) as int) as measures
            from plan_measures m where m.version_id = ${v}`,
    ),
    queryRows<{ year: number; measure_count: number }>(
      ctx.db,
      sql`select cast(extract(year from u.day) as int) as year, cast(count(distinct m.id) as int) as measure_count
            from plan_measures m cross join lateral unnest(m.due_dates) as u(day)
           where m.version_id = ${v}
           group by 1 order by 1`,
    ),
    versionSummaries(ctx.db, plan.id),
  ]);
  const total = totals[0];
  const warnings = version.warnings as PlanWarning[];
  return {
    ...describe(locale, plan),
    version: version.version,
    versionCount: versions.length,
    counts: {
      sections: sections.length,
      measures: total?.measures ?? 0,
      abbreviations: (version.abbreviations as unknown[]).length,
      warnings: warnings.length,
    },
    updatedAt: plan.updatedAt.toISOString(),
    sections: sections.map((s) => ({
      number: s.number,
      title: s.title,
      measureCount: s.measure_count,
      totalMln: s.total_mln,
    })),
    money: {
      totalMln: total?.total_mln ?? 0,
      byYear: byYear.map((y) => ({ year: y.year, amountMln: y.amount_mln })),
      bySource: bySource.map((s) => ({
        sources: s.sources as FinancingSource[],
        measureCount: s.measure_count,
        totalMln: s.total_mln,
      })),
      notRequired: total?.not_required ?? 0,
    },
    deadlines: {
      byYear: deadlines.map((d) => ({ year: d.year, measureCount: d.measure_count })),
      unreadable: total?.unreadable ?? 0,
    },
    warnings: warnings.map((w) => presentWarning(locale, w)),
    versions,
  };
}

/** What a version changed against the one before it (version 1: everything is added). */
export async function readVersionDiff(
  ctx: AppContext,
  planId: string,
  versionNumber: number,
): Promise<z.infer<typeof diffResultSchema>> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan, versionNumber);
  const content = await versionContent(ctx.db, version);
  const previous = version.version > 1 ? await getVersion(ctx.db, plan, version.version - 1) : null;
  const before: PlanContent = previous
    ? await versionContent(ctx.db, previous)
    : { ...content, sections: [], measures: [], abbreviations: [] };
  return {
    version: version.version,
    previousVersion: previous?.version ?? null,
    diff: diffPlans(before, content) as z.infer<typeof diffResultSchema>['diff'],
  };
}

/** The original text of a version, for download. */
export async function readVersionSource(
  ctx: AppContext,
  planId: string,
  versionNumber: number,
): Promise<{ text: string; filename: string; plan: PlanRow; version: number }> {
  const plan = await getPlan(ctx.db, planId);
  const version = await getVersion(ctx.db, plan, versionNumber);
  return {
    text: await versionSource(ctx.db, version.id),
    filename: version.sourceFilename ?? `plan-${plan.actNumber}-v${version.version}.txt`,
    plan,
    version: version.version,
  };
}
