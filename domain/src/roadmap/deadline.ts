// The deadline grammar, the same in both languages: a group of years ("2020", "2020 – 2023",
// "2020, 2022") with its year word, and optionally one part of each of those years — a half
// ("екінші жартыжылдығы", "I полугодие"), a quarter ("бірінші тоқсаны", "IV квартал") or a month
// ("желтоқсан", "декабрь"). The parts may come in either order ("2020 жылғы тамыз",
// "сентябрь 2024 года"). "Every year" words ("жыл сайын", "ежегодно") take the years from the plan's
// period. Anything else is returned unread, with its text, never guessed.

import { monthEnd, monthStart } from './calendar.ts';
import { joinLines } from './join-lines.ts';
import { monthOfWord } from './months.ts';
import { ordinalOfWord } from './ordinals.ts';
import { cleanLine, foldForMatch } from './text-normalize.ts';
import type { Deadline, PlanLanguage, PlanPeriod } from './types.ts';

/** Context that lets a deadline be read: the plan's period for "every year" deadlines. */
export interface DeadlineOptions {
  readonly period?: PlanPeriod;
  /** The document's words, to join a word broken across lines before anything else is tried. */
  readonly vocabulary?: ReadonlySet<string>;
}

type Every = 'year' | 'half' | 'quarter' | 'month';

type Token =
  | { readonly k: 'year'; readonly v: number }
  | { readonly k: 'dash' | 'sep' | 'yearword' | 'half' | 'quarter' | 'filler' }
  | { readonly k: 'month'; readonly v: number }
  | { readonly k: 'ord'; readonly v: number }
  | { readonly k: 'every'; readonly v: Every };

/** A part of a year, as first and last month. */
interface Span {
  readonly from: number;
  readonly to: number;
}

const PHRASES: Readonly<Record<PlanLanguage, readonly [RegExp, string][]>> = {
  kk: [
    [/(?<![\p{L}])жарты\s*жыл\s+сайын/gu, ' @every-half '],
    [/(?<![\p{L}])тоқсан\s+сайын/gu, ' @every-quarter '],
    [/(?<![\p{L}])ай\s+сайын/gu, ' @every-month '],
    [/(?<![\p{L}])жыл\s+сайын/gu, ' @every-year '],
    [/(?<![\p{L}])жарты\s+жыл/gu, 'жартыжыл'],
    [/(?<![\p{L}])(?:(?:соңына|аяғына)\s+дейін|ішінде|бойы)(?![\p{L}])/gu, ' @filler '],
  ],
  ru: [
    [/ежегодно/gu, ' @every-year '],
    [/ежеполугодно|раз\s+в\s+полугодие/gu, ' @every-half '],
    [/ежеквартально/gu, ' @every-quarter '],
    [/ежемесячно/gu, ' @every-month '],
    [/(?<![\p{L}])(?:в\s+течение|до\s+конца|к\s+концу|во|в)(?![\p{L}])/gu, ' @filler '],
  ],
};

const EVERY: Readonly<Record<string, Every>> = {
  '@every-year': 'year',
  '@every-half': 'half',
  '@every-quarter': 'quarter',
  '@every-month': 'month',
};

const WORDS: Readonly<
  Record<PlanLanguage, { yearword: RegExp; half: RegExp; quarter: RegExp; and: RegExp }>
> = {
  kk: {
    yearword: /^(?:жж?\.?|жыл\p{L}*)$/u,
    half: /^жартыжыл\p{L}*$/u,
    quarter: /^тоқсан\p{L}*$/u,
    and: /^(?:және|,)$/u,
  },
  ru: {
    yearword: /^(?:гг?\.?|год\p{L}{0,3})$/u,
    half: /^полугоди\p{L}*$/u,
    quarter: /^квартал\p{L}*$/u,
    and: /^(?:и|,)$/u,
  },
};

