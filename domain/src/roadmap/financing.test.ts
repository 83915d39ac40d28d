import { describe, expect, it } from 'vitest';
import { parseFinancing, parseFinancingSources, parseProgrammes, saysNotRequired } from './financing.ts';

const cells = (cost: string, years: string[], source: string, programmes: string, from = 2020) => ({
  cost,
  years: years.map((text, i) => ({ year: from + i, text })),
  source,
  programmes,
});

describe('parseFinancingSources', () => {
  it.each([
    ['РБ', ['republican']],
    ['ЖБ', ['local']],
    ['МБ', ['local']],
    ['ДБ көздеген қаражат шегінде', ['world_bank']],
    ['бюджеттен тыс қаражат шеңберінде', ['extra_budgetary']],
    ['за счет внебюджетных средств', ['extra_budgetary']],
    ['РБ, ЖБ көзделген қаражат шеңберінде', ['republican', 'local']],
    ['в пределах средств, предусмотренных в РБ, МБ', ['republican', 'local']],
    ['местный бюджет', ['local']],
    ['талап етілмейді', []],
  ] as const)('finds in "%s" the sources %j', (text, sources) => {
    expect(parseFinancingSources(text)).toEqual(sources);
  });

  it('does not take a longer code that starts like a source for the source', () => {
    expect(parseFinancingSources('ЖББ')).toEqual([]);
  });
});

describe('parseProgrammes', () => {
  it('splits codes on spaces, commas and line breaks', () => {
    expect(parseProgrammes('001 104').codes).toEqual(['001', '104']);
    expect(parseProgrammes('001, 104\n105').codes).toEqual(['001', '104', '105']);
  });

  it('gives no codes for an empty cell or a dash', () => {
    expect(parseProgrammes('')).toEqual({ codes: [], unreadable: [] });
    expect(parseProgrammes('-')).toEqual({ codes: [], unreadable: [] });
  });

  it('reports what is not a code', () => {
    expect(parseProgrammes('001 бағдарлама')).toEqual({ codes: ['001'], unreadable: ['бағдарлама'] });
  });
});

describe('parseFinancing', () => {
  it('reads a costed row: total, amount per year, source and programmes', () => {
    expect(parseFinancing(cells('80,0', ['40', '40', '-', '-'], 'РБ', '001 104'))).toEqual({
      financing: {
        text: '80,0',
        required: true,
        totalMln: 80,
        byYearMln: { '2020': 40, '2021': 40 },
        sources: ['republican'],
        programmes: ['001', '104'],
      },
      warnings: [],
    });
  });

  it('reads "талап етілмейді" and "не требуется" as not required', () => {
    expect(parseFinancing(cells('талап етілмейді', ['-', '-', '-', '-'], '-', '-')).financing.required).toBe(
      false,
    );
    expect(parseFinancing(cells('не требуется', ['-', '-', '-'], '-', '-')).financing.required).toBe(false);
    expect(saysNotRequired('Не  требуется')).toBe(true);
  });

  it('takes the sources from the cost cell when the source cell is a dash', () => {
    const { financing, warnings } = parseFinancing(
      cells('РБ көзделген қаражат шегінде', ['-', '-', '-', '-'], '-', '-'),
    );
    expect(financing).toMatchObject({
      required: true,
      totalMln: null,
      sources: ['republican'],
      programmes: [],
    });
    expect(warnings).toEqual([]);
  });

  it('keeps only the years that hold a number', () => {
    expect(parseFinancing(cells('20,0', ['20', '-', '', '–'], 'РБ', '001')).financing.byYearMln).toEqual({
      '2020': 20,
    });
  });

  it('warns when the years do not add up to the total', () => {
    expect(parseFinancing(cells('30,0', ['25,0'], 'РБ', '001', 2024)).warnings).toEqual([
      { field: 'financing', code: 'FINANCING_SUM_MISMATCH', params: { total: 30, sum: 25 } },
    ]);
  });

  it('warns on a year cell that is not a number', () => {
    expect(parseFinancing(cells('10,0', ['10', 'РБ'], 'РБ', '001')).warnings.map((w) => w.code)).toContain(
      'FINANCING_AMOUNT_UNREADABLE',
    );
  });

  it('warns on a source cell that names no known source', () => {
    expect(parseFinancing(cells('талап етілмейді', ['-'], 'грант', '-')).warnings.map((w) => w.code)).toEqual(
      ['FINANCING_SOURCE_UNKNOWN'],
    );
  });

  it('warns when republican money has no budget programme', () => {
    expect(parseFinancing(cells('5,0', ['5,0'], 'РБ', '-')).warnings.map((w) => w.code)).toEqual([
      'PROGRAMMES_MISSING',
    ]);
  });

  it('does not ask local money for a programme code', () => {
    expect(parseFinancing(cells('1 250,0', ['-', '600,0', '650,0'], 'МБ', '-')).warnings).toEqual([]);
  });

  it('warns when financing is not required yet amounts are given', () => {
    expect(parseFinancing(cells('талап етілмейді', ['5'], '-', '-')).warnings.map((w) => w.code)).toContain(
      'FINANCING_NOT_REQUIRED_BUT_FUNDED',
    );
  });

  it('warns when amounts are given without a source', () => {
    expect(parseFinancing(cells('5,0', ['5,0'], '-', '001')).warnings.map((w) => w.code)).toEqual([
      'FINANCING_SOURCE_MISSING',
    ]);
  });
});
