// The plan parser's public face: `parsePlan` and the smaller readers it is built from, with the
// types of what they return and the codes of its errors and warnings.

export { parseAbbreviations } from './abbreviations.ts';
export { parseActLine } from './act-line.ts';
export {
  type AgencyKind,
  type AgencyLink,
  type AgencyProposal,
  agencyCodesUsed,
  agencyGroupOf,
  currentSuccessors,
  type LinkCandidate,
  proposeAgency,
} from './agency-directory.ts';
export { isDashOrEmpty, parseAmountMln } from './amount.ts';
export { type DeadlineOptions, parseDeadline } from './deadline.ts';
export { decodePlanText, firstInvalidUtf8 } from './decode-plan-text.ts';
export { parseExecutors } from './executors.ts';
export { type FinancingCells, parseFinancing, parseFinancingSources, parseProgrammes } from './financing.ts';
export { parseForm } from './form.ts';
export { type PlanParseResult, parsePlan, tryParsePlan } from './parse-plan.ts';
export { parsePeriod } from './period.ts';
export {
  diffPlans,
  diffValues,
  type FieldChange,
  isEmptyDiff,
  type KeyedChange,
  type MeasureChange,
  type PlanContent,
  type PlanDiff,
  sameValue,
} from './plan-diff.ts';
export {
  PLAN_PARSE_ERROR_CODES,
  PlanParseError,
  type PlanParseErrorCode,
  type PlanParseErrorParams,
} from './plan-parse-error.ts';
export { PLAN_WARNING_CODES, type PlanWarningCode } from './plan-warning-codes.ts';
export { parseReporting } from './reporting.ts';
export { parseRomanNumeral } from './roman-numeral.ts';
export type {
  Abbreviation,
  ActIssuer,
  ActType,
  CompletionForm,
  Deadline,
  Executor,
  Financing,
  FinancingSource,
  ParsedMeasure,
  ParsedPlan,
  PlanAct,
  PlanLanguage,
  PlanPeriod,
  PlanSection,
  PlanWarning,
  Reporting,
  ReportingFrequency,
} from './types.ts';
