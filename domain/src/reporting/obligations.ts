// Who must report on what for one period. A measure is in the period when its deadline window
// [start, end] meets the period; each responsible executor it names is resolved by the caller to the
// organisations that answer for that code during the period — "ЖАО" to every regional akimat that
// existed then (17 before the June 2022 reform, 20 after), a ministry since reorganised to its successor.
// A body named "by agreement" is invited, not obliged: its report is welcome, its silence is no delay.

import type { ParsedMeasure } from '../roadmap/types.ts';
import { existsDuring } from '../territory/regions.ts';

/** The dates of a period that obligations depend on. */
export interface ObligationPeriod {
  readonly start: string;
  readonly end: string;
  readonly executorsDue: string;
}

/** An organisation that answers for an executor code; regional bodies carry their region's KATO code. */
export interface ResolvedOrganisation {
  readonly organisationId: string;
  readonly regionCode: string | null;
}

/** Finds the organisations that must report for an executor code during a period; none when unknown. */
export type ExecutorResolver = (
  code: string,
  period: { readonly start: string; readonly end: string },
) => readonly ResolvedOrganisation[];

/** The parts of a measure obligations are derived from. */
export type ObligationMeasure = Pick<ParsedMeasure, 'number' | 'section' | 'executors' | 'deadline'>;

/** One organisation's duty (or, when invited, invitation) to report on one measure for one period. */
export interface Obligation {
  readonly measure: number;
  readonly section: number | null;
  readonly organisationId: string;
  readonly regionCode: string | null;
  /** The executor codes of the plan this organisation answers for on this measure. */
  readonly codes: readonly string[];
  /** The organisation answers for the measure's lead (first-named) executor. */
  readonly lead: boolean;
  /** Named only "by agreement": welcome to report, never counted as expected, late or missing. */
  readonly invited: boolean;
  /** When the report is due: the period's executors' due date. */
  readonly reportDue: string;
  /** When the deliverable itself is due within the period (the latest such date), if the deadline says. */
  readonly deliverableDue: string | null;
}

/** Something the coordinator should look at before the period opens. */
export type ObligationWarningCode =
  /** The deadline could not be read: the measure is included, since dropping it would hide it from monitoring. */
  | 'deadline_unreadable'
  /** The measure names no executor: nobody reports on it. */
  | 'no_executors'
  /** Every executor is "by agreement": nobody is expected to report. */
  | 'nobody_obliged'
  /** The lead executor takes part by agreement, so the lead's report cannot be required. */
  | 'lead_invited';

/** A warning about one measure. */
export interface ObligationWarning {
  readonly measure: number;
  readonly code: ObligationWarningCode;
}

/** An executor code no organisation answers for during the period. */
export interface UnresolvedExecutor {
  readonly measure: number;
  readonly code: string;
}

/** The obligations of a period, with what the coordinator must fix before they are complete. */
export interface DerivedObligations {
  readonly obligations: readonly Obligation[];
  readonly unresolved: readonly UnresolvedExecutor[];
  readonly warnings: readonly ObligationWarning[];
}

/**
 * True when a measure's deadline window meets the period. A window with an unread bound is open on that
 * side, so a measure whose deadline could not be read at all is in every period.
 */
export const measureInPeriod = (
  deadline: { readonly start: string | null; readonly end: string | null },
  period: { readonly start: string; readonly end: string },
): boolean =>
  (deadline.start === null || deadline.start <= period.end) &&
  (deadline.end === null || period.start <= deadline.end);

/** The organisations (akimats, ministries…) that existed at any time during the period, by their validity dates. */
export const organisationsDuring = <
  T extends { readonly validFrom: string | null; readonly validTo: string | null },
>(
  period: { readonly start: string; readonly end: string },
  organisations: readonly T[],
): T[] => organisations.filter((o) => existsDuring(o, period.start, period.end));

/** The latest of the measure's due dates that falls within the period. */
const deliverableDueIn = (dueDates: readonly string[], period: ObligationPeriod): string | null =>
  dueDates
    .filter((d) => period.start <= d && d <= period.end)
    .reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);

/**
 * Derives the obligations of a period: one per (measure, organisation). An organisation named twice on a
 * measure (under an old code and its successor's) gets one obligation — lead if either naming is lead,
 * obliged if either naming obliges it.
 */
export const deriveObligations = (input: {
  readonly measures: readonly ObligationMeasure[];
  readonly period: ObligationPeriod;
  readonly resolveExecutor: ExecutorResolver;
}): DerivedObligations => {
  const { period } = input;
  const obligations: Obligation[] = [];
  const unresolved: UnresolvedExecutor[] = [];
  const warnings: ObligationWarning[] = [];
  for (const measure of input.measures) {
    if (!measureInPeriod(measure.deadline, period)) continue;
    if (measure.deadline.start === null || measure.deadline.end === null) {
      warnings.push({ measure: measure.number, code: 'deadline_unreadable' });
    }
    if (measure.executors.length === 0) warnings.push({ measure: measure.number, code: 'no_executors' });
    else if (measure.executors.every((e) => e.byAgreement))
      warnings.push({ measure: measure.number, code: 'nobody_obliged' });
    if (measure.executors.some((e) => e.lead && e.byAgreement))
      warnings.push({ measure: measure.number, code: 'lead_invited' });

    const byOrganisation = new Map<string, Obligation>();
    const deliverableDue = deliverableDueIn(measure.deadline.dueDates, period);
    for (const executor of measure.executors) {
      const organisations = input.resolveExecutor(executor.code, { start: period.start, end: period.end });
      if (organisations.length === 0) {
        if (!unresolved.some((u) => u.measure === measure.number && u.code === executor.code)) {
          unresolved.push({ measure: measure.number, code: executor.code });
        }
        continue;
      }
      for (const organisation of organisations) {
        const held = byOrganisation.get(organisation.organisationId);
        byOrganisation.set(organisation.organisationId, {
          measure: measure.number,
          section: measure.section,
          organisationId: organisation.organisationId,
          regionCode: held?.regionCode ?? organisation.regionCode,
          codes:
            held === undefined
              ? [executor.code]
              : held.codes.includes(executor.code)
                ? held.codes
                : [...held.codes, executor.code],
          lead: (held?.lead ?? false) || executor.lead,
          invited: (held?.invited ?? true) && executor.byAgreement,
          reportDue: period.executorsDue,
          deliverableDue,
        });
      }
    }
    obligations.push(...byOrganisation.values());
  }
  return { obligations, unresolved, warnings };
};
