// Reporting periods. The resolution fixes the cycle (Resolution No. 156: yearly, executors by the 10th
// of the following month, the Ministry to the Government by the 25th); the coordinator may open periods
// on another cycle. Periods tile the plan's years with no gap and no overlap, and each carries its two
// due dates. Period codes follow DHIS2 ("2020", "2020S1", "2020Q3", "202007"), which users already know.

import { z } from 'zod';
import { monthEnd, monthStart } from '../roadmap/calendar.ts';
import type { PlanPeriod, Reporting, ReportingFrequency } from '../roadmap/types.ts';
import { dayOfNextMonth } from './calendar-days.ts';
import { issueMessage } from './issue-keys.ts';

/** The cycles a period can follow. */
export const REPORTING_FREQUENCIES = [
  'year',
  'half-year',
  'quarter',
  'month',
] as const satisfies readonly ReportingFrequency[];

/** When progress is reported: the cycle, and the day of the following month each side reports by. */
export interface ReportingRule {
  readonly frequency: ReportingFrequency;
  readonly executorsDueDay: number;
  readonly coordinatorDueDay: number;
}

/** One reporting period with its due dates; the server adds its own id and the plan's id. */
export interface ReportingPeriod {
  /** DHIS2-style code: "2020", "2020S1", "2020Q3", "202007". */
  readonly code: string;
  readonly frequency: ReportingFrequency;
  readonly year: number;
  /** 1-based part of the year: always 1 for a year, 1–2 halves, 1–4 quarters, 1–12 months. */
  readonly part: number;
  readonly start: string;
  readonly end: string;
  readonly executorsDue: string;
  readonly coordinatorDue: string;
}

const MONTHS: Readonly<Record<ReportingFrequency, number>> = {
  year: 12,
  'half-year': 6,
  quarter: 3,
  month: 1,
};

/** How many periods of this cycle a year holds. */
export const partsPerYear = (frequency: ReportingFrequency): number => 12 / MONTHS[frequency];

const codeOf = (frequency: ReportingFrequency, year: number, part: number): string => {
  switch (frequency) {
    case 'year':
      return String(year);
    case 'half-year':
      return `${year}S${part}`;
    case 'quarter':
      return `${year}Q${part}`;
    case 'month':
      return `${year}${String(part).padStart(2, '0')}`;
  }
};

/**
 * One period of a rule's cycle: `part` counts halves, quarters or months from 1. Both due dates fall in
 * the month after the period ends, a day past that month's end being its last day (see `dayOfNextMonth`).
 */
export const periodFor = (
  at: { readonly year: number; readonly part?: number },
  rule: ReportingRule,
): ReportingPeriod => {
  const part = at.part ?? 1;
  const size = MONTHS[rule.frequency];
  if (!Number.isInteger(at.year) || at.year < 1900 || at.year > 2100)
    throw new RangeError(`bad year ${at.year}`);
  if (!Number.isInteger(part) || part < 1 || part > 12 / size) {
    throw new RangeError(`a ${rule.frequency} has no part ${part}`);
  }
  const end = monthEnd(at.year, part * size);
  return {
    code: codeOf(rule.frequency, at.year, part),
    frequency: rule.frequency,
    year: at.year,
    part,
    start: monthStart(at.year, (part - 1) * size + 1),
    end,
    executorsDue: dayOfNextMonth(end, rule.executorsDueDay),
    coordinatorDue: dayOfNextMonth(end, rule.coordinatorDueDay),
  };
};

/** Every period of the rule's cycle over the plan's years, in order. */
export const reportingPeriods = (plan: PlanPeriod, rule: ReportingRule): ReportingPeriod[] => {
  const periods: ReportingPeriod[] = [];
  for (let year = plan.from; year <= plan.to; year++) {
    for (let part = 1; part <= partsPerYear(rule.frequency); part++)
      periods.push(periodFor({ year, part }, rule));
  }
  return periods;
};

const CODE: readonly [RegExp, ReportingFrequency][] = [
  [/^(\d{4})$/, 'year'],
  [/^(\d{4})S([12])$/, 'half-year'],
  [/^(\d{4})Q([1-4])$/, 'quarter'],
  [/^(\d{4})(0[1-9]|1[0-2])$/, 'month'],
];

/** The period a code names under a rule, or null when the code is malformed or of another cycle. */
export const periodFromCode = (code: string, rule: ReportingRule): ReportingPeriod | null => {
  for (const [pattern, frequency] of CODE) {
    const match = pattern.exec(code);
    if (match === null) continue;
    if (frequency !== rule.frequency) return null;
    const year = Number(match[1]);
    if (year < 1900 || year > 2100) return null;
    return periodFor({ year, part: Number(match[2] ?? 1) }, rule);
  }
  return null;
};

const day = z.number().int().min(1).max(31);

/** A coordinator's override of the cycle; days are 1–31 and the coordinator's may not precede the executors'. */
export const reportingRuleSchema = z
  .strictObject({ frequency: z.enum(REPORTING_FREQUENCIES), executorsDueDay: day, coordinatorDueDay: day })
  .refine((rule) => rule.coordinatorDueDay >= rule.executorsDueDay, {
    path: ['coordinatorDueDay'],
    message: issueMessage('reporting_rule.coordinator_before_executors'),
    params: { i18n: 'reporting_rule.coordinator_before_executors' },
  });

/** A rule field the plan did not state and no override supplied. */
export type MissingRuleField = keyof ReportingRule;

/**
 * The rule a new period follows: the plan's own (from its clauses), with any field the coordinator
 * overrides replaced. When neither says a field, it is reported missing rather than guessed.
 */
export const effectiveRule = (
  plan: Reporting | null,
  override: Partial<ReportingRule> = {},
):
  | { readonly ok: true; readonly rule: ReportingRule }
  | { readonly ok: false; readonly missing: MissingRuleField[] } => {
  const frequency = override.frequency ?? plan?.frequency ?? null;
  const executorsDueDay = override.executorsDueDay ?? plan?.executorsDueDay ?? null;
  const coordinatorDueDay = override.coordinatorDueDay ?? plan?.coordinatorDueDay ?? null;
  if (frequency === null || executorsDueDay === null || coordinatorDueDay === null) {
    const missing: MissingRuleField[] = [];
    if (frequency === null) missing.push('frequency');
    if (executorsDueDay === null) missing.push('executorsDueDay');
    if (coordinatorDueDay === null) missing.push('coordinatorDueDay');
    return { ok: false, missing };
  }
  return { ok: true, rule: { frequency, executorsDueDay, coordinatorDueDay } };
};
