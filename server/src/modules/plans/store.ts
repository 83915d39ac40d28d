import type {
  Abbreviation,
  ParsedMeasure,
  PlanAct,
  PlanContent,
  PlanLanguage,
  PlanWarning,
  Reporting,
  ReportingFrequency,
} from '@qorgau/domain/roadmap/index';
import { and, asc, desc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { planMeasures, planSections, plans, planVersions } from './tables.ts';

// Reading plans, versions and their content. Everything here takes a database handle or a transaction.

export type PlanRow = typeof plans.$inferSelect;
export type MeasureRow = typeof planMeasures.$inferSelect;

const { sourceText: _sourceText, ...versionColumns } = getTableColumns(planVersions);
/** A version without its original text, which only the source download needs. */
export type VersionRow = Omit<typeof planVersions.$inferSelect, 'sourceText'>;

/** The plan or a 404. */
export async function getPlan(db: Database, id: string): Promise<PlanRow> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  return row;
}

/** The plan an act approved, if the registry has it: the act's issuer, number and date identify it. */
export async function findPlanByAct(db: Database, act: PlanAct): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.actIssuer, act.issuer), eq(plans.actNumber, act.number), eq(plans.actDate, act.date)))
    .limit(1);
  return row;
}

/** A version of the plan (the current one when none is named) or a 404. */
export async function getVersion(db: Database, plan: PlanRow, version?: number): Promise<VersionRow> {
  const wanted = version ?? plan.currentVersion;
  const [row] = await db
    .select(versionColumns)
    .from(planVersions)
    .where(and(eq(planVersions.planId, plan.id), eq(planVersions.version, wanted)))
    .limit(1);
  if (!row) throw new AppError('PLAN_VERSION_NOT_FOUND', { params: { version: String(wanted) } });
  return row;
}

/** Every version of a plan, newest first. */
export async function listVersions(db: Database, planId: string): Promise<VersionRow[]> {
  return db
    .select(versionColumns)
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.version));
}

/** The original text of a version, as it was imported. */
export async function versionSource(db: Database, versionId: string): Promise<string> {
  const [row] = await db
    .select({ text: planVersions.sourceText })
    .from(planVersions)
    .where(eq(planVersions.id, versionId));
  return row?.text ?? '';
}

/** The act of a plan row, in the parser's terms. */
export function actOf(plan: PlanRow): PlanAct {
  return {
    type: plan.actType as PlanAct['type'],
    issuer: plan.actIssuer as PlanAct['issuer'],
    number: plan.actNumber,
    date: plan.actDate,
  };
}

/** The reporting duty stored with a plan or a version (null when the act sets none). */
export function reportingOf(row: {
  reportingFrequency: string | null;
  executorsDueDay: number | null;
  coordinatorDueDay: number | null;
}): Reporting | null {
  if (row.reportingFrequency === null && row.executorsDueDay === null && row.coordinatorDueDay === null)
    return null;
  return {
    frequency: row.reportingFrequency as ReportingFrequency | null,
    executorsDueDay: row.executorsDueDay,
    coordinatorDueDay: row.coordinatorDueDay,
  };
}

/**
 * A measure read back from JSONB, its keys in the parser's order again (JSONB sorts them by length),
 * so that answers and lists of changed fields read in the order of the table's columns.
 */
export function canonicalMeasure(raw: unknown): ParsedMeasure {
  const m = raw as ParsedMeasure;
  return {
    number: m.number,
    section: m.section,
    title: m.title,
    form: { text: m.form.text, reportsTo: m.form.reportsTo },
    executors: m.executors.map((e) => ({ code: e.code, lead: e.lead, byAgreement: e.byAgreement })),
    deadline: {
      text: m.deadline.text,
      start: m.deadline.start,
      end: m.deadline.end,
      dueDates: m.deadline.dueDates,
    },
    financing: {
      text: m.financing.text,
      required: m.financing.required,
      totalMln: m.financing.totalMln,
      byYearMln: m.financing.byYearMln,
      sources: m.financing.sources,
      programmes: m.financing.programmes,
    },
  };
}

/** The measures of a version as the parser read them, by number. */
export async function versionMeasures(db: Database, versionId: string): Promise<MeasureRow[]> {
  return db
    .select()
    .from(planMeasures)
    .where(eq(planMeasures.versionId, versionId))
    .orderBy(asc(planMeasures.number));
}

/** Everything a version says, in the parser's shape, for comparing versions and for exports. */
export async function versionContent(db: Database, version: VersionRow): Promise<PlanContent> {
  const [sections, measures] = await Promise.all([
    db
      .select({ number: planSections.number, title: planSections.title })
      .from(planSections)
      .where(eq(planSections.versionId, version.id))
      .orderBy(asc(planSections.number)),
    versionMeasures(db, version.id),
  ]);
  return {
    language: version.language as PlanLanguage,
    title: version.title,
    period: { from: version.periodFrom, to: version.periodTo },
    reporting: reportingOf(version),
    sections,
    measures: measures.map((m) => canonicalMeasure(m.parsed)),
    abbreviations: version.abbreviations as Abbreviation[],
  };
}

/** The warnings stored with a version. */
export function versionWarnings(version: VersionRow): PlanWarning[] {
  return version.warnings as PlanWarning[];
}
