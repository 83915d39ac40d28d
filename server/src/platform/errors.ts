import type { Locale } from './i18n/locale.ts';
import type { MessageKey, MessageParams } from './i18n/translate.ts';

/**
 * Every error code the API can answer with, and its HTTP status. The message for each code lives in the
 * i18n catalogs under `error.<CODE>`; the type system makes a missing translation a compile error.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  PASSWORD_POLICY: 400,
  MALFORMED_REQUEST: 400,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  ACCOUNT_LOCKED: 401,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  PASSWORD_WRONG: 400,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  CANNOT_DEACTIVATE_SELF: 409,
  NOT_FOUND: 404,
  ORGANISATION_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  CASE_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  REFERRAL_NOT_FOUND: 404,
  TRANSFER_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  IIN_TAKEN: 409,
  CASE_ACTION_REFUSED: 409,
  CONSENT_OVERRIDE_REQUIRED: 422,
  MERGE_REFUSED: 409,
  PLAN_VERSION_NOT_FOUND: 404,
  MEASURE_NOT_FOUND: 404,
  AGENCY_NOT_FOUND: 404,
  PLAN_FILE_MISSING: 400,
  PLAN_UNREADABLE: 422,
  TRANSLATION_OF_ORIGINAL: 422,
  USERNAME_TAKEN: 409,
  ROLE_NOT_ALLOWED: 422,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  FILE_TOO_LARGE: 413,
  FILE_EMPTY: 400,
  FILE_TYPE_REFUSED: 415,
  FILE_MISSING: 400,
  JOB_NOT_FOUND: 404,
  PERIOD_NOT_FOUND: 404,
  PERIOD_OVERLAPS: 409,
  OBLIGATION_NOT_FOUND: 404,
  REPORT_NOT_YOURS: 403,
  REPORT_LEAD_ONLY: 403,
  REPORT_READ_ONLY: 409,
  REPORT_WRONG_STATE: 409,
  REPORT_OWN_SUBMISSION: 403,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A problem with one field of a request, already translated. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

/** A problem with one field found by the application (not by the schema), translated when answered. */
export interface FieldIssue {
  field: string;
  /** A server message key, or a key of the domain's label catalogs (e.g. `validation.iin_check_digit`). */
  key: MessageKey | (string & {});
  params?: MessageParams;
}

/** A text the error handler renders in the caller's language and gives to the message as `{{reason}}`. */
export type LocalisedText = (locale: Locale) => string;

/** The one error type the application throws on purpose; the HTTP layer maps it to a response. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: MessageParams;
  readonly details: unknown;
  readonly reason: LocalisedText | undefined;

  constructor(
    code: ErrorCode,
    options: { params?: MessageParams; details?: unknown; cause?: unknown; reason?: LocalisedText } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = options.params ?? {};
    this.details = options.details;
    this.reason = options.reason;
  }

  /** A 400 naming the fields at fault; the messages are translated into the caller's language. */
  static invalid(issues: FieldIssue[]): AppError {
    return new AppError('VALIDATION_FAILED', { details: issues });
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
