import type {
  FieldChange,
  PlanAct,
  PlanParseError,
  PlanWarning,
  Reporting,
} from '@qorgau/domain/roadmap/index';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { isMessageKey, type MessageKey, type MessageParams, t } from '../../platform/i18n/translate.ts';

// The parser speaks in codes and English identifiers; these turn them into the reader's language.
// Numbers that are names (line 1129, year 2021, measure 16) are passed as strings, so the message
// formatter does not print them with thousands separators.

const asText = (params: Readonly<Record<string, string | number>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)]));

const maybeKey = (key: string): MessageKey | null => (isMessageKey(key) ? key : null);

/** The parser's English identifiers inside params (a column, a party, a format) in the reader's language. */
function localiseParams(locale: Locale, params: Record<string, string>): MessageParams {
  const out: MessageParams = { ...params };
  const column = params.column === undefined ? null : maybeKey(`plan.column.${params.column}`);
  if (column) out.column = t(locale, column);
  const format = params.format === undefined ? null : maybeKey(`plan.format.${params.format}`);
  if (format) out.format = t(locale, format);
  const missing = params.missing === undefined ? null : maybeKey(`plan.reporting.${params.missing}`);
  if (missing) out.missing = t(locale, missing);
  if (params.detail !== undefined) {
    const conflict = /^(\S+) vs (\S+)$/.exec(params.detail);
    const frequency = (f: string | undefined) => {
      const key = maybeKey(`plan.frequency.${f}`);
      return key ? t(locale, key) : (f ?? '');
    };
    out.detail = conflict
      ? t(locale, 'plan.reporting.conflict', {
          executors: frequency(conflict[1]),
          coordinator: frequency(conflict[2]),
        })
      : t(locale, 'plan.reporting.no_period');
  }
  return out;
}

/** Why the parser refused a text, naming the line, in the reader's language. */
export function parseErrorMessage(
  locale: Locale,
  error: Pick<PlanParseError, 'code' | 'line' | 'params'>,
): string {
  return t(locale, `plan.error.${error.code}`, {
    ...localiseParams(locale, asText(error.params)),
    line: String(error.line),
  });
}

/** The API's refusal of an unreadable file: 422 with the parser's reason, and the line in the details. */
export function unreadablePlan(error: PlanParseError): AppError {
  return new AppError('PLAN_UNREADABLE', {
    reason: (locale) => parseErrorMessage(locale, error),
    details: { line: error.line, code: error.code, params: error.params },
  });
}

/** One warning of the parser in the reader's language (without the measure it belongs to). */
export function warningMessage(locale: Locale, warning: Pick<PlanWarning, 'code' | 'params'>): string {
  return t(locale, `plan.warning.${warning.code}`, localiseParams(locale, asText(warning.params)));
}

/** A warning with its measure in front, for lists that mix plan-level and measure warnings. */
export function warningLine(
  locale: Locale,
  warning: Pick<PlanWarning, 'code' | 'params' | 'measure'>,
): string {
  const message = warningMessage(locale, warning);
  return warning.measure === null
    ? message
    : t(locale, 'plan.warning.at_measure', { measure: String(warning.measure), message });
}

/** "30.03.2020" from "2020-03-30": the way dates are printed in acts, in every language. */
export function actDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The approving act as a line of text: "Resolution of the Government … No. 156 of 30.03.2020". */
export function actLine(locale: Locale, act: PlanAct): string {
  return t(locale, 'plan.act.line', {
    type: t(locale, `plan.act.type.${act.type}`),
    issuer: t(locale, `plan.act.issuer.${act.issuer}`),
    number: act.number,
    date: actDate(act.date),
  });
}

/** The reporting duty as a sentence. */
export function reportingText(locale: Locale, reporting: Reporting | null): string {
  if (reporting === null) return t(locale, 'plan.preview.no_reporting');
  return t(locale, 'plan.preview.reporting', {
    frequency: reporting.frequency ? t(locale, `plan.frequency.${reporting.frequency}`) : '—',
    executors: reporting.executorsDueDay === null ? '—' : String(reporting.executorsDueDay),
    coordinator: reporting.coordinatorDueDay === null ? '—' : String(reporting.coordinatorDueDay),
  });
}

/** A changed field as one short line: `deadline.text: "2020 – 2021 жылдар" → "2020 – 2022 жылдар"`. */
export function changeLine(change: FieldChange): string {
  const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
  return `${change.field}: ${show(change.from)} → ${show(change.to)}`;
}
