import {
  type AcceptedReport,
  type Assessment,
  decideReportAction,
  decideSummary,
  draftConsolidation,
  type ExecutorReport,
  summaryAuthor,
} from '@qorgau/domain/reporting/index';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { holds } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { touchPeriod } from './figures-cache.ts';
import { formIndicators, measureForm, periodPlan, plannedFor } from './plan-content.ts';
import {
  getPeriod,
  inScope,
  type ObligationRow,
  obligationsOfMeasure,
  organisationsById,
  type PeriodRow,
  presentContent,
  presentObligation,
  reportActor,
  reportSubject,
  userNames,
} from './store.ts';
import { reportingMeasureTexts, reportingObligations, reportingReportVersions } from './tables.ts';

// A measure within a period: the reports on it, the lead executor's summary and the coordinator's
// consolidated text with its assessment, drafted from the accepted reports.

/** The accepted version of each accepted report of the obligations, by obligation. */
export async function acceptedContents(
  db: Database,
  obligations: readonly ObligationRow[],
): Promise<Map<string, ExecutorReport>> {
  const accepted = obligations.filter((o) => o.state === 'accepted');
  if (accepted.length === 0) return new Map();
  const rows = await db
    .select({
      obligationId: reportingReportVersions.obligationId,
      version: reportingReportVersions.version,
      content: reportingReportVersions.content,
    })
    .from(reportingReportVersions)
    .where(
      and(
        inArray(
          reportingReportVersions.obligationId,
          accepted.map((o) => o.id),
        ),
        eq(reportingReportVersions.decision, 'accepted'),
      ),
    )
    .orderBy(desc(reportingReportVersions.version));
  const map = new Map<string, ExecutorReport>();
  for (const r of rows) if (!map.has(r.obligationId)) map.set(r.obligationId, r.content as ExecutorReport);
  return map;
}

/** The drafts of a measure's consolidated text in Kazakh and Russian, from its accepted reports. */
export async function draftsFor(
  db: Database,
  period: PeriodRow,
  number: number,
  obligations: readonly ObligationRow[],
) {
  const plan = await periodPlan(db, period);
  const measure = plan.byNumber.get(number);
  if (!measure) throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const contents = await acceptedContents(db, obligations);
  const orgs = await organisationsById(
    db,
    obligations.map((o) => o.organisationId),
  );
  const reportsIn = (language: 'kk' | 'ru'): AcceptedReport[] =>
    obligations.flatMap((o) => {
      const content = contents.get(o.id);
      if (!content || content.status === null) return [];
      const org = orgs.get(o.organisationId);
      const name =
        (language === 'kk' ? (org?.abbreviationKk ?? org?.nameKk) : (org?.abbreviationRu ?? org?.nameRu)) ??
        '—';
      return [
        {
          organisationId: o.organisationId,
          organisationName: name,
          regionCode: o.regionCode,
          report: { status: content.status, indicators: content.indicators, spending: content.spending },
        },
      ];
    });
  const expectedRegionCodes = obligations
    .filter((o) => !o.invited && o.regionCode !== null)
    .map((o) => o.regionCode as string);
  const kk = draftConsolidation(measure, reportsIn('kk'), 'kk', {
    year: period.year,
    expectedRegionCodes,
  });
  const ru = draftConsolidation(measure, reportsIn('ru'), 'ru', {
    year: period.year,
    expectedRegionCodes,
  });
  return {
    kk: kk.text,
    ru: ru.text,
    assessment: kk.figures.assessment,
    figures: kk.figures,
    contents,
    orgs,
    measure,
  };
}

/** Everything about one measure in a period that the reader may see. */
export async function readMeasureView(
  ctx: AppContext,
  actor: Actor,
  // Kept for the texts this view will localise (indicator labels); the names come in all three languages.
  _locale: Locale,
  periodId: string,
  number: number,
) {
  const period = await getPeriod(ctx.db, periodId);
  const plan = await periodPlan(ctx.db, period);
  const measure = plan.byNumber.get(number);
  if (!measure) throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const all = await obligationsOfMeasure(ctx.db, period.id, number);
  const author = summaryAuthor(all);
  const leads = author !== null && author === actor.organisationId;
  const coordinator = holds(actor, 'review:report');
  const visible = all.filter((o) => inScope(actor, o) || leads);
  if (visible.length === 0 && !coordinator)
    throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const orgs = await organisationsById(
    ctx.db,
    visible.map((o) => o.organisationId),
  );
  const latest = new Map<string, unknown>();
  const sent = visible.filter((o) => o.version > 0 && o.organisationId !== actor.organisationId);
  if (sent.length > 0) {
    const rows = await ctx.db
      .select()
      .from(reportingReportVersions)
      .where(
        inArray(
          reportingReportVersions.obligationId,
          sent.map((o) => o.id),
        ),
      )
      .orderBy(desc(reportingReportVersions.version));
    for (const r of rows) if (!latest.has(r.obligationId)) latest.set(r.obligationId, r.content);
  }
  const [texts] = await ctx.db
    .select()
    .from(reportingMeasureTexts)
    .where(
      and(eq(reportingMeasureTexts.periodId, period.id), eq(reportingMeasureTexts.measureNumber, number)),
    );
  const names = await userNames(ctx.db, [texts?.summaryBy ?? null, texts?.consolidatedBy ?? null]);
  const asOf = ctx.clock.now();
  const who = reportActor(actor);
  const drafts = coordinator ? await draftsFor(ctx.db, period, number, all) : null;
  const form = await measureForm(ctx.db, period.planId, measure);
  return {
    periodId: period.id,
    measure: {
      number: measure.number,
      section: measure.section,
      sectionTitle: plan.sections.find((s) => s.number === measure.section)?.title ?? null,
      title: measure.title,
      form: measure.form.text,
      executors: measure.executors.map((e) => ({ ...e })),
      deadline: measure.deadline.text,
      plannedMln: plannedFor(measure, period.year),
      sources: [...measure.financing.sources],
    },
    form: { documentRequired: form.documentRequired, indicators: formIndicators(form) },
    obligations: visible.map((o) => {
      const read = decideReportAction(who, 'read', reportSubject(o, author));
      const content = !read.allowed
        ? null
        : o.organisationId === actor.organisationId
          ? o.content
          : (latest.get(o.id) ?? null);
      return {
        ...presentObligation(o, {
          asOf,
          periodCode: period.code,
          measureTitle: measure.title,
          organisation: orgs.get(o.organisationId),
        }),
        report: presentContent(content),
      };
    }),
    summary: {
      text: texts?.summary ?? null,
      by: texts?.summaryBy ? (names.get(texts.summaryBy) ?? null) : null,
      at: texts?.summaryAt?.toISOString() ?? null,
      authorOrganisationId: author,
      mayWrite: holds(actor, 'submit:report') && decideSummary(who, author).allowed,
    },
    consolidation: {
      kk: texts?.consolidatedKk ?? null,
      ru: texts?.consolidatedRu ?? null,
      assessment: (texts?.assessment as Assessment | null | undefined) ?? null,
      by: texts?.consolidatedBy ? (names.get(texts.consolidatedBy) ?? null) : null,
      at: texts?.consolidatedAt?.toISOString() ?? null,
      mayWrite: coordinator,
    },
    drafts: drafts
      ? { kk: drafts.kk, ru: drafts.ru, assessment: drafts.assessment, figures: drafts.figures }
      : null,
  };
}

