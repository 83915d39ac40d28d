// Completeness and timeliness of a period, DHIS2-style: how many reports were expected, submitted,
// accepted, on time, late and missing — in total and by executor, region, section and measure. Invited
// ("by agreement") obligations are counted apart: they are never expected, late or missing. Every figure
// is as of a moment, so the same function draws the picture over time.

import type { Instant } from './kz-time.ts';
import { classifyTimeliness, submittedBy, type Timeliness } from './timeliness.ts';

/** An obligation with the two instants of its report's history that the figures need. */
export interface ObligationProgress {
  readonly measure: number;
  readonly section: number | null;
  readonly organisationId: string;
  readonly regionCode: string | null;
  readonly invited: boolean;
  readonly reportDue: string;
  readonly firstSubmittedAt: Instant | null;
  /**
   * When the acceptance now in force was given; null when the report is not accepted (or was re-opened).
   * A report accepted, re-opened and accepted again counts as accepted from the second acceptance on.
   */
  readonly acceptedAt: Instant | null;
}

/** One obligation's standing at a moment. */
export interface ObligationStatus {
  /** 'invited' for an obligation by agreement, which is never judged on time. */
  readonly timeliness: Timeliness | 'invited';
  readonly submitted: boolean;
  readonly accepted: boolean;
}

/** The figures of a set of obligations; expected = submitted + missing + pending, submitted = onTime + late. */
export interface CompletenessFigures {
  readonly expected: number;
  readonly submitted: number;
  readonly accepted: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly pending: number;
  /** Obligations by agreement, and how many of those bodies reported anyway. */
  readonly invited: number;
  readonly invitedSubmitted: number;
}

/** The figures of a period with their breakdowns (the API's completeness shape plus byRegion, bySection, byMeasure). */
export interface Completeness extends CompletenessFigures {
  readonly byExecutor: readonly (CompletenessFigures & {
    readonly organisationId: string;
    readonly name: string;
  })[];
  /** Bodies without a region (ministries) are grouped under a null region code. */
  readonly byRegion: readonly (CompletenessFigures & { readonly regionCode: string | null })[];
  readonly bySection: readonly (CompletenessFigures & { readonly section: number | null })[];
  readonly byMeasure: readonly (CompletenessFigures & { readonly measure: number })[];
}

/** Where one obligation stands at `asOf`. */
export const obligationStatus = (item: ObligationProgress, asOf: Instant): ObligationStatus => {
  const submitted = submittedBy(item.firstSubmittedAt, asOf) !== null;
  const accepted = submitted && item.acceptedAt !== null && submittedBy(item.acceptedAt, asOf) !== null;
  return { timeliness: item.invited ? 'invited' : classifyTimeliness(item, asOf), submitted, accepted };
};

/** Each obligation with its standing, for drilling down from a figure to the reports behind it. */
export const obligationStatuses = <T extends ObligationProgress>(
  items: readonly T[],
  asOf: Instant,
): (T & { readonly status: ObligationStatus })[] =>
  items.map((item) => ({ ...item, status: obligationStatus(item, asOf) }));

const ZERO: CompletenessFigures = {
  expected: 0,
  submitted: 0,
  accepted: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  pending: 0,
  invited: 0,
  invitedSubmitted: 0,
};

const add = (figures: CompletenessFigures, status: ObligationStatus): CompletenessFigures => {
  if (status.timeliness === 'invited') {
    return {
      ...figures,
      invited: figures.invited + 1,
      invitedSubmitted: figures.invitedSubmitted + (status.submitted ? 1 : 0),
    };
  }
  return {
    ...figures,
    expected: figures.expected + 1,
    submitted: figures.submitted + (status.submitted ? 1 : 0),
    accepted: figures.accepted + (status.accepted ? 1 : 0),
    onTime: figures.onTime + (status.timeliness === 'on_time' ? 1 : 0),
    late: figures.late + (status.timeliness === 'late' ? 1 : 0),
    missing: figures.missing + (status.timeliness === 'missing' ? 1 : 0),
    pending: figures.pending + (status.timeliness === 'pending' ? 1 : 0),
  };
};

const groupBy = <K>(
  rows: readonly { readonly item: ObligationProgress; readonly status: ObligationStatus }[],
  key: (item: ObligationProgress) => K,
): Map<K, CompletenessFigures> => {
  const groups = new Map<K, CompletenessFigures>();
  for (const { item, status } of rows) groups.set(key(item), add(groups.get(key(item)) ?? ZERO, status));
  return groups;
};

// Nulls (bodies without a region, measures without a section) come last.
const nullsLast = <K extends string | number>(a: K | null, b: K | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** The totals of obligations at `asOf`, by executor (named by `nameOf`, the id by default), region, section and measure. */
export const completeness = (
  items: readonly ObligationProgress[],
  asOf: Instant,
  nameOf: (organisationId: string) => string = (id) => id,
): Completeness => {
  const rows = items.map((item) => ({ item, status: obligationStatus(item, asOf) }));
  const totals = rows.reduce((figures, row) => add(figures, row.status), ZERO);
  return {
    ...totals,
    byExecutor: [...groupBy(rows, (i) => i.organisationId)]
      .map(([organisationId, figures]) => ({ organisationId, name: nameOf(organisationId), ...figures }))
      .sort((a, b) => a.name.localeCompare(b.name, 'kk') || nullsLast(a.organisationId, b.organisationId)),
    byRegion: [...groupBy(rows, (i) => i.regionCode)]
      .map(([regionCode, figures]) => ({ regionCode, ...figures }))
      .sort((a, b) => nullsLast(a.regionCode, b.regionCode)),
    bySection: [...groupBy(rows, (i) => i.section)]
      .map(([section, figures]) => ({ section, ...figures }))
      .sort((a, b) => nullsLast(a.section, b.section)),
    byMeasure: [...groupBy(rows, (i) => i.measure)]
      .map(([measure, figures]) => ({ measure, ...figures }))
      .sort((a, b) => a.measure - b.measure),
  };
};

/** The same totals for several periods at `asOf`, for a chart of completeness over time. */
export const completenessTrend = (
  periods: readonly { readonly periodCode: string; readonly items: readonly ObligationProgress[] }[],
  asOf: Instant,
): (CompletenessFigures & { readonly periodCode: string })[] =>
  periods.map(({ periodCode, items }) => ({
    periodCode,
    ...items.reduce((figures, item) => add(figures, obligationStatus(item, asOf)), ZERO),
  }));
