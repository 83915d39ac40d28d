import { describe, expect, it } from 'vitest';
import { PlanParseError } from './plan-parse-error.ts';
import type { Cell } from './table-cells.ts';
import { groupRows, headingAt, tableStart } from './table-rows.ts';

let line = 0;
const cell = (text: string): Cell => ({ lines: text === '' ? [] : [text], line: ++line });
const row = (n: number, years: number): Cell[] =>
  [`${n}.`, `Мера ${n}`, 'приказ', 'МП', '2024 год', 'не требуется', ...Array(years).fill('-'), '-', '-'].map(
    cell,
  );
const heading = (text: string, empties = 10): Cell[] => [cell(text), ...Array(empties).fill('').map(cell)];

describe('headingAt', () => {
  it('knows a roman numeral with a title followed by empty cells for a heading', () => {
    const cells = heading('ІІ. БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУ');
    expect(headingAt(cells, 0)).toEqual({ number: 2, title: 'БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУ', span: 1 });
  });

  it('takes the title from the next cell when the heading cell holds only the numeral', () => {
    expect(headingAt([cell('IV.'), cell('МЕРОПРИЯТИЯ'), cell('')], 0)).toEqual({
      number: 4,
      title: 'МЕРОПРИЯТИЯ',
      span: 2,
    });
  });

  it('does not take a signature with a roman-looking initial for a heading', () => {
    expect(headingAt([cell('Х. Тәтенов'), cell('Утвержден')], 0)).toBeNull();
    expect(headingAt([cell('І. Ахметов'), cell('І. ЗАҢНАМАЛЫҚ')], 0)).toBeNull();
  });
});

describe('tableStart', () => {
  it('starts at the heading above the first row, past the signature', () => {
    const cells = [
      cell('Премьер-Министр'),
      cell('А. Мамин'),
      ...heading('I. ЗАКОНОДАТЕЛЬСТВО'),
      ...row(1, 3),
    ];
    expect(tableStart(cells)).toBe(2);
  });

  it('gives -1 when there is no row', () => {
    expect(tableStart(heading('I. ЗАКОНОДАТЕЛЬСТВО'))).toBe(-1);
  });
});

describe('groupRows', () => {
  it('groups rows under their sections', () => {
    const { headings, rows } = groupRows(
      [...heading('I. ПЕРВЫЙ'), ...row(1, 3), ...heading('II. ВТОРОЙ'), ...row(2, 3), ...row(3, 3)],
      3,
    );
    expect(headings.map((h) => [h.number, h.title])).toEqual([
      [1, 'ПЕРВЫЙ'],
      [2, 'ВТОРОЙ'],
    ]);
    expect(rows.map((r) => [r.number, r.section, r.cells.length])).toEqual([
      [1, 1, 10],
      [2, 2, 10],
      [3, 2, 10],
    ]);
  });

  it('ignores empty cells after the last column', () => {
    expect(groupRows([...row(1, 3), cell(''), cell('')], 3).rows[0]?.cells.length).toBe(10);
  });

  it('refuses a row with a cell missing, naming its line and the counts', () => {
    const short = row(1, 3).slice(0, -1);
    const error = (() => {
      try {
        groupRows([...short, ...row(2, 3)], 3);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PlanParseError);
    expect(error).toMatchObject({
      code: 'PLAN_ROW_CELL_COUNT',
      line: short[0]?.line,
      params: { measure: 1, expected: 11, found: 10 },
    });
  });

  it('refuses a row with a cell too many', () => {
    expect(() => groupRows([...row(1, 3), cell('лишнее'), ...row(2, 3)], 3)).toThrow(
      expect.objectContaining({ code: 'PLAN_ROW_CELL_COUNT' }),
    );
  });

  it('refuses a short row even when a heading and its empty cells follow it', () => {
    expect(() =>
      groupRows([...row(1, 3).slice(0, -1), ...heading('II. ВТОРОЙ', 12), ...row(2, 3)], 3),
    ).toThrow(expect.objectContaining({ code: 'PLAN_ROW_CELL_COUNT' }));
  });

  it('refuses a measure number that appears twice, naming both lines', () => {
    const first = row(2, 3);
    const again = row(2, 3);
    expect(() => groupRows([...row(1, 3), ...first, ...again], 3)).toThrow(
      expect.objectContaining({
        code: 'PLAN_DUPLICATE_MEASURE',
        line: again[0]?.line,
        params: { measure: 2, firstLine: first[0]?.line },
      }),
    );
  });

  it('refuses text after a heading where empty cells belong', () => {
    expect(() =>
      groupRows([...row(1, 3), ...heading('II. ВТОРОЙ', 2), cell('текст'), ...row(2, 3)], 3),
    ).toThrow(expect.objectContaining({ code: 'PLAN_UNEXPECTED_CELL' }));
  });
});
