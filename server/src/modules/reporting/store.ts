import type { ExecutorReport, ReportActor, ReportSubject } from '@qorgau/domain/reporting/index';
import {
  classifyTimeliness,
  DEFAULT_REMINDER_RULE,
  dateInKazakhstan,
  daysBetween,
  type ReminderRule,
} from '@qorgau/domain/reporting/index';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { type Actor, conditionFor, holds, mayAccess } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { users } from '../../platform/auth/tables.ts';
import type { Database } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { obligationSchema, periodSchema, reportContentSchema } from './schemas.ts';
import { reportingObligations, reportingPeriods } from './tables.ts';

// Reading periods and obligations, the access rules on them, and their presentation.

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type ObligationRow = typeof reportingObligations.$inferSelect;
export type PeriodDto = z.infer<typeof periodSchema>;
export type ObligationDto = z.infer<typeof obligationSchema>;
export type ReportContentDto = z.infer<typeof reportContentSchema>;

/** The period, or a 404. */
export async function getPeriod(db: Database, id: string): Promise<PeriodRow> {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).limit(1);
  if (!row) throw new AppError('PERIOD_NOT_FOUND');
  return row;
}

/** The obligation, or a 404. */
export async function getObligation(db: Database, id: string): Promise<ObligationRow> {
  const [row] = await db.select().from(reportingObligations).where(eq(reportingObligations.id, id)).limit(1);
  if (!row) throw new AppError('OBLIGATION_NOT_FOUND');
  return row;
}

/** Where an obligation sits, for the scope check: the organisation, its district and region. */
export const placementOf = (o: ObligationRow) => ({
  organisationId: o.organisationId,
  regionCode: o.regionCode,
  districtCode: o.districtCode,
});

/** The SQL form of the reader's scope over obligations (the same rule `mayRead` applies to one). */
export function obligationScope(actor: Actor): SQL {
  return scopeFilter(conditionFor(actor, 'read:reporting'), {
    organisationId: reportingObligations.organisationId,
    regionCode: reportingObligations.regionCode,
    districtCode: reportingObligations.districtCode,
  });
}

/** True when the obligation is in the reader's scope. */
export function inScope(actor: Actor, o: ObligationRow): boolean {
  return mayAccess(actor, 'read:reporting', placementOf(o));
}

/** The actor as the report workflow sees them. */
export function reportActor(actor: Actor): ReportActor {
  return {
    userId: actor.userId,
    organisationId: actor.organisationId,
    coordinator: holds(actor, 'review:report'),
  };
}

/** The report as the workflow sees it. */
export function reportSubject(o: ObligationRow, summaryOrganisationId: string | null): ReportSubject {
  return {
    state: o.state ?? 'draft',
    organisationId: o.organisationId,
    submittedBy: o.submittedBy,
    summaryOrganisationId,
  };
}

/** A period's reminder rule as stored, or the default. */
export function reminderRuleOf(period: PeriodRow): ReminderRule {
  const rule = period.reminderRule as Partial<ReminderRule> | null;
  return { ...DEFAULT_REMINDER_RULE, ...(rule ?? {}) };
}

/** The organisations' names and placement, by id. */
export async function organisationsById(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, typeof organisations.$inferSelect>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select().from(organisations).where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** People's names by id, for "who did it" in histories. */
export async function userNames(db: Database, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((i): i is string => i !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type OrganisationRow = typeof organisations.$inferSelect;

/** An organisation's name in a language. */
export function nameIn(locale: Locale, o: OrganisationRow | undefined): string {
  if (!o) return '—';
  return locale === 'kk' ? o.nameKk : locale === 'ru' ? o.nameRu : o.nameEn;
}

/** The timeliness of an obligation now (an invited one is never judged). */
export function timelinessOf(o: ObligationRow, asOf: Date): ObligationDto['timeliness'] {
  if (o.invited) return 'invited';
  return classifyTimeliness({ reportDue: o.reportDue, firstSubmittedAt: o.firstSubmittedAt }, asOf);
}

/** An obligation for lists, with the countdown to its due date. */
export function presentObligation(
  o: ObligationRow,
  context: {
    asOf: Date;
    periodCode: string;
    measureTitle: string;
    organisation: OrganisationRow | undefined;
  },
): ObligationDto {
  const org = context.organisation;
  return {
    id: o.id,
    periodId: o.periodId,
    planId: o.planId,
    periodCode: context.periodCode,
    measure: o.measureNumber,
    measureTitle: context.measureTitle,
    section: o.section,
    organisation: {
      id: o.organisationId,
      name: { kk: org?.nameKk ?? '—', ru: org?.nameRu ?? '—', en: org?.nameEn ?? '—' },
      type: org?.type ?? 'ministry',
      regionCode: o.regionCode,
    },
    codes: o.codes,
    lead: o.lead,
    invited: o.invited,
    reportDue: o.reportDue,
    deliverableDue: o.deliverableDue,
    daysLeft: daysBetween(dateInKazakhstan(context.asOf), o.reportDue),
    state: o.state,
    executionStatus: (o.executionStatus as ObligationDto['executionStatus']) ?? null,
    timeliness: timelinessOf(o, context.asOf),
    version: o.version,
    firstSubmittedAt: o.firstSubmittedAt?.toISOString() ?? null,
    lastSubmittedAt: o.lastSubmittedAt?.toISOString() ?? null,
    acceptedAt: o.acceptedAt?.toISOString() ?? null,
  };
}

/** A stored report for the API. */
export function presentContent(content: unknown): ReportContentDto | null {
  if (content === null || content === undefined) return null;
  const r = content as ExecutorReport;
  return {
    status: r.status,
    reason: r.reason,
    text: { kk: r.text.kk, ru: r.text.ru },
    document: r.document,
    indicators: { ...r.indicators },
    spending: { ...r.spending },
    evidence: [...r.evidence],
  };
}

/** The obligations of a period that belong to one organisation, measure by measure. */
export async function obligationsOfMeasure(
  db: Database,
  periodId: string,
  measure: number,
): Promise<ObligationRow[]> {
  return db
    .select()
    .from(reportingObligations)
    .where(and(eq(reportingObligations.periodId, periodId), eq(reportingObligations.measureNumber, measure)));
}
