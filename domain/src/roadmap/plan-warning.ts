// Builds warnings with an English message for logs; the code and params carry the meaning so the
// server can translate. Readers of single cells report `WarningDraft`s, which know neither the
// measure they belong to nor the wording.

import type { PlanWarningCode } from './plan-warning-codes.ts';
import type { PlanWarning } from './types.ts';

/** Values for a warning's localised message. */
export type WarningParams = Readonly<Record<string, string | number>>;

/** A warning before the parser knows which measure it belongs to. */
export interface WarningDraft {
  readonly field: string;
  readonly code: PlanWarningCode;
  readonly params: WarningParams;
}

const text = (p: WarningParams, key: string): string => String(p[key] ?? '');

const MESSAGES: Record<PlanWarningCode, (p: WarningParams) => string> = {
  DEADLINE_UNREADABLE: (p) => `deadline "${text(p, 'text')}" is not in a known form; kept as text`,
  DEADLINE_OUTSIDE_PERIOD: (p) =>
    `deadline "${text(p, 'text')}" falls outside the plan's period ${text(p, 'from')}–${text(p, 'to')}`,
  FINANCING_AMOUNT_UNREADABLE: (p) => `amount "${text(p, 'text')}" (${text(p, 'column')}) is not a number`,
  FINANCING_SUM_MISMATCH: (p) =>
    `total ${text(p, 'total')} mln differs from the sum of the years ${text(p, 'sum')} mln`,
  FINANCING_YEAR_OUTSIDE_DEADLINE: (p) =>
    `money is planned in ${text(p, 'year')}, outside the deadline "${text(p, 'deadline')}"`,
  FINANCING_SOURCE_UNKNOWN: (p) => `source of financing "${text(p, 'text')}" names no known source`,
  FINANCING_SOURCE_MISSING: () => 'amounts are planned but no source of financing is named',
  FINANCING_NOT_REQUIRED_BUT_FUNDED: () =>
    'financing is marked as not required, yet amounts or sources are given',
  PROGRAMMES_UNREADABLE: (p) => `budget programme cell "${text(p, 'text')}" holds something other than codes`,
  PROGRAMMES_MISSING: () => 'amounts are planned but no budget programme is named',
  EXECUTORS_EMPTY: () => 'no responsible executor is named',
  ABBREVIATION_UNKNOWN: (p) => `"${text(p, 'code')}" is not in the list of abbreviations`,
  FORM_EMPTY: () => 'the form of completion is empty',
  FORM_ADDRESSEE_UNREADABLE: (p) => `the addressee of "${text(p, 'text')}" could not be identified`,
  TITLE_EMPTY: () => 'the measure has no text',
  MEASURE_NUMBER_SEQUENCE: (p) => `measure ${text(p, 'found')} follows ${text(p, 'previous')}`,
  SECTION_NUMBER_SEQUENCE: (p) => `section ${text(p, 'found')} follows ${text(p, 'previous')}`,
  SECTION_EMPTY: (p) => `section ${text(p, 'section')} has no measures`,
  REPORTING_NOT_FOUND: () =>
    'the resolution sets no reporting day of the month after the reporting period ("… кешіктірмей", "не позднее …")',
  REPORTING_INCOMPLETE: (p) => `the resolution sets no reporting day for the ${text(p, 'missing')}`,
  REPORTING_FREQUENCY_UNCLEAR: (p) => `the reporting period is unclear: ${text(p, 'detail')}`,
  ABBREVIATIONS_NOT_FOUND: () => 'no list of abbreviations follows the table',
  ABBREVIATION_UNREADABLE: (p) => `abbreviation line "${text(p, 'text')}" has no "CODE – name" form`,
  ABBREVIATION_DUPLICATE: (p) => `abbreviation "${text(p, 'code')}" is defined twice`,
  CELL_EMPTY: (p) =>
    `the ${text(p, 'column')} cell is empty where other rows write "-"; read as none, but content may be missing`,
};

/** Makes a draft warning for one field of a cell. */
export const draft = (field: string, code: PlanWarningCode, params: WarningParams = {}): WarningDraft => ({
  field,
  code,
  params,
});

/** Turns a draft into a warning of the given measure (null for the plan as a whole). */
export const toWarning = (measure: number | null, d: WarningDraft): PlanWarning => {
  const message = MESSAGES[d.code](d.params);
  return Object.keys(d.params).length > 0
    ? { measure, field: d.field, code: d.code, message, params: d.params }
    : { measure, field: d.field, code: d.code, message };
};
