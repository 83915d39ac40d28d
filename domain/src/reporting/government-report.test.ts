/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../roadmap/index.ts';
import { governmentReport } from './government-report.ts';
import { measureInPeriod } from './obligations.ts';

const plan = parsePlan(readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8'));
const in2020 = plan.measures.filter((m) =>
  measureInPeriod(m.deadline, { start: '2020-01-01', end: '2020-12-31' }),
);

describe('the report to the Government', () => {
  const { columns, rows } = governmentReport({
    language: 'kk',
    sections: plan.sections,
    measures: in2020,
    information: new Map([[1, 'Ұсыныстар Үкіметке жіберілді.']]),
  });

  it('keeps the roadmap’s columns and adds information on execution', () => {
    expect(Object.values(columns)).toEqual([
      'Р/с №',
      'Іс-шараның атауы',
      'Аяқтау нысаны',
      'Орындауға жауаптылар',
      'Орындау мерзімі',
      'Орындалуы туралы ақпарат',
    ]);
  });

  it('heads each section with its Roman numeral and lists the period’s measures under it', () => {
    expect(
      rows.filter((r) => r.kind === 'section').map((r) => (r.kind === 'section' ? r.text.split('.')[0] : '')),
    ).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(rows.filter((r) => r.kind === 'measure')).toHaveLength(48);
    expect(rows[1]).toMatchObject({
      kind: 'measure',
      number: 1,
      executors: 'ІІМ, БҒМ, АҚДМ, ИИДМ, ДСМ, БП (келісу бойынша), ЖС (келісу бойынша)',
      information: 'Ұсыныстар Үкіметке жіберілді.',
    });
    expect(rows[2]).toMatchObject({ kind: 'measure', number: 2, information: '' });
  });

  it('writes the column headings in Russian for a Russian report', () => {
    const ru = governmentReport({ language: 'ru', sections: [], measures: [], information: new Map() });
    expect(ru.columns.information).toBe('Информация об исполнении');
    expect(ru.rows).toEqual([]);
  });
});
