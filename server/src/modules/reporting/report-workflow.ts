import {
  decideReportAction,
  diffReportVersions,
  draftSchema,
  type ExecutorReport,
  type ReportAction,
  submitSchema,
  summaryAuthor,
  type WorkflowRefusal,
} from '@qorgau/domain/reporting/index';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import {
  auditDownload,
  type FileRow,
  getFile,
  getFiles,
  readFileBytes,
  storeFile,
} from '../../platform/files/file-store.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { zodFieldProblems } from '../../platform/i18n/validation.ts';
import { notify } from '../../platform/notify/notify.ts';
import { touchPeriod } from './figures-cache.ts';
import { formIndicators, measureForm, periodPlan, plannedFor } from './plan-content.ts';
import { readPeriod } from './read-periods.ts';
import {
  getObligation,
  getPeriod,
  inScope,
  type ObligationRow,
  obligationsOfMeasure,
  organisationsById,
  presentContent,
  presentObligation,
  reportActor,
  reportSubject,
  userNames,
} from './store.ts';
import { reportingObligations, reportingReportEvents, reportingReportVersions } from './tables.ts';

// The executor's report on one obligation and its review: draft, submit, accept, return, re-open. Every
// decision is the domain's (`decideReportAction`); this file loads, stores, audits and notifies.

export const EVIDENCE_OWNER = 'report_evidence';

const REFUSALS: Record<Exclude<WorkflowRefusal, 'comment_required' | 'reason_required'>, ErrorCode> = {
  not_your_report: 'REPORT_NOT_YOURS',
  coordinator_only: 'FORBIDDEN',
  lead_only: 'REPORT_LEAD_ONLY',
  read_only: 'REPORT_READ_ONLY',
  wrong_state: 'REPORT_WRONG_STATE',
  own_submission: 'REPORT_OWN_SUBMISSION',
};

function refuse(refusal: WorkflowRefusal): never {
  if (refusal === 'comment_required')
    throw AppError.invalid([{ field: 'comment', key: 'reporting.comment_required' }]);
  if (refusal === 'reason_required')
    throw AppError.invalid([{ field: 'reason', key: 'reporting.reopen_reason_required' }]);
  throw new AppError(REFUSALS[refusal]);
}

/** The organisation that writes the measure's summary in this period (its single lead), if any. */
async function summaryOrganisation(db: Database, o: ObligationRow): Promise<string | null> {
  return summaryAuthor(await obligationsOfMeasure(db, o.periodId, o.measureNumber));
}

/**
 * The obligation if the reader may see it: in their scope, or a co-executor's report on a measure their
 * organisation leads. Anything else does not exist for them (404).
 */
async function visibleObligation(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ obligation: ObligationRow; summaryOrganisationId: string | null }> {
  const obligation = await getObligation(db, id);
  const summaryOrganisationId = await summaryOrganisation(db, obligation);
  const lead = summaryOrganisationId !== null && summaryOrganisationId === actor.organisationId;
  if (!inScope(actor, obligation) && !lead) throw new AppError('OBLIGATION_NOT_FOUND');
  return { obligation, summaryOrganisationId };
}

const lockObligation = async (tx: Transaction, id: string): Promise<ObligationRow> => {
  const [row] = await tx
    .select()
    .from(reportingObligations)
    .where(eq(reportingObligations.id, id))
    .for('update');
  if (!row) throw new AppError('OBLIGATION_NOT_FOUND');
  return row;
};

/** Checks that every evidence id is a file uploaded to this obligation. */
async function checkEvidence(db: Database, obligationId: string, ids: readonly string[]): Promise<void> {
  const found = await getFiles(
    db,
    ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
  );
  const own = new Set(
    found.filter((f) => f.ownerType === EVIDENCE_OWNER && f.ownerId === obligationId).map((f) => f.id),
  );
  const unknown = ids.filter((id) => !own.has(id));
  if (unknown.length > 0)
    throw AppError.invalid(
      unknown.map((id) => ({ field: 'evidence', key: 'reporting.evidence_unknown', params: { id } })),
    );
}

async function parseReport(
  ctx: AppContext,
  locale: Locale,
  obligation: ObligationRow,
  body: unknown,
  submitting: boolean,
): Promise<ExecutorReport> {
  const period = await getPeriod(ctx.db, obligation.periodId);
  const plan = await periodPlan(ctx.db, period);
  const measure = plan.byNumber.get(obligation.measureNumber);
  const form = measure
    ? await measureForm(ctx.db, obligation.planId, measure)
    : { documentRequired: false, indicators: null };
  const schema = submitting ? submitSchema(form) : draftSchema(form);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      details: zodFieldProblems(locale, parsed.error.issues as never, body),
    });
  }
  await checkEvidence(ctx.db, obligation.id, parsed.data.evidence);
  return parsed.data;
}

