import {
  type CASE_LABELS,
  caseLabelCatalog,
  type LabelLocale,
  type VALIDATION_MESSAGES,
  type WARNING_MESSAGES,
} from '@qorgau/domain/cases/labels';
import {
  type KDN_TASK_LABELS,
  type PROTOCOL_LABELS,
  type PROTOCOL_TASK_LABELS,
  protocolLabelCatalog,
} from '@qorgau/domain/protocol/labels';

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

type ProtocolSegments = typeof PROTOCOL_LABELS;

/**
 * `protocol.<segment>.<code>` for every code of the interagency response (protocol actions, KDN decisions,
 * prevention participants and activities, dispatch states …) and `task.<kind>` for the tasks they create.
 */
export type ProtocolLabelKey =
  | {
      [S in keyof ProtocolSegments]: `protocol.${S & string}.${keyof ProtocolSegments[S] & string}`;
    }[keyof ProtocolSegments]
  | `task.${keyof typeof KDN_TASK_LABELS & string}`
  | `task.${keyof typeof PROTOCOL_TASK_LABELS & string}`;

/** A segment of the protocol label keys. */
export type ProtocolLabelSegment = keyof ProtocolSegments;

/** The domain's protocol labels in one language, as i18next resources. */
export function protocolLabels(language: LabelLocale): Record<ProtocolLabelKey, string> {
  return protocolLabelCatalog(language) as Record<ProtocolLabelKey, string>;
}