const tokenize = (text: string, language: PlanLanguage): Token[] | null => {
  let s = foldForMatch(text).replace(/\.$/, '');
  for (const [pattern, replacement] of PHRASES[language]) s = s.replace(pattern, replacement);
  s = s
    .replace(/[()]/g, ' ')
    // An ordinal glued to its unit ("1-жартыжылдығы", "II-полугодие") is two words.
    .replace(/(?<=^|\s)([\divxі]+)-(?=жарты|тоқсан|полугод|квартал)/gu, '$1 ')
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1 - ')
    .replace(/,/g, ' , ')
    .replace(/(\d{4})(?=\p{L})/gu, '$1 ');
  const words = WORDS[language];
  const tokens: Token[] = [];
  for (const t of s.split(' ').filter((w) => w !== '')) {
    const ord = ordinalOfWord(t, language);
    const month = monthOfWord(t, language);
    if (/^\d{4}$/.test(t)) tokens.push({ k: 'year', v: Number(t) });
    else if (t === '-') tokens.push({ k: 'dash' });
    else if (words.and.test(t)) tokens.push({ k: 'sep' });
    else if (words.yearword.test(t)) tokens.push({ k: 'yearword' });
    else if (words.half.test(t)) tokens.push({ k: 'half' });
    else if (words.quarter.test(t)) tokens.push({ k: 'quarter' });
    else if (t === '@filler') tokens.push({ k: 'filler' });
    else if (EVERY[t] !== undefined) tokens.push({ k: 'every', v: EVERY[t] });
    else if (month !== null) tokens.push({ k: 'month', v: month });
    else if (ord !== null) tokens.push({ k: 'ord', v: ord });
    else return null;
  }
  return tokens;
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const spansOfEvery = (every: Every): Span[] => {
  const size = every === 'year' ? 12 : every === 'half' ? 6 : every === 'quarter' ? 3 : 1;
  return Array.from({ length: 12 / size }, (_, i) => ({ from: i * size + 1, to: (i + 1) * size }));
};

interface Reading {
  readonly years: readonly number[];
  readonly spans: readonly Span[];
}

// Reads the tokens into years and parts of a year; null as soon as anything is out of place.
const read = (tokens: readonly Token[], period: PlanPeriod | undefined): Reading | null => {
  let years: number[] | null = null;
  let spans: Span[] | null = null;
  let every: Every | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined) return null;
    if (t.k === 'filler' || (t.k === 'sep' && i > 0)) {
      i++;
    } else if (t.k === 'year') {
      if (years !== null) return null;
      const list: number[] = [t.v];
      i++;
      for (;;) {
        const glue = tokens[i];
        const next = tokens[i + 1];
        if (next?.k !== 'year' || (glue?.k !== 'dash' && glue?.k !== 'sep')) break;
        const last = list[list.length - 1] ?? next.v;
        if (glue.k === 'dash') {
          if (next.v <= last || next.v - last > 50) return null;
          for (let y = last + 1; y <= next.v; y++) list.push(y);
        } else list.push(next.v);
        i += 2;
      }
      while (tokens[i]?.k === 'yearword') i++;
      years = list;
    } else if (t.k === 'ord') {
      const unit = tokens[i + 1];
      if (spans !== null || (unit?.k !== 'half' && unit?.k !== 'quarter')) return null;
      const size = unit.k === 'half' ? 6 : 3;
      if (t.v < 1 || t.v > 12 / size) return null;
      spans = [{ from: (t.v - 1) * size + 1, to: t.v * size }];
      i += 2;
    } else if (t.k === 'month') {
      if (spans !== null) return null;
      spans = [{ from: t.v, to: t.v }];
      i++;
    } else if (t.k === 'every') {
      if (every !== null) return null;
      every = t.v;
      i++;
    } else return null;
  }
  if (every !== null && every !== 'year') {
    if (spans !== null) return null;
    spans = spansOfEvery(every);
  }
  if (years === null && every !== null && period !== undefined) {
    years = Array.from({ length: period.to - period.from + 1 }, (_, k) => period.from + k);
  }
  if (years === null || years.length === 0) return null;
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if ((sorted[0] ?? 0) < MIN_YEAR || (sorted[sorted.length - 1] ?? 0) > MAX_YEAR) return null;
  return { years: sorted, spans: spans ?? spansOfEvery('year') };
};

const readText = (text: string, language: PlanLanguage, period: PlanPeriod | undefined): Deadline | null => {
  const tokens = tokenize(text, language);
  const reading = tokens === null || tokens.length === 0 ? null : read(tokens, period);
  if (reading === null) return null;
  const { years, spans } = reading;
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  const firstSpan = spans[0];
  const lastSpan = spans[spans.length - 1];
  if (
    firstYear === undefined ||
    lastYear === undefined ||
    firstSpan === undefined ||
    lastSpan === undefined
  ) {
    return null;
  }
  return {
    text,
    start: monthStart(firstYear, firstSpan.from),
    end: monthEnd(lastYear, lastSpan.to),
    dueDates: years.flatMap((y) => spans.map((s) => monthEnd(y, s.to))),
  };
};

// The ways to glue the lines of a cell, fewest glued breaks first, when a word may be broken.
const gluings = (lines: readonly string[]): string[] => {
  const breaks = lines.length - 1;
  if (breaks < 1 || breaks > 6) return [];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << breaks; mask++) {
    let s = lines[0] ?? '';
    for (let b = 0; b < breaks; b++) s += (mask & (1 << b) ? '' : ' ') + (lines[b + 1] ?? '');
    out.push(s);
  }
  return out.sort((a, b) => b.length - a.length);
};

/**
 * Reads a deadline cell in the plan's language. Line breaks in `text` ("\n") are tried as spaces
 * first, then as breaks inside a word. Unreadable text comes back with null start/end and no due dates.
 */
export const parseDeadline = (
  text: string,
  language: PlanLanguage,
  options: DeadlineOptions = {},
): Deadline => {
  const lines = text
    .split('\n')
    .map(cleanLine)
    .filter((l) => l !== '');
  const joined =
    options.vocabulary === undefined ? lines.join(' ') : joinLines(lines, options.vocabulary, 'inline');
  for (const candidate of [joined, lines.join(' '), ...gluings(lines)]) {
    const deadline = readText(candidate, language, options.period);
    if (deadline !== null) return deadline;
  }
  return { text: joined, start: null, end: null, dueDates: [] };
};