const event = (
  tx: Transaction,
  obligationId: string,
  action: (typeof reportingReportEvents.$inferInsert)['action'],
  version: number,
  by: string,
  at: Date,
  note: string | null = null,
) =>
  tx
    .insert(reportingReportEvents)
    .values({ id: crypto.randomUUID(), obligationId, action, version, note, at, by });

/** Saves the executor's working copy; a draft may be incomplete but nothing malformed is stored. */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  body: unknown,
) {
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, id);
  const decision = decideReportAction(
    reportActor(actor),
    'edit',
    reportSubject(obligation, summaryOrganisationId),
  );
  if (!decision.allowed) refuse(decision.refusal);
  const report = await parseReport(ctx, locale, obligation, body, false);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const current = await lockObligation(tx, id);
    await touchPeriod(tx, current.periodId);
    const again = decideReportAction(
      reportActor(actor),
      'edit',
      reportSubject(current, summaryOrganisationId),
    );
    if (!again.allowed) refuse(again.refusal);
    await tx
      .update(reportingObligations)
      .set({
        state: current.state ?? 'draft',
        content: report,
        executionStatus:
          current.state === null || current.state === 'draft' ? report.status : current.executionStatus,
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .where(eq(reportingObligations.id, id));
    await event(tx, id, 'saved', current.version, actor.userId, now);
    await writeAudit(
      tx,
      audit,
      {
        action: 'reporting.report_saved',
        objectType: 'reporting_obligation',
        objectId: id,
        objectRegionCode: current.regionCode,
        details: { measure: current.measureNumber, state: current.state ?? 'draft' },
      },
      now,
    );
  });
  return readObligation(ctx, actor, locale, id);
}

/** Submits the report: checks everything a complete report needs, keeps the version, starts the review. */
export async function submitReport(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  body: unknown,
) {
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, id);
  const decision = decideReportAction(
    reportActor(actor),
    'submit',
    reportSubject(obligation, summaryOrganisationId),
  );
  if (!decision.allowed) refuse(decision.refusal);
  const report = await parseReport(ctx, locale, obligation, body, true);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const current = await lockObligation(tx, id);
    await touchPeriod(tx, current.periodId);
    const again = decideReportAction(
      reportActor(actor),
      'submit',
      reportSubject(current, summaryOrganisationId),
    );
    if (!again.allowed) refuse(again.refusal);
    const version = current.version + 1;
    await tx.insert(reportingReportVersions).values({
      obligationId: id,
      version,
      content: report,
      submittedAt: now,
      submittedBy: actor.userId,
    });
    await tx
      .update(reportingObligations)
      .set({
        state: 'submitted',
        content: report,
        executionStatus: report.status,
        version,
        firstSubmittedAt: current.firstSubmittedAt ?? now,
        lastSubmittedAt: now,
        submittedBy: actor.userId,
        acceptedAt: null,
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .where(eq(reportingObligations.id, id));
    await event(tx, id, 'submitted', version, actor.userId, now);
    await writeAudit(
      tx,
      audit,
      {
        action: 'reporting.report_submitted',
        objectType: 'reporting_obligation',
        objectId: id,
        objectRegionCode: current.regionCode,
        details: {
          measure: current.measureNumber,
          version,
          status: report.status,
          first: current.firstSubmittedAt === null,
        },
      },
      now,
    );
  });
  return readObligation(ctx, actor, locale, id);
}

const REVIEW_AUDIT = {
  accept: 'reporting.report_accepted',
  return: 'reporting.report_returned',
  reopen: 'reporting.report_reopened',
} as const;

