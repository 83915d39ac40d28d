// Reporting on a plan: periods and their due dates, the obligations a period creates, the executor's
// report and its review, completeness and timeliness, reminders, and the consolidated report to the
// Government. Pure functions and zod schemas; the server stores, the UI shows.

export {
  AMOUNT_DECIMALS,
  type AmountIssue,
  type AmountResult,
  MAX_AMOUNT_MLN,
  parseAmountInput,
} from './amount-input.ts';
export { addDays, dateParts, dayOfNextMonth, daysBetween, isIsoDate } from './calendar-days.ts';
export {
  type Completeness,
  type CompletenessFigures,
  completeness,
  completenessTrend,
  type ObligationProgress,
  type ObligationStatus,
  obligationStatus,
  obligationStatuses,
} from './completeness.ts';
export {
  type AcceptedReport,
  ASSESSMENT_LABELS,
  type Assessment,
  type ConsolidationDraft,
  type ConsolidationFigures,
  consolidationFigures,
  draftConsolidation,
  type ReportLanguage,
} from './consolidation.ts';
export {
  type GovernmentReportColumns,
  type GovernmentReportRow,
  governmentReport,
} from './government-report.ts';
export { INDICATOR_CODES, INDICATOR_LABELS, type IndicatorCode, isIndicatorCode } from './indicators.ts';
export {
  issueMessage,
  REPORTING_ISSUE_KEYS,
  REPORTING_ISSUE_MESSAGES,
  type ReportingIssueKey,
} from './issue-keys.ts';
export {
  dateInKazakhstan,
  endOfDayInKazakhstan,
  type Instant,
  KZ_UTC_OFFSET_MINUTES,
  toMillis,
} from './kz-time.ts';
export {
  kazakhPossessive,
  kazakhPossessiveEnding,
  russianGenitiveAfter,
  russianPlural,
} from './numeral-grammar.ts';
export {
  type DerivedObligations,
  deriveObligations,
  type ExecutorResolver,
  measureInPeriod,
  type Obligation,
  type ObligationMeasure,
  type ObligationPeriod,
  type ObligationWarning,
  type ObligationWarningCode,
  organisationsDuring,
  type ResolvedOrganisation,
  type UnresolvedExecutor,
} from './obligations.ts';
export {
  effectiveRule,
  type MissingRuleField,
  partsPerYear,
  periodFor,
  periodFromCode,
  REPORTING_FREQUENCIES,
  type ReportingPeriod,
  type ReportingRule,
  reportingPeriods,
  reportingRuleSchema,
} from './periods.ts';
export {
  DEFAULT_REMINDER_RULE,
  type Reminder,
  type ReminderKind,
  type ReminderObligation,
  type ReminderRecipient,
  type ReminderRule,
  reminderRuleSchema,
  remindersDue,
} from './reminders.ts';
export {
  draftSchema,
  EXECUTION_STATUSES,
  type ExecutionStatus,
  type ExecutorReport,
  MAX_EVIDENCE_FILES,
  MAX_TEXT_LENGTH,
  type MeasureReportForm,
  OPEN_FORM,
  type ProducedDocument,
  type ReportInput,
  SPENDING_SOURCES,
  type SubmittedReport,
  submitSchema,
} from './report.ts';
export { diffReportVersions, type ReportChange } from './report-diff.ts';
export { classifyTimeliness, submittedBy, type Timeliness, type TimelinessInput } from './timeliness.ts';
export {
  decideReportAction,
  decideSummary,
  isReadOnlyForExecutor,
  nextState,
  REPORT_ACTIONS,
  REPORT_STATES,
  type ReportAction,
  type ReportActor,
  type ReportState,
  type ReportSubject,
  summaryAuthor,
  WORKFLOW_REFUSALS,
  type WorkflowDecision,
  type WorkflowRefusal,
} from './workflow.ts';
