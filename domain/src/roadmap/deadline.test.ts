import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.ts';
import type { PlanLanguage } from './types.ts';

// An oracle independent of the parser's calendar code: the last day of a month by the JS calendar.
const lastDay = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const firstDay = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}-01`;

describe('parseDeadline in Kazakh', () => {
  it('reads a half-year deadline as one due date at the end of that half', () => {
    expect(parseDeadline('2020 жылдың екінші жартыжылдығы', 'kk')).toEqual({
      text: '2020 жылдың екінші жартыжылдығы',
      start: '2020-07-01',
      end: '2020-12-31',
      dueDates: ['2020-12-31'],
    });
    expect(parseDeadline('2021 жылдың бірінші жартыжылдығы', 'kk').dueDates).toEqual(['2021-06-30']);
  });

  it('reads a month deadline as that month', () => {
    expect(parseDeadline('2020 жылғы тамыз', 'kk')).toEqual({
      text: '2020 жылғы тамыз',
      start: '2020-08-01',
      end: '2020-08-31',
      dueDates: ['2020-08-31'],
    });
  });

  it('reads a year deadline as the whole year', () => {
    expect(parseDeadline('2022 жыл', 'kk')).toMatchObject({
      start: '2022-01-01',
      end: '2022-12-31',
      dueDates: ['2022-12-31'],
    });
  });

  it('reads a range of years as a due date at the end of each year, with or without spaces round the dash', () => {
    const expected = {
      start: '2020-01-01',
      end: '2023-12-31',
      dueDates: ['2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31'],
    };
    expect(parseDeadline('2020 – 2023 жылдар', 'kk')).toMatchObject(expected);
    expect(parseDeadline('2020-2023 жылдар', 'kk')).toMatchObject(expected);
  });

  it('reads a month in a range of years as that month of each year', () => {
    expect(parseDeadline('2020 – 2021 жылдардағы желтоқсан', 'kk')).toEqual({
      text: '2020 – 2021 жылдардағы желтоқсан',
      start: '2020-12-01',
      end: '2021-12-31',
      dueDates: ['2020-12-31', '2021-12-31'],
    });
  });

  it('reads a quarter written with a roman numeral in Cyrillic letters', () => {
    expect(parseDeadline('2024 жылдың ІV тоқсаны', 'kk')).toMatchObject({
      start: '2024-10-01',
      end: '2024-12-31',
      dueDates: ['2024-12-31'],
    });
  });

  it('glues a word broken across lines when only the glued text is a deadline', () => {
    expect(parseDeadline('2020 жылдың екінші жартыжыл\nдығы', 'kk')).toEqual({
      text: '2020 жылдың екінші жартыжылдығы',
      start: '2020-07-01',
      end: '2020-12-31',
      dueDates: ['2020-12-31'],
    });
  });

  it('joins a deadline wrapped between words with a space', () => {
    expect(parseDeadline('2020 – 2023\nжылдар', 'kk').text).toBe('2020 – 2023 жылдар');
    expect(parseDeadline('2020 жылдың\nекінші жартыжылдығы', 'kk').start).toBe('2020-07-01');
  });

  it('reads an ordinal glued to its unit with a hyphen', () => {
    expect(parseDeadline('2021 жылдың 1-жартыжылдығы', 'kk').end).toBe('2021-06-30');
    expect(parseDeadline('II-полугодие 2024 года', 'ru').start).toBe('2024-07-01');
  });

  it('reads NBSPs as spaces', () => {
    expect(parseDeadline('2020\u00a0жылғы\u00a0тамыз', 'kk').start).toBe('2020-08-01');
  });

  it('reads "every year" as every year of the plan period', () => {
    expect(parseDeadline('жыл сайын', 'kk', { period: { from: 2024, to: 2026 } }).dueDates).toEqual([
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
    ]);
  });
});

describe('parseDeadline in Russian', () => {
  it('reads "I полугодие 2024 года" as the first half of 2024', () => {
    expect(parseDeadline('I полугодие 2024 года', 'ru')).toEqual({
      text: 'I полугодие 2024 года',
      start: '2024-01-01',
      end: '2024-06-30',
      dueDates: ['2024-06-30'],
    });
  });

  it('reads a month in the nominative or prepositional case', () => {
    expect(parseDeadline('сентябрь 2024 года', 'ru')).toMatchObject({
      start: '2024-09-01',
      end: '2024-09-30',
    });
    expect(parseDeadline('в мае 2025 года', 'ru')).toMatchObject({ start: '2025-05-01', end: '2025-05-31' });
  });

  it('reads a year and a range of years', () => {
    expect(parseDeadline('2024 год', 'ru').dueDates).toEqual(['2024-12-31']);
    expect(parseDeadline('2023 – 2025 годы', 'ru').dueDates).toEqual([
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
    ]);
    expect(parseDeadline('2023-2025 гг.', 'ru').start).toBe('2023-01-01');
  });

  it('reads "декабрь 2024 – 2025 годов" as December of each of those years', () => {
    expect(parseDeadline('декабрь 2024 – 2025 годов', 'ru')).toEqual({
      text: 'декабрь 2024 – 2025 годов',
      start: '2024-12-01',
      end: '2025-12-31',
      dueDates: ['2024-12-31', '2025-12-31'],
    });
  });

  it('reads quarters written with digits or roman numerals', () => {
    expect(parseDeadline('IV квартал 2023 года', 'ru').start).toBe('2023-10-01');
    expect(parseDeadline('3 квартал 2024 года', 'ru')).toMatchObject({
      start: '2024-07-01',
      end: '2024-09-30',
    });
  });

  it('reads prepositions that do not change the deadline, and brackets', () => {
    expect(parseDeadline('до конца 2024 года', 'ru').dueDates).toEqual(['2024-12-31']);
    expect(parseDeadline('во II полугодии 2024 года', 'ru').start).toBe('2024-07-01');
    expect(parseDeadline('2024 – 2025 годы (ежегодно)', 'ru').dueDates).toEqual(['2024-12-31', '2025-12-31']);
    expect(parseDeadline('2023, 2025 годы', 'ru').dueDates).toEqual(['2023-12-31', '2025-12-31']);
  });

  it('reads "ежеквартально" as every quarter of the plan period', () => {
    expect(parseDeadline('ежеквартально', 'ru', { period: { from: 2024, to: 2024 } }).dueDates).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });
});

describe('parseDeadline on what it cannot read', () => {
  it.each<[string, PlanLanguage]>([
    ['до 1 июля 2024 года', 'ru'],
    ['постоянно', 'ru'],
    ['тұрақты', 'kk'],
    ['2023 жылдың үшінші жартыжылдығы', 'kk'],
    ['2025 – 2023 годы', 'ru'],
    ['13 квартал 2024 года', 'ru'],
    ['2020 жылғы тамыз 2021 жылғы қыркүйек', 'kk'],
    ['', 'kk'],
  ])('keeps "%s" as text without dates and never guesses', (text, language) => {
    expect(parseDeadline(text, language)).toEqual({ text, start: null, end: null, dueDates: [] });
  });

  it('does not read "every year" without a plan period', () => {
    expect(parseDeadline('ежегодно', 'ru').start).toBeNull();
  });

  it('does not read a deadline of the other language', () => {
    expect(parseDeadline('2020 жылғы тамыз', 'ru').start).toBeNull();
    expect(parseDeadline('сентябрь 2024 года', 'kk').start).toBeNull();
  });
});

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const RU_MONTHS_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const ROMAN_CYRILLIC = ['І', 'ІІ', 'ІІІ', 'ІV'];
const KK_ORD = ['бірінші', 'екінші', 'үшінші', 'төртінші'];
const RU_ORD = ['первый', 'второй', 'третий', 'четвертый'];
const RU_ORD_NEUTER = ['первое', 'второе'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const dash = pick([' – ', '–', '-', ' - ', ' — ', ' − ']);
const space = pick([' ', '\u00a0', '  ']);

interface Case {
  readonly text: string;
  readonly years: readonly number[];
  readonly from: number;
  readonly to: number;
}

const yearsFrom = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

// Every form of the grammar, in both languages, with the formatting the portal varies.
const deadlineCase = (language: PlanLanguage): fc.Arbitrary<Case> => {
  const year = fc.integer({ min: 2000, max: 2090 });
  const range = fc.tuple(year, fc.integer({ min: 1, max: 6 })).map(([a, n]) => [a, a + n] as const);
  const month = fc.integer({ min: 1, max: 12 });
  const half = fc.integer({ min: 1, max: 2 });
  const quarter = fc.integer({ min: 1, max: 4 });
  const ord = (n: number, max: number) =>
    language === 'kk'
      ? pick([KK_ORD[n - 1] ?? '', ROMAN[n - 1] ?? '', ROMAN_CYRILLIC[n - 1] ?? '', `${n}-ші`])
      : pick(
          max === 2
            ? [RU_ORD_NEUTER[n - 1] ?? '', ROMAN[n - 1] ?? '', `${n}-е`, String(n)]
            : [RU_ORD[n - 1] ?? '', ROMAN[n - 1] ?? '', `${n}-й`, String(n)],
        );
  if (language === 'kk') {
    return fc.oneof(
      fc
        .tuple(year, pick([' жыл', ' жылы', '']))
        .map(([y, w]) => ({ text: `${y}${w}`, years: [y], from: 1, to: 12 })),
      fc.tuple(range, dash, pick([' жылдар', ' жылдары', ' жж.'])).map(([[a, b], d, w]) => ({
        text: `${a}${d}${b}${w}`,
        years: yearsFrom(a, b),
        from: 1,
        to: 12,
      })),
      fc.tuple(year, half, space).chain(([y, n, s]) =>
        ord(n, 2).map((o) => ({
          text: `${y} жылдың${s}${o} жартыжылдығы`,
          years: [y],
          from: n * 6 - 5,
          to: n * 6,
        })),
      ),
      fc.tuple(year, quarter, space).chain(([y, n, s]) =>
        ord(n, 4).map((o) => ({
          text: `${y} жылдың${s}${o} тоқсаны`,
          years: [y],
          from: n * 3 - 2,
          to: n * 3,
        })),
      ),
      fc.tuple(year, month, space).map(([y, m, s]) => ({
        text: `${y} жылғы${s}${KK_MONTHS[m - 1]}`,
        years: [y],
        from: m,
        to: m,
      })),
      fc.tuple(range, dash, month).map(([[a, b], d, m]) => ({
        text: `${a}${d}${b} жылдардағы ${KK_MONTHS[m - 1]}`,
        years: yearsFrom(a, b),
        from: m,
        to: m,
      })),
    );
  }
  return fc.oneof(
    fc
      .tuple(year, pick([' год', ' года', ' г.', '']))
      .map(([y, w]) => ({ text: `${y}${w}`, years: [y], from: 1, to: 12 })),
    fc.tuple(range, dash, pick([' годы', ' гг.', ' годов'])).map(([[a, b], d, w]) => ({
      text: `${a}${d}${b}${w}`,
      years: yearsFrom(a, b),
      from: 1,
      to: 12,
    })),
    fc.tuple(year, half, space).chain(([y, n, s]) =>
      ord(n, 2).map((o) => ({
        text: `${o} полугодие${s}${y} года`,
        years: [y],
        from: n * 6 - 5,
        to: n * 6,
      })),
    ),
    fc
      .tuple(year, quarter, space)
      .chain(([y, n, s]) =>
        ord(n, 4).map((o) => ({ text: `${o} квартал${s}${y} года`, years: [y], from: n * 3 - 2, to: n * 3 })),
      ),
    fc.tuple(year, month, pick(['nominative', 'genitive'])).map(([y, m, c]) => ({
      text: `${(c === 'nominative' ? RU_MONTHS : RU_MONTHS_GEN)[m - 1]} ${y} года`,
      years: [y],
      from: m,
      to: m,
    })),
    fc.tuple(range, dash, month).map(([[a, b], d, m]) => ({
      text: `${RU_MONTHS[m - 1]} ${a}${d}${b} годов`,
      years: yearsFrom(a, b),
      from: m,
      to: m,
    })),
  );
};

describe('parseDeadline, property-based', () => {
  for (const language of ['kk', 'ru'] as const) {
    it(`reads every generated ${language} deadline into its window and one due date per year`, () => {
      fc.assert(
        fc.property(deadlineCase(language), fc.boolean(), (c, capitalised) => {
          const text = capitalised ? c.text.charAt(0).toUpperCase() + c.text.slice(1) : c.text;
          const first = c.years[0] ?? 0;
          const last = c.years[c.years.length - 1] ?? 0;
          const deadline = parseDeadline(text, language);
          expect(deadline.start).toBe(firstDay(first, c.from));
          expect(deadline.end).toBe(lastDay(last, c.to));
          expect(deadline.dueDates).toEqual(c.years.map((y) => lastDay(y, c.to)));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('keeps the text of any deadline, read or not, and gives due dates inside the window in order', () => {
    fc.assert(
      fc.property(pick(['kk', 'ru'] as const), fc.string({ maxLength: 40 }), (language, text) => {
        const deadline = parseDeadline(text, language);
        if (deadline.start === null) {
          expect(deadline.end).toBeNull();
          expect(deadline.dueDates).toEqual([]);
        } else {
          const due = deadline.dueDates;
          expect(due.length).toBeGreaterThan(0);
          expect([...due].sort()).toEqual(due);
          expect(due[due.length - 1]).toBe(deadline.end);
          for (const d of due) expect(d >= deadline.start && d <= (deadline.end ?? '')).toBe(true);
        }
      }),
    );
  });

  it('reads a deadline broken inside a word at any point the same as the whole one', () => {
    fc.assert(
      fc.property(deadlineCase('kk'), fc.nat(), (c, at) => {
        const cut = c.text.search(/\p{L}{2}/u);
        fc.pre(cut >= 0);
        const letters = [...c.text.matchAll(/\p{L}(?=\p{L})/gu)].map((m) => (m.index ?? 0) + 1);
        const position = letters[at % letters.length] ?? cut + 1;
        const broken = `${c.text.slice(0, position)}\n${c.text.slice(position)}`;
        const whole = parseDeadline(c.text, 'kk');
        expect(parseDeadline(broken, 'kk')).toMatchObject({
          start: whole.start,
          end: whole.end,
          dueDates: whole.dueDates,
        });
      }),
      { numRuns: 200 },
    );
  });
});
