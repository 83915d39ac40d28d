import {
  type CASE_LABELS,
  caseLabelCatalog,
  type LabelLocale,
  type VALIDATION_MESSAGES,
  type WARNING_MESSAGES,
} from '@qorgau/domain/cases/labels';

/*
 * The labels of every case-management code (concerns, risk levels, stages, refusals, …) and the messages of
 * the domain's validation and warning keys live in the domain (domain/src/cases/labels.ts), shared with the
 * server. They join the UI's own texts as one i18next catalog per language; these types let `t()` check
 * those keys as it checks the UI's.
 */

type Segments = typeof CASE_LABELS;

/** `case.<segment>.<code>` for every code the domain labels, and its validation and warning keys. */
export type CaseLabelKey =
  | { [S in keyof Segments]: `case.${S & string}.${keyof Segments[S] & string}` }[keyof Segments]
  | keyof typeof VALIDATION_MESSAGES
  | keyof typeof WARNING_MESSAGES;

/** A segment of the case label keys. */
export type CaseLabelSegment = keyof Segments;

/** The domain's case labels in one language, as i18next resources. */
export function caseLabels(language: LabelLocale): Record<CaseLabelKey, string> {
  return caseLabelCatalog(language) as Record<CaseLabelKey, string>;
}
