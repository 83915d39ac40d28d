// What changed between two versions of a report, field by field, so a reviewer sees exactly what an
// executor changed after a return ("spending.local: 8 → 8,5", "evidence: + file-3").

import { diffValues, type FieldChange } from '../roadmap/plan-diff.ts';
import type { ExecutorReport } from './report.ts';

const NO_DOCUMENT = { type: null, number: null, date: null };

/** One changed field by its path ("text.kk", "indicators.participants"); an absent value is null. */
export type ReportChange = FieldChange;

/**
 * The changes from version `a` to version `b`. Scalars and maps are compared leaf by leaf; evidence is a
 * set, so each file added is a change from null and each file removed a change to null.
 */
export const diffReportVersions = (a: ExecutorReport, b: ExecutorReport): ReportChange[] => {
  const { evidence: before, ...restA } = a;
  const { evidence: after, ...restB } = b;
  // A missing document is compared as a document with no fields, so filling one in shows each field.
  const changes = diffValues(
    { ...restA, document: restA.document ?? NO_DOCUMENT },
    { ...restB, document: restB.document ?? NO_DOCUMENT },
  );
  for (const file of before)
    if (!after.includes(file)) changes.push({ field: 'evidence', from: file, to: null });
  for (const file of after)
    if (!before.includes(file)) changes.push({ field: 'evidence', from: null, to: file });
  return changes;
};