/** The coordinator accepts, returns (with a comment) or re-opens (with a reason) a report. */
export async function reviewReport(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  action: 'accept' | 'return' | 'reopen',
  note: string | null,
) {
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, id);
  const decision = decideReportAction(
    reportActor(actor),
    action,
    reportSubject(obligation, summaryOrganisationId),
    note,
  );
  if (!decision.allowed) refuse(decision.refusal);
  const now = ctx.clock.now();
  const trimmed = note?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    const current = await lockObligation(tx, id);
    await touchPeriod(tx, current.periodId);
    const again = decideReportAction(
      reportActor(actor),
      action,
      reportSubject(current, summaryOrganisationId),
      note,
    );
    if (!again.allowed) refuse(again.refusal);
    if (action === 'accept' || action === 'return') {
      await tx
        .update(reportingReportVersions)
        .set({
          decision: action === 'accept' ? 'accepted' : 'returned',
          comment: trimmed,
          reviewedAt: now,
          reviewedBy: actor.userId,
        })
        .where(
          and(
            eq(reportingReportVersions.obligationId, id),
            eq(reportingReportVersions.version, current.version),
          ),
        );
    }
    await tx
      .update(reportingObligations)
      .set({
        state: again.state,
        acceptedAt: action === 'accept' ? now : null,
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .where(eq(reportingObligations.id, id));
    await event(
      tx,
      id,
      action === 'accept' ? 'accepted' : action === 'return' ? 'returned' : 'reopened',
      current.version,
      actor.userId,
      now,
      trimmed,
    );
    await writeAudit(
      tx,
      audit,
      {
        action: REVIEW_AUDIT[action],
        objectType: 'reporting_obligation',
        objectId: id,
        objectRegionCode: current.regionCode,
        details: {
          measure: current.measureNumber,
          version: current.version,
          ...(trimmed ? { note: trimmed } : {}),
        },
      },
      now,
    );
    if (current.submittedBy && action !== 'reopen') {
      const period = await getPeriod(tx as unknown as Database, current.periodId);
      await notify(
        tx,
        ctx,
        [
          {
            userId: current.submittedBy,
            kind: action === 'accept' ? 'reporting.report_accepted' : 'reporting.report_returned',
            params: { measure: current.measureNumber, period: period.code, comment: trimmed ?? '' },
            link: `/reporting/obligations/${id}`,
            dedupeKey: `review:${id}:${current.version}:${action}`,
          },
        ],
        now,
      );
    }
  });
  return readObligation(ctx, actor, locale, id);
}

/** Attaches an evidence file to the executor's working copy of the report. */
export async function uploadEvidence(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  file: { bytes: Buffer; name: string },
) {
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, id);
  const decision = decideReportAction(
    reportActor(actor),
    'edit',
    reportSubject(obligation, summaryOrganisationId),
  );
  if (!decision.allowed) refuse(decision.refusal);
  const now = ctx.clock.now();
  let stored: FileRow | null = null;
  await ctx.db.transaction(async (tx) => {
    const current = await lockObligation(tx, id);
    await touchPeriod(tx, current.periodId);
    const again = decideReportAction(
      reportActor(actor),
      'edit',
      reportSubject(current, summaryOrganisationId),
    );
    if (!again.allowed) refuse(again.refusal);
    stored = await storeFile(tx, ctx.files, audit, {
      bytes: file.bytes,
      name: file.name,
      ownerType: EVIDENCE_OWNER,
      ownerId: id,
      uploadedBy: actor.userId,
      at: now,
    });
    const content = (current.content as ExecutorReport | null) ?? draftSchema().parse({});
    await tx
      .update(reportingObligations)
      .set({
        state: current.state ?? 'draft',
        content: { ...content, evidence: [...content.evidence, stored.id] },
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .where(eq(reportingObligations.id, id));
  });
  const row = stored as FileRow | null;
  if (!row) throw new AppError('INTERNAL');
  return {
    file: {
      id: row.id,
      name: row.originalName,
      mediaType: row.mediaType,
      bytes: row.bytes,
      uploadedAt: row.uploadedAt.toISOString(),
    },
    obligation: await readObligation(ctx, actor, locale, id),
  };
}

/** An evidence file, for a reader who may read the report it belongs to; the download is audited. */
export async function downloadEvidence(ctx: AppContext, actor: Actor, audit: AuditContext, fileId: string) {
  const file = await getFile(ctx.db, fileId);
  if (file.ownerType !== EVIDENCE_OWNER) throw new AppError('NOT_FOUND');
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, file.ownerId).catch(
    () => {
      throw new AppError('NOT_FOUND');
    },
  );
  const read = decideReportAction(
    reportActor(actor),
    'read',
    reportSubject(obligation, summaryOrganisationId),
  );
  if (!read.allowed) throw new AppError('NOT_FOUND');
  const bytes = await readFileBytes(ctx.files, file);
  await auditDownload(ctx.db, audit, file, ctx.clock.now());
  return { file, bytes };
}

const ACTIONS: readonly ReportAction[] = ['edit', 'submit', 'accept', 'return', 'reopen'];

