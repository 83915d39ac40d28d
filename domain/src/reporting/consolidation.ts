// The coordinator's consolidated text for one measure, drafted from the accepted reports: which regions
// reported, the status counts, the indicators summed, the money spent against the plan's amount for the
// year. The coordinator edits the draft; the figures it was built from come with it so the UI can show
// them beside the text and a reviewer can check one against the other.

import { formatNumber } from '../locale-format.ts';
import type { FinancingSource, ParsedMeasure } from '../roadmap/types.ts';
import { REGIONS } from '../territory/regions.ts';
import { INDICATOR_CODES, INDICATOR_LABELS, type IndicatorCode } from './indicators.ts';
import { kazakhPossessive, russianGenitiveAfter, russianPlural } from './numeral-grammar.ts';
import {
  EXECUTION_STATUSES,
  type ExecutionStatus,
  SPENDING_SOURCES,
  type SubmittedReport,
} from './report.ts';

/** The language of a consolidated text: the two the Government reads. */
export type ReportLanguage = 'kk' | 'ru';

/** An overall assessment of a measure for the period: a status, or no information at all. */
export type Assessment = ExecutionStatus | 'no_information';

/** An accepted report with the organisation it came from. */
export interface AcceptedReport {
  readonly organisationId: string;
  /** The organisation's name (or abbreviation) in the text's language, used for bodies without a region. */
  readonly organisationName: string;
  readonly regionCode: string | null;
  readonly report: Pick<SubmittedReport, 'status' | 'indicators' | 'spending'>;
}

/** The figures a draft is built from. */
export interface ConsolidationFigures {
  readonly measure: number;
  readonly reports: number;
  readonly statusCounts: Readonly<Record<ExecutionStatus, number>>;
  readonly regions: {
    readonly expected: readonly string[];
    readonly reported: readonly string[];
    readonly missing: readonly string[];
  };
  /** Bodies without a region (ministries, invited bodies) that reported, by id. */
  readonly bodies: readonly string[];
  readonly indicators: Readonly<Partial<Record<IndicatorCode, number>>>;
  readonly money: {
    readonly year: number;
    readonly plannedMln: number | null;
    readonly spentMln: number;
    readonly spentBySourceMln: Readonly<Partial<Record<FinancingSource, number>>>;
    /** Spent as a percentage of planned, to one decimal; null when nothing was planned for the year. */
    readonly percent: number | null;
  };
  readonly assessment: Assessment;
}

/** A drafted consolidated text and its figures. */
export interface ConsolidationDraft {
  readonly language: ReportLanguage;
  readonly text: string;
  readonly figures: ConsolidationFigures;
}

/** How a status or assessment reads in each language. */
export const ASSESSMENT_LABELS: Readonly<Record<Assessment, { readonly kk: string; readonly ru: string }>> = {
  executed: { kk: 'орындалды', ru: 'исполнено' },
  partially_executed: { kk: 'ішінара орындалды', ru: 'частично исполнено' },
  in_progress: { kk: 'орындалу үстінде', ru: 'в процессе исполнения' },
  not_executed: { kk: 'орындалмады', ru: 'не исполнено' },
  no_information: { kk: 'ақпарат жоқ', ru: 'информация отсутствует' },
};

const SOURCE_LABELS: Readonly<Record<FinancingSource, { readonly kk: string; readonly ru: string }>> = {
  republican: { kk: 'республикалық бюджет', ru: 'республиканский бюджет' },
  local: { kk: 'жергілікті бюджет', ru: 'местный бюджет' },
  world_bank: { kk: 'Дүниежүзілік банк қаражаты', ru: 'средства Всемирного банка' },
  extra_budgetary: { kk: 'бюджеттен тыс қаражат', ru: 'внебюджетные средства' },
};

const MLN = { kk: 'млн теңге', ru: 'млн тенге' } as const;

// Money is summed in thousands of tenge (the precision of a report) so that 0,1 + 0,2 is 0,3.
const thousandths = (mln: number): number => Math.round(mln * 1000);

const regionName = (code: string, language: ReportLanguage, fallback: string | undefined): string => {
  const region = REGIONS.find((r) => r.code === code);
  if (region !== undefined) return language === 'kk' ? region.nameKk : region.nameRu;
  return fallback ?? code;
};

const suggestAssessment = (
  counts: Readonly<Record<ExecutionStatus, number>>,
  reports: number,
  allRegions: boolean,
): Assessment => {
  if (reports === 0) return 'no_information';
  if (counts.executed === reports && allRegions) return 'executed';
  if (counts.not_executed === reports) return 'not_executed';
  if (counts.executed + counts.partially_executed > 0) return 'partially_executed';
  return 'in_progress';
};

