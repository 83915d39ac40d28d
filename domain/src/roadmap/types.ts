// The shape `parsePlan` returns. It mirrors the JSON the CLI prints, so field names are part of the
// contract with the server, the CLI and the UI: add, never rename.

import type { PlanWarningCode } from './plan-warning-codes.ts';

/** The two languages the legal-acts portal publishes an act in. */
export type PlanLanguage = 'kk' | 'ru';

/** The kind of act that approved the plan (қаулы/постановление, Жарлық/Указ, өкім/распоряжение, бұйрық/приказ). */
export type ActType = 'resolution' | 'decree' | 'ordinance' | 'order';

/** Who issued the act. */
export type ActIssuer = 'government' | 'president' | 'prime_minister' | 'minister';

/** The approving act, read from the act line under the title. */
export interface PlanAct {
  readonly type: ActType;
  readonly issuer: ActIssuer;
  /** As printed after "№", e.g. "156" or "28-ө". */
  readonly number: string;
  /** ISO date, e.g. "2020-03-30". */
  readonly date: string;
}

/** The years the plan covers, as stated in its title; one table column per year. */
export interface PlanPeriod {
  readonly from: number;
  readonly to: number;
}

/** How often progress is reported (from the resolution's clauses). */
export type ReportingFrequency = 'year' | 'half-year' | 'quarter' | 'month';

/** The reporting duty set by the resolution's clauses. */
export interface Reporting {
  /** Null when a day is set but the text does not say after which period. */
  readonly frequency: ReportingFrequency | null;
  /** Day of the month following the period by which executors report to the coordinator. */
  readonly executorsDueDay: number | null;
  /** Day of the month following the period by which the coordinator reports to the Government. */
  readonly coordinatorDueDay: number | null;
}

/** A section heading of the plan's table ("І. ЗАҢНАМАЛЫҚ …"). */
export interface PlanSection {
  readonly number: number;
  readonly title: string;
}

/** The form of completion; `reportsTo` is "government", an agency code, or null for a deliverable. */
export interface CompletionForm {
  readonly text: string;
  readonly reportsTo: string | null;
}

/** One responsible executor; the first in the cell is the lead. */
export interface Executor {
  readonly code: string;
  readonly lead: boolean;
  readonly byAgreement: boolean;
}

/**
 * A deadline: `start`/`end` bound the whole window, `dueDates` are the last days of the periods in
 * which the deliverable is due. An unreadable deadline keeps its text with nulls and no due dates.
 */
export interface Deadline {
  readonly text: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly dueDates: readonly string[];
}

/** A financing source, as a stable code. */
export type FinancingSource = 'republican' | 'local' | 'world_bank' | 'extra_budgetary';

/** The estimated cost and its sources; `text` is the cost cell as printed. */
export interface Financing {
  readonly text: string;
  readonly required: boolean;
  readonly totalMln: number | null;
  /** Only the years whose cell holds a number, keyed by the year ("2020"). */
  readonly byYearMln: Readonly<Record<string, number>>;
  readonly sources: readonly FinancingSource[];
  readonly programmes: readonly string[];
}

/** One row of the plan's table. */
export interface ParsedMeasure {
  readonly number: number;
  /** The number of the section heading above the row; null when the table has none before it. */
  readonly section: number | null;
  readonly title: string;
  readonly form: CompletionForm;
  readonly executors: readonly Executor[];
  readonly deadline: Deadline;
  readonly financing: Financing;
}

/** One line of the list of abbreviations after the table. */
export interface Abbreviation {
  readonly code: string;
  readonly name: string;
}

/**
 * Something the parser read but could not fully trust. `message` is English for logs; `code` and
 * `params` let the server show it in Kazakh, Russian or English.
 */
export interface PlanWarning {
  readonly measure: number | null;
  readonly field: string;
  readonly code: PlanWarningCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Everything `parsePlan` reads from one exported act. */
export interface ParsedPlan {
  readonly language: PlanLanguage;
  readonly title: string;
  readonly act: PlanAct;
  readonly period: PlanPeriod;
  readonly reporting: Reporting | null;
  readonly sections: readonly PlanSection[];
  readonly measures: readonly ParsedMeasure[];
  readonly abbreviations: readonly Abbreviation[];
  readonly warnings: readonly PlanWarning[];
}