/** One obligation with everything its page shows: the measure, the report, its versions and history. */
export async function readObligation(ctx: AppContext, actor: Actor, _locale: Locale, id: string) {
  const { obligation, summaryOrganisationId } = await visibleObligation(ctx.db, actor, id);
  const who = reportActor(actor);
  const subject = reportSubject(obligation, summaryOrganisationId);
  const own = actor.organisationId === obligation.organisationId;
  const read = decideReportAction(who, 'read', subject);
  const period = await getPeriod(ctx.db, obligation.periodId);
  const plan = await periodPlan(ctx.db, period);
  const measure = plan.byNumber.get(obligation.measureNumber);
  if (!measure)
    throw new AppError('MEASURE_NOT_FOUND', { params: { number: String(obligation.measureNumber) } });
  const form = await measureForm(ctx.db, obligation.planId, measure);
  const versions = read.allowed
    ? await ctx.db
        .select()
        .from(reportingReportVersions)
        .where(eq(reportingReportVersions.obligationId, id))
        .orderBy(asc(reportingReportVersions.version))
    : [];
  const events = read.allowed
    ? await ctx.db
        .select()
        .from(reportingReportEvents)
        .where(eq(reportingReportEvents.obligationId, id))
        .orderBy(desc(reportingReportEvents.at), desc(reportingReportEvents.version))
        .limit(100)
    : [];
  const names = await userNames(ctx.db, [
    ...versions.flatMap((v) => [v.submittedBy, v.reviewedBy]),
    ...events.map((e) => e.by),
  ]);
  // The executor sees the working copy; anyone else sees what was last sent.
  const visible = !read.allowed ? null : own ? obligation.content : (versions.at(-1)?.content ?? null);
  const content = presentContent(visible);
  const evidence = content ? await getFiles(ctx.db, content.evidence) : [];
  const orgs = await organisationsById(ctx.db, [obligation.organisationId]);
  const lastReturn = [...versions].reverse().find((v) => v.decision === 'returned');
  const allowed = Object.fromEntries(
    ACTIONS.map((action) => {
      const permission = action === 'edit' || action === 'submit' ? 'submit:report' : 'review:report';
      const decided = decideReportAction(who, action, subject, 'x');
      return [action, decided.allowed && actor.grants[permission] !== undefined];
    }),
  ) as Record<(typeof ACTIONS)[number], boolean>;
  const sectionTitle = plan.sections.find((s) => s.number === measure.section)?.title ?? null;
  return {
    obligation: presentObligation(obligation, {
      asOf: ctx.clock.now(),
      periodCode: period.code,
      measureTitle: measure.title,
      organisation: orgs.get(obligation.organisationId),
    }),
    period: await readPeriod(ctx, period),
    measure: {
      number: measure.number,
      section: measure.section,
      sectionTitle,
      title: measure.title,
      form: measure.form.text,
      executors: measure.executors.map((e) => ({ code: e.code, lead: e.lead, byAgreement: e.byAgreement })),
      deadline: measure.deadline.text,
      plannedMln: plannedFor(measure, period.year),
      sources: [...measure.financing.sources],
    },
    form: { documentRequired: form.documentRequired, indicators: formIndicators(form) },
    report: content,
    evidence: evidence.map((f) => ({
      id: f.id,
      name: f.originalName,
      mediaType: f.mediaType,
      bytes: f.bytes,
      uploadedAt: f.uploadedAt.toISOString(),
    })),
    versions: versions.map((v, i) => {
      const previous = versions[i - 1];
      const contentOf = (x: unknown) => x as ExecutorReport;
      return {
        version: v.version,
        content: presentContent(v.content) as NonNullable<ReturnType<typeof presentContent>>,
        submittedAt: v.submittedAt.toISOString(),
        submittedBy: names.get(v.submittedBy) ?? null,
        decision: v.decision,
        comment: v.comment,
        reviewedAt: v.reviewedAt?.toISOString() ?? null,
        reviewedBy: v.reviewedBy ? (names.get(v.reviewedBy) ?? null) : null,
        changes: previous ? diffReportVersions(contentOf(previous.content), contentOf(v.content)) : [],
      };
    }),
    events: events.map((e) => ({
      action: e.action,
      version: e.version,
      note: e.note,
      at: e.at.toISOString(),
      by: names.get(e.by) ?? null,
    })),
    lastReturnComment: obligation.state === 'returned' ? (lastReturn?.comment ?? null) : null,
    allowed,
  };
}

/** The people who report for an organisation: its active staff who may submit reports. */
export async function reportersOf(db: Database, organisationId: string): Promise<{ id: string }[]> {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        sql`exists (select 1 from user_roles r where r.user_id = ${users.id} and r.role in ('executor_focal_point', 'akimat_focal_point'))`,
      ),
    );
}
