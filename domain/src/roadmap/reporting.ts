// The reporting duty is set in the resolution's clauses: the executors (akimats, central and local
// bodies) report to the coordinating ministry, and the ministry reports to the Government, each "no
// later than the Nth day of the month following the reporting year / half-year / quarter". A clause
// is the coordinator's when it sends the report up to the Government, otherwise the executors'.

import { draft, type WarningDraft } from './plan-warning.ts';
import { cleanLine, foldForMatch, wordPattern } from './text-normalize.ts';
import type { PlanLanguage, Reporting, ReportingFrequency } from './types.ts';

const DAY: Readonly<Record<PlanLanguage, RegExp>> = {
  kk: /(?<![\d])(\d{1,2})\s*-?\s*(?:\p{L}{1,5}\s+)?(?:күн\p{L}*\s+)?(?:кешіктірмей|кешіктірілмей|дейін)/u,
  ru: /(?:не\s+позднее|до)\s+(\d{1,2})(?:-?го)?\s+числа/u,
};

const PERIOD: Readonly<Record<PlanLanguage, RegExp>> = {
  kk: /есеп(?:ті|тік)\s+(жарты\s*жыл\p{L}*|тоқсан\p{L}*|жыл\p{L}*|ай\p{L}*|кезең\p{L}*)\s+кейінгі/u,
  ru: /следующ\p{L}*\s+за\s+отчетн\p{L}*\s+(полугоди\p{L}*|квартал\p{L}*|год\p{L}*|месяц\p{L}*|период\p{L}*)/u,
};

// When the clause only says "reporting period", these words elsewhere in it say which.
const FREQUENCY_HINTS: readonly [RegExp, ReportingFrequency][] = [
  [wordPattern('жарты\\s*жыл\\p{L}*|полугоди\\p{L}*|ежеполугодно'), 'half-year'],
  [wordPattern('тоқсан\\p{L}*|квартал\\p{L}*|ежеквартально'), 'quarter'],
  [wordPattern('ай\\s+сайын|ежемесячно'), 'month'],
  [wordPattern('жыл\\s+сайын|ежегодно|жылдық|годов\\p{L}*'), 'year'],
];

const TO_GOVERNMENT = wordPattern(
  'үкімет(?:ке|іне)|үкімет\\s+аппаратына|премьер-министр\\p{L}*\\s+кеңсесіне|' +
    'правительств(?:о|у)|аппарат\\s+правительства|канцеляри\\p{L}*\\s+премьер-министра',
);

const frequencyOf = (word: string): ReportingFrequency | null => {
  if (/^(?:жарты|полугод)/u.test(word)) return 'half-year';
  if (/^(?:тоқсан|квартал)/u.test(word)) return 'quarter';
  if (/^(?:жыл|год)/u.test(word)) return 'year';
  if (/^(?:ай|месяц)/u.test(word)) return 'month';
  return null;
};

interface Duty {
  readonly day: number;
  readonly frequency: ReportingFrequency | null;
  readonly toGovernment: boolean;
}

const dutyOf = (segment: string, language: PlanLanguage): Duty | null => {
  const day = Number(DAY[language].exec(segment)?.[1] ?? Number.NaN);
  const period = PERIOD[language].exec(segment)?.[1];
  if (!Number.isInteger(day) || day < 1 || day > 31 || period === undefined) return null;
  const frequency = frequencyOf(period) ?? FREQUENCY_HINTS.find(([p]) => p.test(segment))?.[1] ?? null;
  return { day, frequency, toGovernment: TO_GOVERNMENT.test(segment) };
};

/** Splits the clauses into sentences and sub-clauses, each of which sets at most one duty. */
const segmentsOf = (text: string): string[] =>
  cleanLine(text)
    .split(/;\s+|:\s+|\.\s+(?=\d{1,2}[.)]\s|\p{Lu})|\.\s*$/u)
    .map(foldForMatch)
    .filter((s) => s !== '');

/** Reads the reporting duty from the clauses' text (null when it sets none), with what is unclear. */
export const parseReporting = (
  clauses: string,
  language: PlanLanguage,
): { reporting: Reporting | null; warnings: WarningDraft[] } => {
  const duties = segmentsOf(clauses)
    .map((s) => dutyOf(s, language))
    .filter((d): d is Duty => d !== null);
  if (duties.length === 0) return { reporting: null, warnings: [draft('reporting', 'REPORTING_NOT_FOUND')] };
  let executors = duties.find((d) => !d.toGovernment);
  let coordinator = duties.find((d) => d.toGovernment);
  // When the wording does not tell the two apart, the earlier day is the executors': the coordinator
  // can only sum up what it has received.
  const byDay = [...duties].sort((a, b) => a.day - b.day);
  const first = byDay[0];
  const last = byDay[byDay.length - 1];
  if (
    (executors === undefined || coordinator === undefined) &&
    byDay.length > 1 &&
    first &&
    last &&
    first.day < last.day
  ) {
    executors = first;
    coordinator = last;
  }
  const warnings: WarningDraft[] = [];
  if (executors === undefined)
    warnings.push(draft('reporting', 'REPORTING_INCOMPLETE', { missing: 'executors' }));
  if (coordinator === undefined)
    warnings.push(draft('reporting', 'REPORTING_INCOMPLETE', { missing: 'coordinator' }));
  const frequency = executors?.frequency ?? coordinator?.frequency ?? null;
  const other = coordinator?.frequency ?? null;
  if (frequency === null) {
    warnings.push(draft('reporting', 'REPORTING_FREQUENCY_UNCLEAR', { detail: 'no period is named' }));
  } else if (other !== null && other !== frequency) {
    warnings.push(draft('reporting', 'REPORTING_FREQUENCY_UNCLEAR', { detail: `${frequency} vs ${other}` }));
  }
  return {
    reporting: {
      frequency,
      executorsDueDay: executors?.day ?? null,
      coordinatorDueDay: coordinator?.day ?? null,
    },
    warnings,
  };
};
