// Whether an obligation was met in time, as of a moment. A report is due by the end of its due day in
// Kazakhstan (see kz-time.ts); what counts is the first submission, as in DHIS2's timeliness: a report
// returned for corrections and sent again was still delivered when it was first sent. A submission
// after `asOf` has not happened yet as of then, which is what lets the same figures be drawn for any
// past moment.

import { endOfDayInKazakhstan, type Instant, toMillis } from './kz-time.ts';

/** Where an expected report stands: sent by the end of the due day, sent after it, overdue, or not yet due. */
export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

/** What timeliness is judged on. */
export interface TimelinessInput {
  /** The due date (ISO date), due by the end of that day in Kazakhstan. */
  readonly reportDue: string;
  /** The first time a version was submitted, if ever. */
  readonly firstSubmittedAt: Instant | null;
}

/** The first submission as known at `asOf` (null when none, or when it came later). */
export const submittedBy = (firstSubmittedAt: Instant | null, asOf: Instant): number | null => {
  if (firstSubmittedAt === null) return null;
  const at = toMillis(firstSubmittedAt);
  return at <= toMillis(asOf) ? at : null;
};

/** Classifies an expected report at a moment; an invited one is not judged (see `obligationStatus`). */
export const classifyTimeliness = (input: TimelinessInput, asOf: Instant): Timeliness => {
  const deadline = endOfDayInKazakhstan(input.reportDue);
  const submitted = submittedBy(input.firstSubmittedAt, asOf);
  if (submitted !== null) return submitted < deadline ? 'on_time' : 'late';
  return toMillis(asOf) < deadline ? 'pending' : 'missing';
};
