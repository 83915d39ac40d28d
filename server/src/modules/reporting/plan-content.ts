import type { IndicatorCode, MeasureReportForm } from '@qorgau/domain/reporting/index';
import { INDICATOR_CODES, isIndicatorCode } from '@qorgau/domain/reporting/index';
import type { ParsedMeasure, PlanContent } from '@qorgau/domain/roadmap/index';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.ts';
import { getPlan, getVersion, versionContent } from '../plans/service.ts';
import type { PeriodRow } from './store.ts';
import { reportingMeasureForms } from './tables.ts';

// The plan text a period reports on: the version current when the period opened. Versions never change
// once imported, so their content is kept in memory after the first read.

const cache = new Map<string, PlanContent & { byNumber: Map<number, ParsedMeasure> }>();

/** The content of the plan version a period was opened on, with its measures by number. */
export async function periodPlan(
  db: Database,
  period: Pick<PeriodRow, 'planId' | 'planVersion'>,
): Promise<PlanContent & { byNumber: Map<number, ParsedMeasure> }> {
  const key = `${period.planId}:${period.planVersion}`;
  const held = cache.get(key);
  if (held) return held;
  const plan = await getPlan(db, period.planId);
  const version = await getVersion(db, plan, period.planVersion);
  const content = await versionContent(db, version);
  const value = { ...content, byNumber: new Map(content.measures.map((m) => [m.number, m])) };
  if (cache.size > 50) cache.clear();
  cache.set(key, value);
  return value;
}

// A form of completion that is a legal act (an order, a resolution, rules, a law) produces a document
// with a type, a number and a date; information, proposals and materials do not.
const DOCUMENT_FORMS = /бұйрық|қаулы|ереже|заң|приказ|постановлен|правила|закон/iu;

/** What a measure's reports ask for: the coordinator's setting, or what the form of completion implies. */
export async function measureForm(
  db: Database,
  planId: string,
  measure: Pick<ParsedMeasure, 'number' | 'form'>,
): Promise<MeasureReportForm> {
  const [row] = await db
    .select()
    .from(reportingMeasureForms)
    .where(
      and(eq(reportingMeasureForms.planId, planId), eq(reportingMeasureForms.measureNumber, measure.number)),
    );
  if (row) {
    return {
      documentRequired: row.documentRequired,
      indicators: row.indicators === null ? null : row.indicators.filter(isIndicatorCode),
    };
  }
  return { documentRequired: DOCUMENT_FORMS.test(measure.form.text), indicators: null };
}

/** The indicators a form lets an executor report. */
export function formIndicators(form: MeasureReportForm): IndicatorCode[] {
  return form.indicators === null ? [...INDICATOR_CODES] : [...form.indicators];
}

/** A measure's planned amount for a year, million tenge (null when the plan gives none). */
export function plannedFor(measure: ParsedMeasure, year: number): number | null {
  const value = measure.financing.byYearMln[String(year)];
  return value === undefined ? null : value;
}