/** Builds the figures behind a draft (exported for the UI's side-by-side view and for tests). */
export const consolidationFigures = (
  measure: Pick<ParsedMeasure, 'number' | 'financing'>,
  reports: readonly AcceptedReport[],
  context: { readonly year: number; readonly expectedRegionCodes: readonly string[] },
): ConsolidationFigures => {
  const statusCounts = Object.fromEntries(EXECUTION_STATUSES.map((s) => [s, 0])) as Record<
    ExecutionStatus,
    number
  >;
  const indicatorSums = new Map<IndicatorCode, number>();
  const spent = new Map<FinancingSource, number>();
  for (const { report } of reports) {
    statusCounts[report.status] += 1;
    for (const code of INDICATOR_CODES) {
      const value = report.indicators[code];
      if (value !== undefined) indicatorSums.set(code, (indicatorSums.get(code) ?? 0) + value);
    }
    for (const source of SPENDING_SOURCES) {
      const value = report.spending[source];
      if (value !== undefined) spent.set(source, (spent.get(source) ?? 0) + thousandths(value));
    }
  }
  const expected = [...new Set(context.expectedRegionCodes)].sort();
  const reportedCodes = new Set(reports.map((r) => r.regionCode).filter((c): c is string => c !== null));
  const reported = expected.filter((c) => reportedCodes.has(c));
  const spentMln = [...spent.values()].reduce((a, b) => a + b, 0) / 1000;
  const planned = measure.financing.byYearMln[String(context.year)];
  const plannedMln = planned === undefined ? null : planned;
  return {
    measure: measure.number,
    reports: reports.length,
    statusCounts,
    regions: { expected, reported, missing: expected.filter((c) => !reportedCodes.has(c)) },
    bodies: [
      ...new Set(
        reports
          .filter((r) => r.regionCode === null || !expected.includes(r.regionCode))
          .map((r) => r.organisationId),
      ),
    ],
    indicators: Object.fromEntries(
      INDICATOR_CODES.filter((c) => indicatorSums.has(c)).map((c) => [c, indicatorSums.get(c)]),
    ),
    money: {
      year: context.year,
      plannedMln,
      spentMln,
      spentBySourceMln: Object.fromEntries(
        SPENDING_SOURCES.filter((s) => spent.has(s)).map((s) => [s, (spent.get(s) ?? 0) / 1000]),
      ),
      percent:
        plannedMln === null || plannedMln <= 0 ? null : Math.round((spentMln / plannedMln) * 1000) / 10,
    },
    assessment: suggestAssessment(statusCounts, reports.length, expected.length === reported.length),
  };
};

const listOf = (
  codes: readonly string[],
  language: ReportLanguage,
  names: ReadonlyMap<string, string>,
): string => codes.map((c) => regionName(c, language, names.get(c))).join(', ');

// "17 өңірдің 15-і ақпарат ұсынды; ұсынбағандар: …" / "Информацию представили 15 из 17 регионов; не представили: …".
// Whichever list is shorter is named: the two regions that did not report, or the two that did.
const regionsSentence = (
  f: ConsolidationFigures,
  language: ReportLanguage,
  names: ReadonlyMap<string, string>,
): string | null => {
  const total = f.regions.expected.length;
  const done = f.regions.reported.length;
  if (total === 0) return null;
  const n = (value: number) => formatNumber(language, value);
  const named =
    done <= f.regions.missing.length
      ? { kk: 'ұсынғандар', ru: 'представили', list: listOf(f.regions.reported, language, names) }
      : { kk: 'ұсынбағандар', ru: 'не представили', list: listOf(f.regions.missing, language, names) };
  if (language === 'kk') {
    if (total === 1)
      return `Өңір ақпарат ${done === 1 ? 'ұсынды' : 'ұсынбады'}: ${listOf(f.regions.expected, language, names)}.`;
    if (done === total) return `Барлық ${n(total)} өңір ақпарат ұсынды.`;
    if (done === 0) return `${n(total)} өңірдің ешқайсысы ақпарат ұсынбады.`;
    return `${n(total)} өңірдің ${kazakhPossessive(done, n(done))} ақпарат ұсынды; ${named.kk}: ${named.list}.`;
  }
  if (total === 1) {
    return `Регион ${done === 1 ? 'представил' : 'не представил'} информацию: ${listOf(f.regions.expected, language, names)}.`;
  }
  if (done === total)
    return `Информацию представили все ${n(total)} ${russianPlural(total, 'регион', 'региона', 'регионов')}.`;
  const of = `${n(total)} ${russianGenitiveAfter(total, 'региона', 'регионов')}`;
  if (done === 0) return `Ни один из ${of} не представил информацию.`;
  const verb = russianPlural(done, 'представил', 'представили', 'представили');
  return `Информацию ${verb} ${n(done)} из ${of}; ${named.ru}: ${named.list}.`;
};

