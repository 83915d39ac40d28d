import { describe, expect, it } from 'vitest';
import { parseExecutors } from './executors.ts';

describe('parseExecutors', () => {
  it('makes the first executor the lead', () => {
    expect(parseExecutors('БҒМ, ДСМ, ЖАО')).toEqual([
      { code: 'БҒМ', lead: true, byAgreement: false },
      { code: 'ДСМ', lead: false, byAgreement: false },
      { code: 'ЖАО', lead: false, byAgreement: false },
    ]);
  });

  it('splits on line breaks as well as commas', () => {
    expect(parseExecutors('БҒМ\nЖББ (келісу бойынша)').map((e) => e.code)).toEqual(['БҒМ', 'ЖББ']);
    expect(parseExecutors('БҒМ, ІІМ,\nАҚДМ,\nИИДМ').map((e) => e.code)).toEqual([
      'БҒМ',
      'ІІМ',
      'АҚДМ',
      'ИИДМ',
    ]);
  });

  it('reads "(келісу бойынша)" as by agreement and leaves it out of the code', () => {
    expect(parseExecutors('БП (келісу бойынша),\nЖС (келісу бойынша)')).toEqual([
      { code: 'БП', lead: true, byAgreement: true },
      { code: 'ЖС', lead: false, byAgreement: true },
    ]);
  });

  it('reads "(по согласованию)" as by agreement, also on a line of its own', () => {
    expect(parseExecutors('МП, ГП (по согласованию)')[1]).toEqual({
      code: 'ГП',
      lead: false,
      byAgreement: true,
    });
    expect(parseExecutors('МП\nГП\n(по согласованию)')).toEqual([
      { code: 'МП', lead: true, byAgreement: false },
      { code: 'ГП', lead: false, byAgreement: true },
    ]);
  });

  it('keeps a code that contains a space', () => {
    expect(parseExecutors('БП ҚСАЕАК (келісу бойынша), ІІМ, БҒМ')[0]).toEqual({
      code: 'БП ҚСАЕАК',
      lead: true,
      byAgreement: true,
    });
  });

  it('skips empty lines and NBSP-only lines', () => {
    expect(parseExecutors('\u00a0\nБҒМ,\nДСМ,\nЕңбекмині\n\u00a0').map((e) => e.code)).toEqual([
      'БҒМ',
      'ДСМ',
      'Еңбекмині',
    ]);
  });

  it('mends a code broken across lines when only the whole code is in the list of abbreviations', () => {
    expect(parseExecutors('БҒМ, Еңбек\nмині', ['БҒМ', 'Еңбекмині']).map((e) => e.code)).toEqual([
      'БҒМ',
      'Еңбекмині',
    ]);
  });

  it('gives a code typed with Latin look-alike letters the spelling of the list', () => {
    expect(parseExecutors('IIM, БҒМ', ['ІІМ', 'БҒМ'])[0]?.code).toBe('ІІМ');
  });

  it('makes an executor marked as the consolidating body the lead', () => {
    expect(parseExecutors('МЗ, МП (свод), МВД').map((e) => [e.code, e.lead])).toEqual([
      ['МЗ', false],
      ['МП', true],
      ['МВД', false],
    ]);
  });

  it('reads a bracket broken across lines, and commas inside brackets, as one executor', () => {
    expect(parseExecutors('МП, БП (келісу\nбойынша)')).toEqual([
      { code: 'МП', lead: true, byAgreement: false },
      { code: 'БП', lead: false, byAgreement: true },
    ]);
    expect(parseExecutors('МП, ГП (по согласова-\nнию)')[1]).toEqual({
      code: 'ГП',
      lead: false,
      byAgreement: true,
    });
    expect(parseExecutors('МП, ГП (КПСиСУ, по согласованию)').map((e) => e.code)).toEqual([
      'МП',
      'ГП (КПСиСУ)',
    ]);
  });

  it('drops a note in brackets after a code that is in the list of abbreviations', () => {
    expect(parseExecutors('МИО (акиматы областей), МП', ['МИО', 'МП']).map((e) => e.code)).toEqual([
      'МИО',
      'МП',
    ]);
    expect(parseExecutors('МИО (акиматы областей), МП').map((e) => e.code)).toEqual([
      'МИО (акиматы областей)',
      'МП',
    ]);
  });

  it('gives no executors for an empty cell', () => {
    expect(parseExecutors('')).toEqual([]);
    expect(parseExecutors('\u00a0\n')).toEqual([]);
  });
});
