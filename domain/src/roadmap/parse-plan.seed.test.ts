/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import type { ParsedMeasure } from './types.ts';

const seed = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8');
const plan = parsePlan(seed);
const measure = (n: number): ParsedMeasure => {
  const m = plan.measures.find((x) => x.number === n);
  if (m === undefined) throw new Error(`no measure ${n}`);
  return m;
};

describe('the seed roadmap (Government resolution No. 156, Kazakh)', () => {
  it('reads the title, the act and the language from the first two lines', () => {
    expect(plan.language).toBe('kk');
    expect(plan.title).toBe(seed.split('\n')[0]);
    expect(plan.act).toEqual({ type: 'resolution', issuer: 'government', number: '156', date: '2020-03-30' });
  });

  it('reads the period 2020–2023 from the title', () => {
    expect(plan.period).toEqual({ from: 2020, to: 2023 });
  });

  it('reads yearly reporting: executors by the 10th, the ministry to the Government by the 25th', () => {
    expect(plan.reporting).toEqual({ frequency: 'year', executorsDueDay: 10, coordinatorDueDay: 25 });
  });

  it('reads 5 sections numbered 1 to 5 whatever alphabet their numerals use', () => {
    expect(plan.sections).toEqual([
      { number: 1, title: 'ЗАҢНАМАЛЫҚ ЖӘНЕ НОРМАТИВТІК ҚҰҚЫҚТЫҚ БАЗАНЫ ЖЕТІЛДІРУ' },
      { number: 2, title: 'БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУ ЖӘНЕ ӘДІСТЕМЕЛІК СҮЙЕМЕЛДЕУ' },
      { number: 3, title: 'ҚЫЗМЕТТІ ҮЙЛЕСТІРУ ЖӘНЕ ВЕДОМСТВОАРАЛЫҚ ӨЗАРА ІС-ҚИМЫЛ' },
      { number: 4, title: 'ІС-ШАРАЛАР' },
      { number: 5, title: 'АҚПАРАТТЫҚ-ТҮСІНДІРУ ҚЫЗМЕТІН ҰЙЫМДАСТЫРУ' },
    ]);
  });

  it('reads 70 measures, numbered 1 to 70, with 12, 19, 8, 28 and 3 in the five sections', () => {
    expect(plan.measures.map((m) => m.number)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    const perSection = [1, 2, 3, 4, 5].map((s) => plan.measures.filter((m) => m.section === s).length);
    expect(perSection).toEqual([12, 19, 8, 28, 3]);
  });

  it('reads the 28 abbreviations, including one without a space before its dash', () => {
    expect(plan.abbreviations).toHaveLength(28);
    expect(plan.abbreviations[0]).toEqual({
      code: 'АҚДМ',
      name: 'Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі',
    });
    expect(plan.abbreviations.find((a) => a.code === 'КТІҚҚК')?.name).toBe(
      'кәмелетке толмағандардың ісі және олардың құқықтарын қорғау жөніндегі комиссия',
    );
  });

  it('warns only about measure 15, whose programme cell is blank where every other row writes "-"', () => {
    expect(plan.warnings).toEqual([
      {
        measure: 15,
        field: 'programmes',
        code: 'CELL_EMPTY',
        message:
          'the programmes cell is empty where other rows write "-"; read as none, but content may be missing',
        params: { column: 'programmes' },
      },
    ]);
    expect(measure(15).financing.programmes).toEqual([]);
  });

  it('gives no warning about blank cells when the document leaves every "none" blank', () => {
    const blank = parsePlan(seed.replace(/^\t-$/gm, '\t'));
    expect(blank.warnings).toEqual([]);
    expect(blank.measures).toEqual(plan.measures);
  });

  it('reads every deadline of the seed', () => {
    expect(plan.measures.filter((m) => m.deadline.start === null).map((m) => m.number)).toEqual([]);
  });

  it('reads measure 36: December of 2020 and 2021, 80 = 40 + 40 from the republican budget, programmes 001 and 104', () => {
    expect(measure(36).deadline).toEqual({
      text: '2020 – 2021 жылдардағы желтоқсан',
      start: '2020-12-01',
      end: '2021-12-31',
      dueDates: ['2020-12-31', '2021-12-31'],
    });
    expect(measure(36).financing).toEqual({
      text: '80,0',
      required: true,
      totalMln: 80,
      byYearMln: { '2020': 40, '2021': 40 },
      sources: ['republican'],
      programmes: ['001', '104'],
    });
  });

  it('reads measure 39, whose lead "БП ҚСАЕАК" contains a space and takes part by agreement', () => {
    expect(measure(39).executors).toEqual([
      { code: 'БП ҚСАЕАК', lead: true, byAgreement: true },
      { code: 'ІІМ', lead: false, byAgreement: false },
      { code: 'БҒМ', lead: false, byAgreement: false },
      { code: 'ДСМ', lead: false, byAgreement: false },
      { code: 'Еңбекмині', lead: false, byAgreement: false },
      { code: 'ЖАО', lead: false, byAgreement: false },
    ]);
  });

  it('leaves the web page’s "Жүктеу" out of measure 70 and out of the whole plan', () => {
    expect(measure(70).financing.programmes).toEqual([]);
    expect(JSON.stringify(measure(70))).not.toContain('Жүктеу');
    expect(JSON.stringify(plan)).not.toContain('Жүктеу');
  });

  it('reads measure 61’s deadline, whose word is broken across lines, as the second half of 2020', () => {
    expect(measure(61).deadline).toEqual({
      text: '2020 жылдың екінші жартыжылдығы',
      start: '2020-07-01',
      end: '2020-12-31',
      dueDates: ['2020-12-31'],
    });
  });

  it('reads measure 16: a tool costing 80 in 2020–2021 under programme 001', () => {
    expect(measure(16)).toMatchObject({
      form: { text: 'құрал', reportsTo: null },
      deadline: { text: '2020 – 2021 жылдар', dueDates: ['2020-12-31', '2021-12-31'] },
      financing: { text: '80,0', totalMln: 80, byYearMln: { '2020': 40, '2021': 40 }, programmes: ['001'] },
    });
  });

  it('reads measure 40: 20 million, 5 a year over the four years of the plan', () => {
    expect(measure(40).financing.byYearMln).toEqual({ '2020': 5, '2021': 5, '2022': 5, '2023': 5 });
  });

  it('reads "not required" as financing not required, with no source and no programme', () => {
    expect(measure(1).financing).toEqual({
      text: 'талап етілмейді',
      required: false,
      totalMln: null,
      byYearMln: {},
      sources: [],
      programmes: [],
    });
  });

  it('takes sources from the cost cell when the source cell is a dash', () => {
    expect(measure(13).financing.sources).toEqual(['republican']);
    expect(measure(19).financing.sources).toEqual(['world_bank']);
    expect(measure(41).financing).toMatchObject({
      text: 'ЖБ көзделген қаражат шеңберінде',
      sources: ['local'],
    });
    expect(measure(44).financing.sources).toEqual(['extra_budgetary']);
    expect(measure(59).financing.sources).toEqual(['republican', 'local']);
  });

  it('tells reports to the Government and to agencies from deliverables', () => {
    expect(measure(1).form).toEqual({ text: 'Үкіметке ұсыныстар', reportsTo: 'government' });
    expect(measure(3).form).toEqual({ text: 'Үкімет қаулысы', reportsTo: null });
    expect(measure(7).form).toEqual({ text: 'БҒМ-ге ақпарат', reportsTo: 'БҒМ' });
    expect(measure(33).form).toEqual({ text: 'БҒМ-ға ақпарат', reportsTo: 'БҒМ' });
    expect(measure(45).form).toEqual({ text: 'БҒМ-ге ақпарат', reportsTo: 'БҒМ' });
    expect(measure(49).form).toEqual({ text: 'ІІМ-ге ақпарат', reportsTo: 'ІІМ' });
    expect(measure(64).form).toEqual({ text: 'Үкіметке ақпарат', reportsTo: 'government' });
    expect(measure(65).form).toEqual({ text: 'ЖОО-ға ұсынымдамалар', reportsTo: null });
  });

  it('splits executors on line breaks and reads "(келісу бойынша)"', () => {
    expect(measure(19).executors).toEqual([
      { code: 'БҒМ', lead: true, byAgreement: false },
      { code: 'ЖББ', lead: false, byAgreement: true },
    ]);
    expect(measure(1).executors.map((e) => e.code)).toEqual([
      'ІІМ',
      'БҒМ',
      'АҚДМ',
      'ИИДМ',
      'ДСМ',
      'БП',
      'ЖС',
    ]);
  });

  it('names only executors and addressees that are in the list of abbreviations', () => {
    const codes = new Set(plan.abbreviations.map((a) => a.code));
    for (const m of plan.measures) {
      for (const e of m.executors) expect(codes.has(e.code)).toBe(true);
      if (m.form.reportsTo !== null && m.form.reportsTo !== 'government')
        expect(codes.has(m.form.reportsTo)).toBe(true);
    }
  });

  it('keeps the list items of a measure’s text on their own lines', () => {
    expect(measure(9).title).toBe(
      'Заңнамаға:\n- балалардың құқық қорғау органдарына өтінішпен өз бетінше жүгінуі;\n' +
        '- баланың кез келген сот талқылауы барысында тыңдалу жасын төмендету бөлігінде өзгерістер мен толықтырулар енгізу бойынша ұсыныстар әзірлеу',
    );
    expect(measure(16).title).toBe(
      'ҚР балалардың әл-ауқаты индексін әзірлеу және сынақтан өткізу (сынақ өткізу – 2020, 2021 ж., енгізу – 2022 ж.)',
    );
  });

  it('leaves no TAB, NBSP or stray space in any text it returns', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(plan);
    for (const s of strings) {
      expect(s).not.toMatch(/[\t\u00a0]| {2}/);
      expect(s).toBe(s.trim());
    }
  });

  it('reads the seed the same with Windows line endings or without NBSPs', () => {
    expect(parsePlan(seed.replace(/\n/g, '\r\n'))).toEqual(plan);
    expect(parsePlan(seed.replace(/\u00a0/g, ' '))).toEqual(plan);
  });

  it('returns plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