const money = (value: number, language: ReportLanguage): string =>
  `${formatNumber(language, value)} ${MLN[language]}`;

const moneySentence = (f: ConsolidationFigures, language: ReportLanguage): string | null => {
  const { plannedMln, spentMln, spentBySourceMln, percent, year } = f.money;
  if (plannedMln === null && spentMln === 0) return null;
  const sources = SPENDING_SOURCES.filter((s) => spentBySourceMln[s] !== undefined);
  const breakdown =
    sources.length > 1
      ? `; ${language === 'kk' ? 'оның ішінде' : 'в том числе'}: ${sources
          .map((s) => `${SOURCE_LABELS[s][language]} — ${money(spentBySourceMln[s] ?? 0, language)}`)
          .join(', ')}`
      : '';
  const share = percent === null ? '' : ` (${formatNumber(language, percent, 1)}\u00a0%)`;
  if (language === 'kk') {
    const planned =
      plannedMln === null
        ? `${year} жылға сома жоспарланбаған`
        : `${year} жылға жоспарланғаны — ${money(plannedMln, 'kk')}`;
    return `Қаржыландыру: ${planned}, игерілгені — ${money(spentMln, 'kk')}${share}${breakdown}.`;
  }
  const planned =
    plannedMln === null
      ? `на ${year} год сумма не запланирована`
      : `запланировано на ${year} год — ${money(plannedMln, 'ru')}`;
  return `Финансирование: ${planned}, освоено — ${money(spentMln, 'ru')}${share}${breakdown}.`;
};

/**
 * Drafts the consolidated text of a measure for a period in Kazakh or Russian from its accepted reports.
 * `expectedRegionCodes` are the regions whose akimats were obliged to report (for "17 өңірдің 15-і");
 * `year` picks the plan's amount to compare the money spent with.
 */
export const draftConsolidation = (
  measure: Pick<ParsedMeasure, 'number' | 'financing'>,
  acceptedReports: readonly AcceptedReport[],
  language: ReportLanguage,
  context: { readonly year: number; readonly expectedRegionCodes: readonly string[] },
): ConsolidationDraft => {
  const figures = consolidationFigures(measure, acceptedReports, context);
  // A region the territory list does not know is named by the organisation that reported for it.
  const regionNames = new Map(
    acceptedReports.flatMap((r) =>
      r.regionCode === null ? [] : [[r.regionCode, r.organisationName] as const],
    ),
  );
  const organisationNames = new Map(acceptedReports.map((r) => [r.organisationId, r.organisationName]));
  const bodyNames = figures.bodies.map((id) => organisationNames.get(id) ?? id);
  const sentences: (string | null)[] = [regionsSentence(figures, language, regionNames)];
  if (bodyNames.length > 0) {
    const also = figures.regions.expected.length > 0;
    sentences.push(
      language === 'kk'
        ? `${also ? 'Сондай-ақ ақпарат ұсынғандар' : 'Ақпарат ұсынғандар'}: ${bodyNames.join(', ')}.`
        : `${also ? 'Также представили информацию' : 'Информацию представили'}: ${bodyNames.join(', ')}.`,
    );
  }
  if (figures.reports === 0) {
    sentences.push(language === 'kk' ? 'Қабылданған есептер жоқ.' : 'Принятых отчётов нет.');
  } else {
    const statuses = EXECUTION_STATUSES.filter((s) => figures.statusCounts[s] > 0)
      .map((s) => `${ASSESSMENT_LABELS[s][language]} — ${formatNumber(language, figures.statusCounts[s])}`)
      .join(', ');
    sentences.push(`${language === 'kk' ? 'Орындалу барысы' : 'Ход исполнения'}: ${statuses}.`);
  }
  const indicators = INDICATOR_CODES.filter((c) => figures.indicators[c] !== undefined);
  if (indicators.length > 0) {
    const list = indicators
      .map((c) => `${INDICATOR_LABELS[c][language]} — ${formatNumber(language, figures.indicators[c] ?? 0)}`)
      .join(', ');
    sentences.push(`${language === 'kk' ? 'Көрсеткіштер' : 'Показатели'}: ${list}.`);
  }
  sentences.push(moneySentence(figures, language));
  const assessment = ASSESSMENT_LABELS[figures.assessment][language];
  sentences.push(`${language === 'kk' ? 'Алдын ала баға' : 'Предварительная оценка'}: ${assessment}.`);
  return { language, text: sentences.filter((s): s is string => s !== null).join(' '), figures };
};
