// The executor's report on one obligation. A draft may be incomplete but never malformed: an amount
// that is not a number is refused even in a draft, so nothing unreadable is ever stored. Submitting
// asks for the rest: a status, a text in Kazakh or Russian, the reason when the measure was not
// executed, and the produced document when the measure's form of completion is one.

import { z } from 'zod';
import type { FinancingSource } from '../roadmap/types.ts';
import { MAX_AMOUNT_MLN, parseAmountInput } from './amount-input.ts';
import { type IndicatorCode, isIndicatorCode } from './indicators.ts';
import { issueMessage, type ReportingIssueKey } from './issue-keys.ts';

/** How far the measure was executed in the period. */
export const EXECUTION_STATUSES = ['executed', 'partially_executed', 'in_progress', 'not_executed'] as const;

/** One execution status. */
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** The sources money can come from, as the plan names them. */
export const SPENDING_SOURCES = [
  'republican',
  'local',
  'world_bank',
  'extra_budgetary',
] as const satisfies readonly FinancingSource[];

/** The document a measure produced (an order, a resolution…): what it is, its number and its date. */
export interface ProducedDocument {
  readonly type: string | null;
  readonly number: string | null;
  readonly date: string | null;
}

/** A report as stored: blank text is null, absent lists and maps are empty. */
export interface ExecutorReport {
  readonly status: ExecutionStatus | null;
  readonly reason: string | null;
  readonly text: { readonly kk: string | null; readonly ru: string | null };
  readonly document: ProducedDocument | null;
  readonly indicators: Readonly<Partial<Record<IndicatorCode, number>>>;
  /** Million tenge spent in the period, by source. */
  readonly spending: Readonly<Partial<Record<FinancingSource, number>>>;
  /** Ids of uploaded evidence files, without repeats. */
  readonly evidence: readonly string[];
}

/** A report that passed submission: it has a status. */
export interface SubmittedReport extends ExecutorReport {
  readonly status: ExecutionStatus;
}

/** What the measure asks of its reports; the caller reads it from the measure's settings. */
export interface MeasureReportForm {
  /** The form of completion is a document (an order, a resolution), so its type, number and date are asked for. */
  readonly documentRequired: boolean;
  /** The indicators the measure counts; null allows the whole catalogue. */
  readonly indicators: readonly IndicatorCode[] | null;
}

/** A form that asks for no document and allows every indicator. */
export const OPEN_FORM: MeasureReportForm = { documentRequired: false, indicators: null };

/** The longest report text, per language. */
export const MAX_TEXT_LENGTH = 20_000;

/** The most evidence files one report may reference. */
export const MAX_EVIDENCE_FILES = 50;

const amount = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const result = parseAmountInput(input);
  if (result.ok) return result.value;
  const params = { i18n: result.issue, value: String(input), maximum: MAX_AMOUNT_MLN };
  ctx.addIssue({ code: 'custom', message: issueMessage(result.issue, params), params });
  return z.NEVER;
});

const text = (max: number) => z.string().max(max).nullish();

const fields = z.strictObject({
  status: z.enum(EXECUTION_STATUSES).nullish(),
  reason: text(5_000),
  text: z.strictObject({ kk: text(MAX_TEXT_LENGTH), ru: text(MAX_TEXT_LENGTH) }).nullish(),
  document: z
    .strictObject({
      type: text(200),
      number: text(100),
      date: z.union([z.iso.date(), z.literal('')]).nullish(),
    })
    .nullish(),
  indicators: z.record(z.string(), z.number().int().min(0).max(1_000_000_000)).nullish(),
  spending: z.record(z.string(), amount).nullish(),
  evidence: z.array(z.string().trim().min(1).max(200)).max(MAX_EVIDENCE_FILES).nullish(),
});

type Fields = z.output<typeof fields>;

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

type Issue = {
  readonly path: readonly (string | number)[];
  readonly key: ReportingIssueKey;
  readonly params?: Record<string, string>;
};

