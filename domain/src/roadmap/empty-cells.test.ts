import { describe, expect, it } from 'vitest';
import { columnsUsingDash } from './empty-cells.ts';
import type { Row } from './table-rows.ts';

const row = (number: number, texts: string[]): Row => ({
  number,
  line: number,
  section: null,
  cells: texts.map((t) => ({ lines: t === '' ? [] : [t], line: number })),
});

describe('columnsUsingDash', () => {
  it('names the money columns in which more rows write a dash than leave it blank', () => {
    const rows = [
      row(1, ['Мера', 'приказ', 'МП', '2024 год', 'не требуется', '-', '', '-', '']),
      row(2, ['Мера', 'приказ', 'МП', '2024 год', '10,0', '10,0', '', 'РБ', '001']),
    ];
    expect([...columnsUsingDash(rows)].sort()).toEqual([5, 7]);
    expect([
      ...columnsUsingDash([...rows, row(3, ['Мера', 'приказ', 'МП', '2024 год', '1,0', '-', '', '', '001'])]),
    ]).toEqual([5]);
  });

  it('ignores dashes outside the money columns', () => {
    expect(columnsUsingDash([row(1, ['-', '-', '-', '-', 'текст'])]).size).toBe(0);
  });
});
