import {
  addDays,
  completeness,
  completenessTrend,
  dateInKazakhstan,
  endOfDayInKazakhstan,
  type ObligationProgress,
} from '@qorgau/domain/reporting/index';
import { REGIONS } from '@qorgau/domain/territory/regions';
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { cachedFigures } from './figures-cache.ts';
import { periodPlan } from './plan-content.ts';
import {
  getPeriod,
  nameIn,
  type ObligationDto,
  type ObligationRow,
  obligationScope,
  organisationsById,
  type PeriodRow,
  presentObligation,
  timelinessOf,
} from './store.ts';
import { reportingObligations, reportingPeriods } from './tables.ts';

// Completeness and timeliness of a period, DHIS2-style, within the reader's scope: the totals, by
// executor, region, section and measure; the same figures day by day and period by period; and the
// obligations behind any figure.

const progressColumns = {
  id: reportingObligations.id,
  measure: reportingObligations.measureNumber,
  section: reportingObligations.section,
  organisationId: reportingObligations.organisationId,
  regionCode: reportingObligations.regionCode,
  invited: reportingObligations.invited,
  reportDue: reportingObligations.reportDue,
  firstSubmittedAt: reportingObligations.firstSubmittedAt,
  acceptedAt: reportingObligations.acceptedAt,
};

async function progressOf(
  ctx: AppContext,
  actor: Actor,
  periodIds: string[],
): Promise<(ObligationProgress & { periodId: string })[]> {
  if (periodIds.length === 0) return [];
  return ctx.db
    .select({ ...progressColumns, periodId: reportingObligations.periodId })
    .from(reportingObligations)
    .where(and(inArray(reportingObligations.periodId, periodIds), obligationScope(actor)));
}

/** Region names in a language, ministries (no region) under "national bodies". */
export function regionName(locale: Locale, code: string | null): string {
  if (code === null) return t(locale, 'reporting.national_bodies');
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return code;
  return locale === 'kk' ? region.nameKk : locale === 'ru' ? region.nameRu : region.nameEn;
}

/** The completeness of a period at `asOf` (now by default), within the reader's scope. */
export async function readCompleteness(
  ctx: AppContext,
  actor: Actor,
  locale: Locale,
  periodId: string,
  asOfText?: string,
) {
  const period = await getPeriod(ctx.db, periodId);
  const now = ctx.clock.now();
  if (asOfText) return computeCompleteness(ctx, actor, locale, period, new Date(asOfText));
  // As of now, the figures change only with the reports or when the due date passes (pending → missing).
  const due = now.getTime() >= endOfDayInKazakhstan(period.executorsDue);
  const figures = await cachedFigures('completeness', period, actor, `${locale}|${due}`, () =>
    computeCompleteness(ctx, actor, locale, period, now),
  );
  return { ...figures, asOf: now.toISOString() };
}

async function computeCompleteness(
  ctx: AppContext,
  actor: Actor,
  locale: Locale,
  period: PeriodRow,
  asOf: Date,
) {
  const items = await progressOf(ctx, actor, [period.id]);
  const orgs = await organisationsById(
    ctx.db,
    items.map((i) => i.organisationId),
  );
  const plan = await periodPlan(ctx.db, period);
  const figures = completeness(items, asOf, (id) => nameIn(locale, orgs.get(id)));
  return {
    periodId: period.id,
    asOf: asOf.toISOString(),
    expected: figures.expected,
    submitted: figures.submitted,
    accepted: figures.accepted,
    onTime: figures.onTime,
    late: figures.late,
    missing: figures.missing,
    pending: figures.pending,
    invited: figures.invited,
    invitedSubmitted: figures.invitedSubmitted,
    byExecutor: figures.byExecutor.map((e) => ({
      ...e,
      regionCode: orgs.get(e.organisationId)?.regionCode ?? null,
    })),
    byRegion: figures.byRegion.map((r) => ({ ...r, name: regionName(locale, r.regionCode) })),
    bySection: figures.bySection.map((s) => ({
      ...s,
      title: plan.sections.find((x) => x.number === s.section)?.title ?? '',
    })),
    byMeasure: [...figures.byMeasure],
  };
}

