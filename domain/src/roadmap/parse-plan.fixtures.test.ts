/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import type { ParsedMeasure, ParsedPlan } from './types.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/roadmap/${name}`, import.meta.url), 'utf8');

const byNumber =
  (plan: ParsedPlan) =>
  (n: number): ParsedMeasure => {
    const m = plan.measures.find((x) => x.number === n);
    if (m === undefined) throw new Error(`no measure ${n}`);
    return m;
  };

describe('a Russian complex plan for 2023–2025 (resolution No. 812)', () => {
  const text = fixture('ru-complex-plan-2023-812.txt');
  const plan = parsePlan(text);
  const measure = byNumber(plan);

  it('reads the act, the language and a three-year period', () => {
    expect(plan.language).toBe('ru');
    expect(plan.title).toBe(
      'Об утверждении Комплексного плана по защите детей от насилия, превенции суицида и обеспечению их прав на 2023 – 2025 годы',
    );
    expect(plan.act).toEqual({ type: 'resolution', issuer: 'government', number: '812', date: '2023-09-14' });
    expect(plan.period).toEqual({ from: 2023, to: 2025 });
  });

  it('reads half-yearly reporting by the 10th and the 25th', () => {
    expect(plan.reporting).toEqual({ frequency: 'half-year', executorsDueDay: 10, coordinatorDueDay: 25 });
  });

  it('numbers sections 1 to 4 whether their numerals are Latin, Cyrillic or mixed', () => {
    expect(plan.sections).toEqual([
      { number: 1, title: 'СОВЕРШЕНСТВОВАНИЕ ЗАКОНОДАТЕЛЬСТВА' },
      { number: 2, title: 'МЕТОДИЧЕСКОЕ СОПРОВОЖДЕНИЕ' },
      { number: 3, title: 'МЕЖВЕДОМСТВЕННОЕ ВЗАИМОДЕЙСТВИЕ' },
      { number: 4, title: 'ИНФОРМАЦИОННО-РАЗЪЯСНИТЕЛЬНАЯ РАБОТА' },
    ]);
    expect(plan.measures.map((m) => [m.number, m.section])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 2],
      [6, 2],
      [7, 2],
      [8, 2],
      [9, 2],
      [10, 3],
      [11, 3],
      [12, 3],
      [13, 4],
      [14, 4],
      [15, 4],
    ]);
  });

  it('warns only about the blank programme cell of measure 4, where the other rows write "-"', () => {
    expect(plan.warnings.map((w) => [w.measure, w.field, w.code])).toEqual([[4, 'programmes', 'CELL_EMPTY']]);
  });

  it('reads every form of deadline', () => {
    const due = (n: number) => measure(n).deadline;
    expect(due(1)).toMatchObject({ start: '2024-01-01', end: '2024-06-30', dueDates: ['2024-06-30'] });
    expect(due(2)).toMatchObject({ start: '2024-09-01', end: '2024-09-30', dueDates: ['2024-09-30'] });
    expect(due(3)).toMatchObject({ start: '2024-01-01', end: '2024-12-31', dueDates: ['2024-12-31'] });
    expect(due(4)).toEqual({
      text: 'II полугодие 2024 года',
      start: '2024-07-01',
      end: '2024-12-31',
      dueDates: ['2024-12-31'],
    });
    expect(due(5)).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
    expect(due(6).dueDates).toEqual(['2023-12-31', '2024-12-31', '2025-12-31']);
    expect(due(7)).toEqual({
      text: 'декабрь 2024 – 2025 годов',
      start: '2024-12-01',
      end: '2025-12-31',
      dueDates: ['2024-12-31', '2025-12-31'],
    });
    expect(due(8).dueDates).toEqual(['2023-12-31', '2024-12-31', '2025-12-31']);
    expect(due(9)).toMatchObject({ start: '2024-07-01', end: '2024-12-31' });
    expect(due(11)).toMatchObject({ text: 'ежегодно', start: '2023-01-01', end: '2025-12-31' });
    expect(due(13)).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
  });

  it('reads "по согласованию", also on its own line, and codes with a space', () => {
    expect(
      measure(1)
        .executors.filter((e) => e.byAgreement)
        .map((e) => e.code),
    ).toEqual(['ГП', 'ВС']);
    expect(measure(10).executors[0]).toEqual({ code: 'КПСиСУ ГП', lead: true, byAgreement: true });
    expect(measure(15).executors).toEqual([
      { code: 'МП', lead: true, byAgreement: false },
      { code: 'ГП', lead: false, byAgreement: true },
    ]);
  });

  it('addresses "информация в МП" to the ministry and "в Правительство" to the Government', () => {
    expect(measure(6).form).toEqual({ text: 'информация в МП', reportsTo: 'МП' });
    expect(measure(11).form.reportsTo).toBe('МВД');
    expect(measure(2).form).toEqual({ text: 'предложения в Правительство', reportsTo: 'government' });
    expect(measure(7).form.reportsTo).toBe('government');
    expect(measure(4).form).toEqual({ text: 'проект постановления Правительства', reportsTo: null });
  });

  it('reads "не требуется" and "в пределах средств, предусмотренных в РБ, МБ"', () => {
    expect(measure(1).financing.required).toBe(false);
    expect(measure(5).financing).toEqual({
      text: 'в пределах средств, предусмотренных в РБ, МБ',
      required: true,
      totalMln: null,
      byYearMln: {},
      sources: ['republican', 'local'],
      programmes: [],
    });
  });

  it('reads amounts with decimal commas and NBSP thousands, per year of the three', () => {
    expect(measure(7).financing).toMatchObject({
      totalMln: 150.5,
      byYearMln: { '2024': 75, '2025': 75.5 },
      sources: ['republican'],
      programmes: ['099', '104'],
    });
    expect(measure(8).financing.byYearMln).toEqual({ '2023': 12, '2024': 12, '2025': 12 });
    expect(measure(12).financing).toMatchObject({ text: '1 250,0', totalMln: 1250, sources: ['local'] });
  });

  it('reads the other sources: World Bank, extra-budgetary', () => {
    expect(measure(9).financing.sources).toEqual(['world_bank']);
    expect(measure(13).financing.sources).toEqual(['extra_budgetary']);
    expect(measure(15).financing).toMatchObject({
      required: true,
      sources: ['extra_budgetary'],
      programmes: [],
    });
  });

  it('leaves the web page’s "Скачать" out', () => {
    expect(JSON.stringify(plan)).not.toContain('Скачать');
  });

  it('reads the list of abbreviations, carrying a wrapped name on', () => {
    expect(plan.abbreviations).toHaveLength(15);
    expect(plan.abbreviations.find((a) => a.code === 'МВД')?.name).toBe(
      'Министерство внутренних дел Республики Казахстан',
    );
    expect(plan.abbreviations.find((a) => a.code === 'МЦРИАП')?.name).toBe(
      'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
    );
  });
});

