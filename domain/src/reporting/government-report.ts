// The report the coordinator sends the Government: the roadmap's own columns (№, measure, form of
// completion, responsible executors, deadline) and one more, "information on execution", holding the
// consolidated text of each measure of the period, with a heading row per section as in the act.

import type { ParsedMeasure, PlanSection } from '../roadmap/types.ts';
import type { ReportLanguage } from './consolidation.ts';

/** The column headings, in the roadmap's order. */
export interface GovernmentReportColumns {
  readonly number: string;
  readonly measure: string;
  readonly form: string;
  readonly executors: string;
  readonly deadline: string;
  readonly information: string;
}

/** A section heading row or a measure row. */
export type GovernmentReportRow =
  | { readonly kind: 'section'; readonly text: string }
  | {
      readonly kind: 'measure';
      readonly number: number;
      readonly measure: string;
      readonly form: string;
      readonly executors: string;
      readonly deadline: string;
      /** The consolidated text; empty when the coordinator has not written one yet. */
      readonly information: string;
    };

const COLUMNS: Readonly<Record<ReportLanguage, GovernmentReportColumns>> = {
  kk: {
    number: 'Р/с №',
    measure: 'Іс-шараның атауы',
    form: 'Аяқтау нысаны',
    executors: 'Орындауға жауаптылар',
    deadline: 'Орындау мерзімі',
    information: 'Орындалуы туралы ақпарат',
  },
  ru: {
    number: '№ п/п',
    measure: 'Наименование мероприятия',
    form: 'Форма завершения',
    executors: 'Ответственные за исполнение',
    deadline: 'Срок исполнения',
    information: 'Информация об исполнении',
  },
};

const ROMAN: readonly [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

// Section numbers are printed as Roman numerals, as in the acts.
const romanNumeral = (n: number): string => {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    for (; rest >= value; rest -= value) out += digits;
  }
  return out;
};

const BY_AGREEMENT: Readonly<Record<ReportLanguage, string>> = {
  kk: 'келісу бойынша',
  ru: 'по согласованию',
};

/**
 * The Government report's table. `measures` are the period's measures in the language of the report
 * (the plan's own text, or a person's translation); `information` maps a measure's number to its text.
 */
export const governmentReport = (input: {
  readonly language: ReportLanguage;
  readonly sections: readonly PlanSection[];
  readonly measures: readonly Pick<
    ParsedMeasure,
    'number' | 'section' | 'title' | 'form' | 'executors' | 'deadline'
  >[];
  readonly information: ReadonlyMap<number, string>;
}): { readonly columns: GovernmentReportColumns; readonly rows: readonly GovernmentReportRow[] } => {
  const rows: GovernmentReportRow[] = [];
  let section: number | null = null;
  for (const m of [...input.measures].sort((a, b) => a.number - b.number)) {
    if (m.section !== null && m.section !== section) {
      const title = input.sections.find((s) => s.number === m.section)?.title ?? '';
      rows.push({ kind: 'section', text: `${romanNumeral(m.section)}. ${title}`.trim() });
    }
    section = m.section;
    rows.push({
      kind: 'measure',
      number: m.number,
      measure: m.title,
      form: m.form.text,
      executors: m.executors
        .map((e) => (e.byAgreement ? `${e.code} (${BY_AGREEMENT[input.language]})` : e.code))
        .join(', '),
      deadline: m.deadline.text,
      information: input.information.get(m.number) ?? '',
    });
  }
  return { columns: COLUMNS[input.language], rows };
};
