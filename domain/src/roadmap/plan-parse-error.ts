// The one way `parsePlan` refuses a document. It carries a stable code, the 1-based line where the
// parser gave up and the values a translated message needs, so the server can answer in the user's
// language; `message` is English and meant for logs only.

/** Every code a `PlanParseError` can carry; append, never rename. */
export const PLAN_PARSE_ERROR_CODES = [
  'PLAN_EMPTY',
  'PLAN_NOT_TEXT',
  'PLAN_NO_ACT_LINE',
  'PLAN_NO_PERIOD',
  'PLAN_NO_TABLE',
  'PLAN_ROW_CELL_COUNT',
  'PLAN_DUPLICATE_MEASURE',
  'PLAN_UNEXPECTED_CELL',
  'PLAN_NOT_UTF8',
] as const;

/** A code from `PLAN_PARSE_ERROR_CODES`. */
export type PlanParseErrorCode = (typeof PLAN_PARSE_ERROR_CODES)[number];

/** Values for a localised message, e.g. `{ measure: 12, expected: 12, found: 11 }`. */
export type PlanParseErrorParams = Readonly<Record<string, string | number>>;

const describe = (code: PlanParseErrorCode, p: PlanParseErrorParams): string => {
  switch (code) {
    case 'PLAN_EMPTY':
      return 'the document is empty';
    case 'PLAN_NOT_TEXT':
      return `the document is not plain text (looks like ${p.format ?? 'binary data'})`;
    case 'PLAN_NO_ACT_LINE':
      return `expected the act line ("… № N қаулысы." / "Постановление … № N."), found "${p.found ?? ''}"`;
    case 'PLAN_NO_PERIOD':
      return `the title states no valid period of years ("2020 – 2023 жылдарға", "на 2023 – 2025 годы")`;
    case 'PLAN_NO_TABLE':
      return 'no table of measures (a cell "1." after a TAB) was found';
    case 'PLAN_ROW_CELL_COUNT':
      return `measure ${p.measure} has ${p.found} cells, expected ${p.expected} (${p.years} year columns)`;
    case 'PLAN_DUPLICATE_MEASURE':
      return `measure ${p.measure} appears again (first at line ${p.firstLine})`;
    case 'PLAN_UNEXPECTED_CELL':
      return `unexpected cell "${p.text ?? ''}" after the heading of section ${p.section}`;
    case 'PLAN_NOT_UTF8':
      return 'the text is not in UTF-8 (a legacy code page such as Windows-1251?)';
  }
};

/** Thrown by `parsePlan` when the text is not a plan it can read; nothing of it should be stored. */
export class PlanParseError extends Error {
  override readonly name = 'PlanParseError';
  readonly code: PlanParseErrorCode;
  /** 1-based line of the input where the parser gave up. */
  readonly line: number;
  readonly params: PlanParseErrorParams;

  constructor(code: PlanParseErrorCode, line: number, params: PlanParseErrorParams = {}) {
    super(`Line ${line}: ${describe(code, params)}`);
    this.code = code;
    this.line = line;
    this.params = params;
  }
}