/** The lead executor writes the measure-level summary of its co-executors' reports. */
export async function saveSummary(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  periodId: string,
  number: number,
  text: string,
) {
  const period = await getPeriod(ctx.db, periodId);
  const all = await obligationsOfMeasure(ctx.db, period.id, number);
  if (all.length === 0) throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const decision = decideSummary(reportActor(actor), summaryAuthor(all));
  if (!decision.allowed) throw new AppError('REPORT_LEAD_ONLY');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await touchPeriod(tx, period.id);
    await tx
      .insert(reportingMeasureTexts)
      .values({
        periodId: period.id,
        measureNumber: number,
        summary: text,
        summaryBy: actor.userId,
        summaryAt: now,
      })
      .onConflictDoUpdate({
        target: [reportingMeasureTexts.periodId, reportingMeasureTexts.measureNumber],
        set: { summary: text, summaryBy: actor.userId, summaryAt: now },
      });
    await writeAudit(
      tx,
      audit,
      {
        action: 'reporting.summary_saved',
        objectType: 'reporting_period',
        objectId: period.id,
        details: { measure: number },
      },
      now,
    );
  });
  return readMeasureView(ctx, actor, locale, periodId, number);
}

/** The coordinator's consolidated text (kk, ru) and assessment of a measure for the Government report. */
export async function saveConsolidation(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  periodId: string,
  number: number,
  input: { kk?: string | null | undefined; ru?: string | null | undefined; assessment: Assessment },
) {
  const period = await getPeriod(ctx.db, periodId);
  const plan = await periodPlan(ctx.db, period);
  if (!plan.byNumber.has(number))
    throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(number) } });
  const now = ctx.clock.now();
  const values = {
    consolidatedKk: input.kk?.trim() || null,
    consolidatedRu: input.ru?.trim() || null,
    assessment: input.assessment,
    consolidatedBy: actor.userId,
    consolidatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await touchPeriod(tx, period.id);
    await tx
      .insert(reportingMeasureTexts)
      .values({ periodId: period.id, measureNumber: number, ...values })
      .onConflictDoUpdate({
        target: [reportingMeasureTexts.periodId, reportingMeasureTexts.measureNumber],
        set: values,
      });
    await writeAudit(
      tx,
      audit,
      {
        action: 'reporting.consolidation_saved',
        objectType: 'reporting_period',
        objectId: period.id,
        details: { measure: number, assessment: input.assessment },
      },
      now,
    );
  });
  return readMeasureView(ctx, actor, locale, periodId, number);
}

/** The measures of a period with their report counts and consolidation state (scope applies to counts). */
export async function listPeriodMeasures(ctx: AppContext, actor: Actor, periodId: string) {
  const period = await getPeriod(ctx.db, periodId);
  const plan = await periodPlan(ctx.db, period);
  const rows = await ctx.db
    .select()
    .from(reportingObligations)
    .where(eq(reportingObligations.periodId, period.id));
  const texts = await ctx.db
    .select()
    .from(reportingMeasureTexts)
    .where(eq(reportingMeasureTexts.periodId, period.id));
  const numbers = [...new Set(rows.map((r) => r.measureNumber))].sort((a, b) => a - b);
  return {
    items: numbers.flatMap((number) => {
      const own = rows.filter((r) => r.measureNumber === number && inScope(actor, r));
      if (own.length === 0) return [];
      const text = texts.find((x) => x.measureNumber === number);
      const expected = own.filter((r) => !r.invited);
      return [
        {
          number,
          section: plan.byNumber.get(number)?.section ?? null,
          title: plan.byNumber.get(number)?.title ?? '',
          expected: expected.length,
          submitted: expected.filter((r) => r.firstSubmittedAt !== null).length,
          accepted: expected.filter((r) => r.state === 'accepted').length,
          assessment: (text?.assessment as Assessment | null | undefined) ?? null,
          consolidated: !!(text?.consolidatedKk || text?.consolidatedRu),
        },
      ];
    }),
  };
}
