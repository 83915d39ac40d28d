/**
 * Message keys of the validation rules in cases/ and protocol/. A custom zod issue carries its key as
 * `params: { i18n }`; the server's catalogs hold the kk/ru/en texts, and a test there should require a text
 * for each key listed here. Append new keys, never rename one.
 */
export const VALIDATION_KEYS = [
  'validation.iin_format',
  'validation.iin_check_digit',
  'validation.iin_never_issued',
  'validation.birth_date_in_future',
  'validation.birth_date_or_age_required',
  'validation.date_in_future',
  'validation.name_not_cyrillic',
  'validation.name_not_latin',
  'validation.kato_code',
  'validation.phone',
  'validation.family_member_unknown',
  'validation.case_concern_required',
  'validation.concern_duplicate',
  'validation.date_order',
  'validation.goal_unknown',
  'validation.id_duplicate',
  'validation.form_unknown',
  'validation.form_version_unknown',
  'validation.response_targets_order',
  'validation.age_band_order',
  'validation.protocol_json',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** Warnings: shown to the person entering data, never a reason to refuse it. */
export const WARNING_KEYS = [
  'warning.iin_date_mismatch',
  'warning.iin_sex_mismatch',
  'warning.iin_date_not_encoded',
] as const;
export type WarningKey = (typeof WARNING_KEYS)[number];

/** The `params` of a custom issue that names its message key. */
export function i18n(key: ValidationKey): { i18n: ValidationKey } {
  return { i18n: key };
}

/** A zod issue as far as its message key depends on it. */
export interface IssueForKey {
  readonly code: string;
  readonly params?: Record<string, unknown> | undefined;
  readonly origin?: string | undefined;
}

/**
 * The message key of any zod issue: the custom key when the rule set one, otherwise the server's generic
 * `validation.*` key for the issue's code (the same keys server/src/platform/i18n/validation.ts uses).
 */
export function issueKey(issue: IssueForKey): string {
  const custom = issue.params?.i18n;
  if (typeof custom === 'string') return custom;
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const kind = issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'number';
      return `validation.${issue.code}.${kind}`;
    }
    case 'invalid_type':
    case 'invalid_format':
    case 'invalid_value':
    case 'unrecognized_keys':
      return `validation.${issue.code}`;
    default:
      return 'validation.invalid';
  }
}
