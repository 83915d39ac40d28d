import { describe, expect, it } from 'vitest';
import { splitCells } from './table-cells.ts';

describe('splitCells', () => {
  it('starts a cell at each TAB and carries lines without one on to the cell before', () => {
    const { before, cells } = splitCells(['clause one', '\tБҒМ,', 'ДСМ', '\t2020 жыл', '', '\t'], 10);
    expect(before).toEqual([{ text: 'clause one', line: 10 }]);
    expect(cells).toEqual([
      { lines: ['БҒМ,', 'ДСМ'], line: 11 },
      { lines: ['2020 жыл'], line: 13 },
      { lines: [], line: 15 },
    ]);
  });

  it('starts a cell at a TAB after leading spaces or NBSPs', () => {
    expect(splitCells([' \tІ. ЗАҢНАМАЛЫҚ', '\u00a0\tА. Мамин'], 1).cells.map((c) => c.lines)).toEqual([
      ['І. ЗАҢНАМАЛЫҚ'],
      ['А. Мамин'],
    ]);
  });

  it('cleans NBSPs and drops lines that hold only them', () => {
    expect(splitCells(['\t\u00a0', 'БҒМ,\u00a0', '\u00a0'], 1).cells).toEqual([{ lines: ['БҒМ,'], line: 1 }]);
  });

  it('reads each TAB inside a line as the start of another cell', () => {
    expect(splitCells(['\t1.\tМера'], 1).cells.map((c) => c.lines)).toEqual([['1.'], ['Мера']]);
  });
});
