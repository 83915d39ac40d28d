// The messages of this capability's validation issues. A schema attaches `params: { i18n: key }` to each
// custom issue; the server translates by the key (zod's own issues — a wrong type, a number out of range,
// an unknown field — go through its generic validation messages). The English text is the default
// message and the reference for translators.

/** Every custom issue key the reporting schemas use, with its English message ({{name}} is a parameter). */
export const REPORTING_ISSUE_MESSAGES = {
  'report.status_required': 'Choose the execution status.',
  'report.reason_required': 'Give the reason the measure was not executed.',
  'report.text_required': 'Describe the progress in Kazakh or Russian.',
  'report.document_required':
    'The form of completion asks for the document the measure produced: give its type, number and date.',
  'report.document_incomplete': "Give the document's type, number and date, or none of them.",
  'report.amount_not_a_number': 'Write the amount as a number of million tenge, e.g. 12,5 (not "{{value}}").',
  'report.amount_negative': 'An amount cannot be negative.',
  'report.amount_too_precise': 'Amounts are in million tenge with at most 3 decimals (one thousand tenge).',
  'report.amount_too_large':
    'More than {{maximum}} million tenge: check the unit, amounts are in million tenge.',
  'report.indicator_unknown': 'There is no indicator "{{code}}".',
  'report.indicator_not_counted': 'This measure does not count "{{code}}".',
  'report.spending_source_unknown': 'There is no source of financing "{{source}}".',
  'reporting_rule.coordinator_before_executors':
    "The coordinator's due day cannot come before the executors' due day.",
} as const;

/** A custom issue key of the reporting schemas. */
export type ReportingIssueKey = keyof typeof REPORTING_ISSUE_MESSAGES;

/** The keys alone, for a test that every catalogue of the server translates each of them. */
export const REPORTING_ISSUE_KEYS = Object.keys(REPORTING_ISSUE_MESSAGES) as ReportingIssueKey[];

/** The English message of a key with its parameters filled in. */
export const issueMessage = (
  key: ReportingIssueKey,
  params: Readonly<Record<string, string | number>> = {},
): string =>
  REPORTING_ISSUE_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