/** The totals of a period day by day, from a week before the executors' due date to today (at most 60 days). */
export async function readTimeline(ctx: AppContext, actor: Actor, periodId: string) {
  const period = await getPeriod(ctx.db, periodId);
  const items = await progressOf(ctx, actor, [period.id]);
  const today = dateInKazakhstan(ctx.clock.now());
  const first = addDays(period.executorsDue, -7);
  const last = [today, addDays(period.coordinatorDue, 30)].sort()[0] as string;
  const points = [];
  for (let day = first, n = 0; day <= last && n < 60; day = addDays(day, 1), n++) {
    // Each day is drawn as it stood at the end of that day in Kazakhstan.
    const asOf = new Date(endOfDayInKazakhstan(day) - 1);
    const [figures] = completenessTrend([{ periodCode: day, items }], asOf);
    if (figures) {
      const { periodCode: _code, ...rest } = figures;
      points.push({ date: day, ...rest });
    }
  }
  return { periodId: period.id, points };
}

/** The same figures for every period (of a plan), now: completeness over time. */
export async function readTrend(ctx: AppContext, actor: Actor, planId: string | undefined) {
  const periods = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(planId ? eq(reportingPeriods.planId, planId) : undefined)
    .orderBy(asc(reportingPeriods.start));
  const items = await progressOf(
    ctx,
    actor,
    periods.map((p) => p.id),
  );
  const trend = completenessTrend(
    periods.map((p) => ({ periodCode: p.id, items: items.filter((i) => i.periodId === p.id) })),
    ctx.clock.now(),
  );
  return {
    items: trend.map(({ periodCode, ...figures }) => {
      const period = periods.find((p) => p.id === periodCode) as PeriodRow;
      return {
        periodId: period.id,
        planId: period.planId,
        periodCode: period.code,
        executorsDue: period.executorsDue,
        ...figures,
      };
    }),
  };
}

export interface ObligationFilter {
  organisationId?: string | undefined;
  regionCode?: string | undefined;
  national?: boolean | undefined;
  section?: number | undefined;
  measure?: number | undefined;
  state?: 'none' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'reopened' | undefined;
  timeliness?: ObligationDto['timeliness'] | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * The obligations behind a figure: a period's obligations within the reader's scope, filtered by executor,
 * region, section, measure, report state (the review queue is `state=submitted`) and timeliness.
 */
export async function listObligations(
  ctx: AppContext,
  actor: Actor,
  periodId: string,
  filter: ObligationFilter,
): Promise<{ items: ObligationDto[]; nextCursor: string | null; total: number }> {
  const period = await getPeriod(ctx.db, periodId);
  const conditions: (SQL | undefined)[] = [
    eq(reportingObligations.periodId, period.id),
    obligationScope(actor),
  ];
  if (filter.organisationId) conditions.push(eq(reportingObligations.organisationId, filter.organisationId));
  if (filter.regionCode) conditions.push(eq(reportingObligations.regionCode, filter.regionCode));
  if (filter.section !== undefined) conditions.push(eq(reportingObligations.section, filter.section));
  if (filter.measure !== undefined) conditions.push(eq(reportingObligations.measureNumber, filter.measure));
  if (filter.state === 'none') {
    conditions.push(isNull(reportingObligations.state));
  } else if (filter.state) conditions.push(eq(reportingObligations.state, filter.state));
  const rows = await ctx.db
    .select()
    .from(reportingObligations)
    .where(and(...conditions))
    .orderBy(
      filter.state === 'submitted'
        ? asc(reportingObligations.lastSubmittedAt)
        : asc(reportingObligations.measureNumber),
      asc(reportingObligations.measureNumber),
      asc(reportingObligations.regionCode),
      desc(reportingObligations.lead),
      asc(reportingObligations.id),
    );
  const asOf = ctx.clock.now();
  let matching: ObligationRow[] = rows;
  if (filter.national) matching = matching.filter((o) => o.regionCode === null);
  if (filter.timeliness) matching = matching.filter((o) => timelinessOf(o, asOf) === filter.timeliness);
  let offset = 0;
  if (filter.cursor) {
    const [value] = decodeCursor(filter.cursor, 1);
    if (typeof value !== 'number' || value < 0)
      throw AppError.invalid([{ field: 'cursor', key: 'validation.invalid' }]);
    offset = value;
  }
  const page = matching.slice(offset, offset + filter.limit);
  const orgs = await organisationsById(
    ctx.db,
    page.map((o) => o.organisationId),
  );
  const plan = await periodPlan(ctx.db, period);
  return {
    items: page.map((o) =>
      presentObligation(o, {
        asOf,
        periodCode: period.code,
        measureTitle: plan.byNumber.get(o.measureNumber)?.title ?? '',
        organisation: orgs.get(o.organisationId),
      }),
    ),
    nextCursor: offset + filter.limit < matching.length ? encodeCursor([offset + filter.limit]) : null,
    total: matching.length,
  };
}
