import { formatDate, formatNumber } from '@qorgau/domain/locale-format';
import type {
  Abbreviation,
  FinancingSource,
  ParsedMeasure,
  PlanAct,
  PlanContent,
} from '@qorgau/domain/roadmap/index';
import type { Locale } from '../../platform/i18n/locale.ts';
import { t } from '../../platform/i18n/translate.ts';
import { actLine } from './plan-messages.ts';

// The plan's table in the official column layout, as text in the chosen language, ready for either
// writer (XLSX or DOCX): №, measure, form of completion, responsible executors, deadline, estimated
// cost and one column per year of the plan, source of financing, budget programme; a heading row per
// section; the list of abbreviations after it.

/** A person's translation of a measure, used in place of the original when the export's language is its own. */
export interface MeasureTranslation {
  title: string;
  form: string | null;
  deadline: string | null;
}

export interface MeasureLine {
  kind: 'measure';
  number: number;
  title: string;
  form: string;
  /** One line per executor, as the cell prints them. */
  executors: string[];
  deadline: string;
  /** A number where the cell holds one, otherwise the cell's text. */
  total: number | string;
  years: (number | null)[];
  source: string;
  programme: string;
  translated: boolean;
}

export interface SectionLine {
  kind: 'section';
  text: string;
}

export interface ExportTable {
  locale: Locale;
  title: string;
  heading: string[];
  years: number[];
  columns: {
    number: string;
    measure: string;
    form: string;
    executors: string;
    deadline: string;
    cost: string;
    total: string;
    years: string[];
    source: string;
    programme: string;
  };
  lines: (SectionLine | MeasureLine)[];
  abbreviationsHeading: string;
  abbreviationColumns: { code: string; name: string };
  abbreviations: readonly Abbreviation[];
  sheetNames: { measures: string; abbreviations: string };
  note: string | null;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
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

/** Section numbers are printed as Roman numerals, as in the acts. */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** An amount in million tenge as the locale writes it, with at least one decimal ("80,0", "12,25"). */
export function formatMln(locale: Locale, value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return formatNumber(locale, value, Math.min(4, Math.max(1, decimals)));
}

/** Builds the export's table from a version's content in the chosen language. */
export function buildExportTable(options: {
  locale: Locale;
  act: PlanAct;
  version: number;
  importedAt: Date;
  content: PlanContent;
  translations: ReadonlyMap<number, MeasureTranslation>;
}): ExportTable {
  const { locale, content } = options;
  const same = locale === content.language;
  const years = Array.from(
    { length: content.period.to - content.period.from + 1 },
    (_, i) => content.period.from + i,
  );
  const sourceText = (m: ParsedMeasure): string => {
    if (!m.financing.required) return t(locale, 'plan.export.not_required');
    if (m.financing.sources.length === 0) return '-';
    return m.financing.sources.map((s: FinancingSource) => t(locale, `plan.source.${s}`)).join(', ');
  };
  const totalOf = (m: ParsedMeasure): number | string => {
    if (m.financing.totalMln !== null) return m.financing.totalMln;
    if (!same && !m.financing.required) return t(locale, 'plan.export.not_required');
    return m.financing.text;
  };

  const lines: (SectionLine | MeasureLine)[] = [];
  let section: number | null = null;
  let anyTranslated = false;
  for (const m of content.measures) {
    if (m.section !== section && m.section !== null) {
      const heading = content.sections.find((s) => s.number === m.section);
      lines.push({ kind: 'section', text: `${romanNumeral(m.section)}. ${heading?.title ?? ''}`.trim() });
    }
    section = m.section;
    const translation = same ? undefined : options.translations.get(m.number);
    if (translation) anyTranslated = true;
    lines.push({
      kind: 'measure',
      number: m.number,
      title: translation ? `${translation.title} *` : m.title,
      form: translation?.form ?? m.form.text,
      executors: m.executors.map((e, i) => {
        const code = e.byAgreement ? `${e.code} (${t(locale, 'plan.export.by_agreement')})` : e.code;
        return i < m.executors.length - 1 ? `${code},` : code;
      }),
      deadline: translation?.deadline ?? m.deadline.text,
      total: totalOf(m),
      years: years.map((y) => m.financing.byYearMln[String(y)] ?? null),
      source: sourceText(m),
      programme: m.financing.programmes.length > 0 ? m.financing.programmes.join(', ') : '-',
      translated: translation !== undefined,
    });
  }

  return {
    locale,
    title: content.title,
    heading: [
      t(locale, 'plan.export.approved_by', { act: actLine(locale, options.act) }),
      t(locale, 'plan.export.version', {
        version: String(options.version),
        date: formatDate(locale, options.importedAt),
      }),
    ],
    years,
    columns: {
      number: t(locale, 'plan.export.column.number'),
      measure: t(locale, 'plan.export.column.measure'),
      form: t(locale, 'plan.export.column.form'),
      executors: t(locale, 'plan.export.column.executors'),
      deadline: t(locale, 'plan.export.column.deadline'),
      cost: t(locale, 'plan.export.column.cost'),
      total: t(locale, 'plan.export.column.total'),
      years: years.map((y) => t(locale, 'plan.export.column.year', { year: String(y) })),
      source: t(locale, 'plan.export.column.source'),
      programme: t(locale, 'plan.export.column.programme'),
    },
    lines,
    abbreviationsHeading: t(locale, 'plan.export.abbreviations'),
    abbreviationColumns: {
      code: t(locale, 'plan.export.column.code'),
      name: t(locale, 'plan.export.column.full_name'),
    },
    abbreviations: content.abbreviations,
    sheetNames: {
      measures: t(locale, 'plan.export.sheet.measures'),
      abbreviations: t(locale, 'plan.export.sheet.abbreviations'),
    },
    note: anyTranslated
      ? t(locale, 'plan.export.translated_note', { language: t(locale, `plan.language.${content.language}`) })
      : null,
  };
}
