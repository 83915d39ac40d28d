import {
  type Assessment,
  completeness,
  consolidationFigures,
  dateInKazakhstan,
  type ExecutorReport,
  SPENDING_SOURCES,
} from '@qorgau/domain/reporting/index';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { cachedFigures } from './figures-cache.ts';
import { periodPlan } from './plan-content.ts';
import { regionName } from './read-completeness.ts';
import { nameIn, obligationScope, organisationsById, type PeriodRow, presentObligation } from './store.ts';
import { reportingMeasureTexts, reportingObligations, reportingPeriods } from './tables.ts';

// The coordinator's dashboard and the executor's own list. Figures come from the tested domain
// functions over the rows of the reader's scope.

const ASSESSMENTS = [
  'executed',
  'partially_executed',
  'in_progress',
  'not_executed',
  'no_information',
] as const;

/** The dashboard of a period (the latest of the plan, or of any plan, when none is named). */
export async function readDashboard(
  ctx: AppContext,
  actor: Actor,
  locale: Locale,
  query: { planId?: string | undefined; periodId?: string | undefined },
) {
  const asOf = ctx.clock.now();
  const [period] = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(
      query.periodId
        ? eq(reportingPeriods.id, query.periodId)
        : query.planId
          ? eq(reportingPeriods.planId, query.planId)
          : undefined,
    )
    .orderBy(desc(reportingPeriods.start))
    .limit(1);
  if (!period) {
    return {
      planId: query.planId ?? null,
      periodId: null,
      periodCode: null,
      asOf: asOf.toISOString(),
      measuresByStatus: [],
      overdueMeasures: [],
      executorsByTimeliness: [],
      money: { plannedByYear: [], spentByYear: [] },
      regions: [],
    };
  }
  // Money spent is summed over every period of the plan, so a change in any of them makes new figures.
  const [{ revision = 0 } = {}] = await ctx.db
    .select({
      revision: sql<number>`cast(coalesce(sum(${reportingPeriods.revision}), 0) as int)`.mapWith(Number),
    })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, period.planId));
  const figures = await cachedFigures(
    'dashboard',
    period,
    actor,
    `${locale}|${dateInKazakhstan(asOf)}|${revision}`,
    () => computeDashboard(ctx, actor, locale, period, asOf),
  );
  return { ...figures, asOf: asOf.toISOString() };
}