describe('a Russian one-year action plan approved by the Prime Minister, with Windows line endings', () => {
  const plan = parsePlan(fixture('ru-action-plan-2024-21r.crlf.txt'));
  const measure = byNumber(plan);

  it('reads an ordinance of the Prime Minister with a number like "21-р"', () => {
    expect(plan.act).toEqual({
      type: 'ordinance',
      issuer: 'prime_minister',
      number: '21-р',
      date: '2024-02-05',
    });
    expect(plan.period).toEqual({ from: 2024, to: 2024 });
  });

  it('reads quarterly reporting to the ministry and to the Office of the Prime Minister', () => {
    expect(plan.reporting).toEqual({ frequency: 'quarter', executorsDueDay: 5, coordinatorDueDay: 20 });
  });

  it('reads rows with a single year column', () => {
    expect(plan.measures).toHaveLength(6);
    expect(measure(4).financing).toMatchObject({
      totalMln: 30,
      byYearMln: { '2024': 25 },
      programmes: ['001'],
    });
  });

  it('reads "ежеквартально" as the four quarters of the year', () => {
    expect(measure(1).deadline.dueDates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('warns exactly where the text itself is unclear or inconsistent', () => {
    expect(plan.warnings.map((w) => [w.measure, w.field, w.code])).toEqual([
      [3, 'deadline', 'DEADLINE_UNREADABLE'],
      [4, 'financing', 'FINANCING_SUM_MISMATCH'],
      [5, 'form', 'FORM_ADDRESSEE_UNREADABLE'],
    ]);
    expect(measure(3).deadline).toEqual({
      text: 'до 1 июля 2024 года',
      start: null,
      end: null,
      dueDates: [],
    });
  });

  it('leaves the web page’s "Печать" out', () => {
    expect(JSON.stringify(plan)).not.toContain('Печать');
  });
});

describe('a Kazakh successor plan for 2024–2026', () => {
  const plan = parsePlan(fixture('kk-action-plan-2024-45.txt'));
  const measure = byNumber(plan);

  it('reads half-yearly reporting in Kazakh', () => {
    expect(plan.reporting).toEqual({ frequency: 'half-year', executorsDueDay: 10, coordinatorDueDay: 25 });
  });

  it('reads quarters, months, "жыл сайын" and a half-year written in two words', () => {
    expect(measure(1).deadline).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(measure(2).deadline).toMatchObject({ start: '2025-03-01', end: '2025-03-31' });
    expect(measure(3).deadline.dueDates).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
    expect(measure(4).deadline.dueDates).toEqual(['2024-11-30', '2025-11-30', '2026-11-30']);
    expect(measure(5).deadline).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
  });

  it('reads reports to agencies with any dative suffix', () => {
    expect(measure(3).form.reportsTo).toBe('ОАМ');
    expect(measure(4).form.reportsTo).toBe('ДСМ');
    expect(measure(5).form.reportsTo).toBe('Еңбекмині');
  });

  it('gives no warning and no web-page debris', () => {
    expect(plan.warnings).toEqual([]);
    expect(JSON.stringify(plan)).not.toContain('Басып шығару');
    expect(measure(6).financing.programmes).toEqual(['001']);
  });
});
