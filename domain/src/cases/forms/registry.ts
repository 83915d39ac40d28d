import type { z } from 'zod';
import { i18n } from '../validation-keys.ts';
import { assessmentV1Schema } from './assessment.ts';
import { casePlanV1Schema } from './case-plan.ts';

/*
 * Every version of every structured form. A stored form names its version and is always read with that
 * version's schema, so an old assessment stays readable after the form changes; new cases get the latest.
 */
export const FORM_SCHEMAS = {
  assessment: { 1: assessmentV1Schema },
  case_plan: { 1: casePlanV1Schema },
} as const satisfies Record<string, Record<number, z.ZodType>>;

export type FormName = keyof typeof FORM_SCHEMAS;

/** The form names, for a catalog test and the API. */
export const FORM_NAMES = Object.keys(FORM_SCHEMAS) as FormName[];

/** The version new forms are written in. */
export const LATEST_FORM_VERSION: Readonly<Record<FormName, number>> = { assessment: 1, case_plan: 1 };

/** A form's parse: the data and its version, or issues (an unknown version names 'validation.form_version_unknown'). */
export type FormParse =
  | { readonly ok: true; readonly form: FormName; readonly version: number; readonly data: unknown }
  | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] };

/** Parses stored or submitted form data with the schema of the version it names. */
export function parseForm(form: FormName, data: unknown): FormParse {
  const version =
    typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  const versions: Readonly<Record<number, z.ZodType>> = FORM_SCHEMAS[form];
  const schema = typeof version === 'number' ? versions[version] : undefined;
  if (typeof version !== 'number' || schema === undefined) {
    const issue: z.core.$ZodIssue = {
      code: 'custom',
      path: ['version'],
      message: `unknown version of form ${form}`,
      params: i18n('validation.form_version_unknown'),
      input: version,
    };
    return { ok: false, issues: [issue] };
  }
  const result = schema.safeParse(data);
  return result.success
    ? { ok: true, form, version, data: result.data }
    : { ok: false, issues: result.error.issues };
}
