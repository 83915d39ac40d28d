import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.ts';
import { queryRows } from '../../platform/db/database.ts';
import { type PeriodDto, type PeriodRow, reminderRuleOf } from './store.ts';
import { reportingObligations, reportingPeriods } from './tables.ts';

type Counts = PeriodDto['counts'];

/** A period for the API. */
export function presentPeriod(row: PeriodRow, counts: Counts): PeriodDto {
  return {
    id: row.id,
    planId: row.planId,
    planVersion: row.planVersion,
    code: row.code,
    frequency: row.frequency,
    year: row.year,
    part: row.part,
    start: row.start,
    end: row.end,
    executorsDue: row.executorsDue,
    coordinatorDue: row.coordinatorDue,
    rule: {
      frequency: row.frequency,
      executorsDueDay: row.executorsDueDay,
      coordinatorDueDay: row.coordinatorDueDay,
    },
    overridden: row.overridden,
    reminderRule: { ...reminderRuleOf(row), daysBefore: [...reminderRuleOf(row).daysBefore] },
    openedAt: row.openedAt.toISOString(),
    counts,
  };
}

async function countsOf(ctx: AppContext, periodIds: string[]): Promise<Map<string, Counts>> {
  if (periodIds.length === 0) return new Map();
  const rows = await queryRows<{ period_id: string; measures: number; obligations: number; invited: number }>(
    ctx.db,
    sql`select period_id, cast(count(distinct measure_number) as int) as measures,
               cast(count(*) as int) as obligations, cast(count(*) filter (where invited) as int) as invited
          from ${reportingObligations}
         where period_id in (${sql.join(
           periodIds.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})
         group by period_id`,
  );
  return new Map(
    rows.map((r) => [
      r.period_id,
      {
        measures: Number(r.measures),
        obligations: Number(r.obligations),
        invited: Number(r.invited),
        expected: Number(r.obligations) - Number(r.invited),
      },
    ]),
  );
}

/** The periods of a plan (or of every plan), newest first. Periods hold no personal data: any reader sees them. */
export async function listPeriods(
  ctx: AppContext,
  planId: string | undefined,
): Promise<{ items: PeriodDto[] }> {
  const rows = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(planId ? eq(reportingPeriods.planId, planId) : undefined)
    .orderBy(desc(reportingPeriods.start), asc(reportingPeriods.code));
  const counts = await countsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const zero = { measures: 0, obligations: 0, expected: 0, invited: 0 };
  return { items: rows.map((r) => presentPeriod(r, counts.get(r.id) ?? zero)) };
}

/** One period. */
export async function readPeriod(ctx: AppContext, row: PeriodRow): Promise<PeriodDto> {
  const counts = await countsOf(ctx, [row.id]);
  return presentPeriod(row, counts.get(row.id) ?? { measures: 0, obligations: 0, expected: 0, invited: 0 });
}

/** How many obligations a period has (for tests and the CLI). */
export async function obligationCount(ctx: AppContext, periodId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(reportingObligations)
    .where(and(eq(reportingObligations.periodId, periodId)));
  return row?.n ?? 0;
}