// Checks that need several fields or the measure's form. They read the raw object, since they run even
// when a field is malformed: a person sees every problem at once rather than one per attempt.
const crossIssues = (raw: unknown, form: MeasureReportForm, submitting: boolean): Issue[] => {
  if (!isRecord(raw)) return [];
  const issues: Issue[] = [];
  for (const code of Object.keys(isRecord(raw.indicators) ? raw.indicators : {})) {
    if (!isIndicatorCode(code))
      issues.push({ path: ['indicators', code], key: 'report.indicator_unknown', params: { code } });
    else if (form.indicators !== null && !form.indicators.includes(code)) {
      issues.push({ path: ['indicators', code], key: 'report.indicator_not_counted', params: { code } });
    }
  }
  for (const source of Object.keys(isRecord(raw.spending) ? raw.spending : {})) {
    if (!(SPENDING_SOURCES as readonly string[]).includes(source)) {
      issues.push({ path: ['spending', source], key: 'report.spending_source_unknown', params: { source } });
    }
  }
  const document = isRecord(raw.document) ? raw.document : {};
  const documentParts = [document.type, document.number, document.date].filter(filled).length;
  if (!submitting) return issues;

  if (raw.status === undefined || raw.status === null)
    issues.push({ path: ['status'], key: 'report.status_required' });
  if (raw.status === 'not_executed' && !filled(raw.reason))
    issues.push({ path: ['reason'], key: 'report.reason_required' });
  const texts = isRecord(raw.text) ? raw.text : {};
  if (!filled(texts.kk) && !filled(texts.ru)) issues.push({ path: ['text'], key: 'report.text_required' });
  if (form.documentRequired && documentParts < 3)
    issues.push({ path: ['document'], key: 'report.document_required' });
  else if (documentParts > 0 && documentParts < 3)
    issues.push({ path: ['document'], key: 'report.document_incomplete' });
  return issues;
};

const normalise = (value: Fields): ExecutorReport => {
  const document: ProducedDocument = {
    type: blankToNull(value.document?.type),
    number: blankToNull(value.document?.number),
    date: blankToNull(value.document?.date),
  };
  return {
    status: value.status ?? null,
    reason: blankToNull(value.reason),
    text: { kk: blankToNull(value.text?.kk), ru: blankToNull(value.text?.ru) },
    document: document.type === null && document.number === null && document.date === null ? null : document,
    indicators: Object.fromEntries(
      Object.entries(value.indicators ?? {}).filter(([code]) => isIndicatorCode(code)),
    ),
    spending: Object.fromEntries(
      Object.entries(value.spending ?? {}).filter(([source]) =>
        (SPENDING_SOURCES as readonly string[]).includes(source),
      ),
    ),
    evidence: [...new Set(value.evidence ?? [])],
  };
};

const withCrossChecks = (form: MeasureReportForm, submitting: boolean) =>
  fields.superRefine(
    (value: unknown, ctx) => {
      for (const issue of crossIssues(value, form, submitting)) {
        const params = { i18n: issue.key, ...issue.params };
        ctx.addIssue({
          code: 'custom',
          path: [...issue.path],
          message: issueMessage(issue.key, params),
          params,
        });
      }
    },
    { when: () => true },
  );

/** The schema of a draft for a measure's form: every field optional, every present field well-formed. */
export const draftSchema = (form: MeasureReportForm = OPEN_FORM) =>
  withCrossChecks(form, false).transform(normalise);

/** The schema of a submission for a measure's form: a draft's checks plus everything a complete report needs. */
export const submitSchema = (form: MeasureReportForm = OPEN_FORM) =>
  withCrossChecks(form, true).transform((value, ctx): SubmittedReport => {
    const report = normalise(value);
    if (report.status === null) {
      // Unreachable after the cross-checks; kept so the type says what the schema guarantees.
      ctx.addIssue({ code: 'custom', path: ['status'], params: { i18n: 'report.status_required' } });
      return z.NEVER;
    }
    return { ...report, status: report.status };
  });

/** What a report schema accepts as input. */
export type ReportInput = z.input<ReturnType<typeof draftSchema>>;