async function computeDashboard(
  ctx: AppContext,
  actor: Actor,
  locale: Locale,
  period: PeriodRow,
  asOf: Date,
) {
  const plan = await periodPlan(ctx.db, period);
  const rows = await ctx.db
    .select({
      id: reportingObligations.id,
      measure: reportingObligations.measureNumber,
      section: reportingObligations.section,
      organisationId: reportingObligations.organisationId,
      regionCode: reportingObligations.regionCode,
      invited: reportingObligations.invited,
      reportDue: reportingObligations.reportDue,
      deliverableDue: reportingObligations.deliverableDue,
      firstSubmittedAt: reportingObligations.firstSubmittedAt,
      acceptedAt: reportingObligations.acceptedAt,
      state: reportingObligations.state,
      executionStatus: reportingObligations.executionStatus,
      content: reportingObligations.content,
    })
    .from(reportingObligations)
    .where(and(eq(reportingObligations.periodId, period.id), obligationScope(actor)));
  const texts = await ctx.db
    .select()
    .from(reportingMeasureTexts)
    .where(eq(reportingMeasureTexts.periodId, period.id));
  const orgs = await organisationsById(
    ctx.db,
    rows.map((r) => r.organisationId),
  );
  const figures = completeness(rows, asOf, (id) => nameIn(locale, orgs.get(id)));
  const today = dateInKazakhstan(asOf);

  // A measure's status: the coordinator's assessment, else what its accepted (or at least submitted) reports suggest.
  const numbers = [...new Set(rows.map((r) => r.measure))].sort((a, b) => a - b);
  const statusOf = new Map<number, Assessment>();
  for (const number of numbers) {
    const text = texts.find((x) => x.measureNumber === number);
    if (text?.assessment) {
      statusOf.set(number, text.assessment as Assessment);
      continue;
    }
    const measure = plan.byNumber.get(number);
    const reported = rows.filter(
      (r) => r.measure === number && r.firstSubmittedAt !== null && r.content !== null,
    );
    if (!measure || reported.length === 0) {
      statusOf.set(number, 'no_information');
      continue;
    }
    const f = consolidationFigures(
      measure,
      reported.flatMap((r) => {
        const c = r.content as ExecutorReport;
        return c.status === null
          ? []
          : [
              {
                organisationId: r.organisationId,
                organisationName: '',
                regionCode: r.regionCode,
                report: { status: c.status, indicators: c.indicators, spending: c.spending },
              },
            ];
      }),
      {
        year: period.year,
        expectedRegionCodes: rows
          .filter((r) => r.measure === number && !r.invited && r.regionCode)
          .map((r) => r.regionCode as string),
      },
    );
    statusOf.set(number, f.assessment);
  }
  const sections = [...new Set(numbers.map((n) => plan.byNumber.get(n)?.section ?? null))];
  const measuresByStatus = sections.map((section) => {
    const counts = Object.fromEntries(ASSESSMENTS.map((a) => [a, 0])) as Record<
      (typeof ASSESSMENTS)[number],
      number
    >;
    for (const n of numbers)
      if ((plan.byNumber.get(n)?.section ?? null) === section) counts[statusOf.get(n) ?? 'no_information']++;
    return { section, title: plan.sections.find((s) => s.number === section)?.title ?? '', ...counts };
  });

  // Past a due date (the deliverable's within the period, else the report's) with no "executed" report.
  const overdueMeasures = numbers.flatMap((number) => {
    const mine = rows.filter((r) => r.measure === number);
    const due = mine.map((r) => r.deliverableDue ?? r.reportDue).sort()[0];
    if (!due || due >= today) return [];
    const executed = mine.some((r) => r.firstSubmittedAt !== null && r.executionStatus === 'executed');
    if (executed) return [];
    return [
      {
        number,
        title: (plan.byNumber.get(number)?.title ?? '').slice(0, 200),
        due,
        reports: mine.filter((r) => r.firstSubmittedAt !== null).length,
      },
    ];
  });

  // Money: planned by year from the plan (the measures of this period), spent by year and source as reported.
  const plannedByYear = new Map<number, number>();
  for (const n of numbers) {
    const m = plan.byNumber.get(n);
    for (const [year, amount] of Object.entries(m?.financing.byYearMln ?? {}))
      plannedByYear.set(Number(year), (plannedByYear.get(Number(year)) ?? 0) + Math.round(amount * 1000));
  }
  const periods = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, period.planId))
    .orderBy(asc(reportingPeriods.start));
  const spentRows = await ctx.db
    .select({ periodId: reportingObligations.periodId, content: reportingObligations.content })
    .from(reportingObligations)
    .where(
      and(
        inArray(
          reportingObligations.periodId,
          periods.map((p) => p.id),
        ),
        inArray(reportingObligations.state, ['submitted', 'accepted']),
        obligationScope(actor),
      ),
    );
  const spent = new Map<string, number>();
  for (const r of spentRows) {
    const year = periods.find((p) => p.id === r.periodId)?.year ?? 0;
    const c = r.content as ExecutorReport;
    for (const source of SPENDING_SOURCES) {
      const value = c.spending[source];
      if (value !== undefined)
        spent.set(`${year}:${source}`, (spent.get(`${year}:${source}`) ?? 0) + Math.round(value * 1000));
    }
  }

  return {
    planId: period.planId,
    periodId: period.id,
    periodCode: period.code,
    asOf: asOf.toISOString(),
    measuresByStatus,
    overdueMeasures,
    executorsByTimeliness: figures.byExecutor
      .map((e) => ({ ...e, regionCode: orgs.get(e.organisationId)?.regionCode ?? null }))
      .sort((a, b) => b.late + b.missing - (a.late + a.missing) || a.name.localeCompare(b.name, locale)),
    money: {
      plannedByYear: [...plannedByYear]
        .sort((a, b) => a[0] - b[0])
        .map(([year, amount]) => ({ year, amountMln: amount / 1000 })),
      spentByYear: [...spent]
        .map(([key, amount]) => {
          const [year, source] = key.split(':');
          return {
            year: Number(year),
            source: source as (typeof SPENDING_SOURCES)[number],
            amountMln: amount / 1000,
          };
        })
        .sort((a, b) => a.year - b.year || a.source.localeCompare(b.source)),
    },
    regions: REGIONS.flatMap((r) => {
      const found = figures.byRegion.find((x) => x.regionCode === r.code);
      if (!found) return [];
      return [{ ...found, regionCode: r.code, name: regionName(locale, r.code), iso: r.iso }];
    }),
  };
}

/** The signed-in person's organisation's obligations in every period, with due dates and the countdown. */
export async function readMyObligations(ctx: AppContext, actor: Actor, periodId: string | undefined) {
  const rows = await ctx.db
    .select({
      o: reportingObligations,
      code: reportingPeriods.code,
      planVersion: reportingPeriods.planVersion,
    })
    .from(reportingObligations)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, reportingObligations.periodId))
    .where(
      and(
        eq(reportingObligations.organisationId, actor.organisationId),
        periodId ? eq(reportingObligations.periodId, periodId) : undefined,
      ),
    )
    .orderBy(desc(reportingPeriods.start), asc(reportingObligations.measureNumber));
  const asOf = ctx.clock.now();
  const orgs = await organisationsById(ctx.db, [actor.organisationId]);
  const titles = new Map<string, Map<number, string>>();
  for (const r of rows) {
    const key = `${r.o.planId}:${r.planVersion}`;
    if (!titles.has(key)) {
      const plan = await periodPlan(ctx.db, { planId: r.o.planId, planVersion: r.planVersion });
      titles.set(key, new Map(plan.measures.map((m) => [m.number, m.title])));
    }
  }
  return {
    items: rows.map((r) =>
      presentObligation(r.o, {
        asOf,
        periodCode: r.code,
        measureTitle: titles.get(`${r.o.planId}:${r.planVersion}`)?.get(r.o.measureNumber) ?? '',
        organisation: orgs.get(actor.organisationId),
      }),
    ),
  };
}
