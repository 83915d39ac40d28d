import { describe, expect, it } from 'vitest';
import { parseActLine } from './act-line.ts';

describe('parseActLine', () => {
  it('reads a Kazakh Government resolution line', () => {
    expect(parseActLine('Қазақстан Республикасы Үкіметінің 2020 жылғы 30 наурыздағы № 156 қаулысы.')).toEqual(
      {
        language: 'kk',
        act: { type: 'resolution', issuer: 'government', number: '156', date: '2020-03-30' },
      },
    );
  });

  it('reads a Russian Government resolution line', () => {
    expect(
      parseActLine('Постановление Правительства Республики Казахстан от 14 сентября 2023 года № 812.'),
    ).toEqual({
      language: 'ru',
      act: { type: 'resolution', issuer: 'government', number: '812', date: '2023-09-14' },
    });
  });

  it('reads ordinances of the Prime Minister and a numeric date', () => {
    expect(
      parseActLine('Распоряжение Премьер-Министра Республики Казахстан от 05.02.2024 года № 21-р.')?.act,
    ).toEqual({
      type: 'ordinance',
      issuer: 'prime_minister',
      number: '21-р',
      date: '2024-02-05',
    });
    expect(
      parseActLine('Қазақстан Республикасы Премьер-Министрінің 2021 жылғы 12 ақпандағы № 28-ө өкімі.')?.act,
    ).toEqual({
      type: 'ordinance',
      issuer: 'prime_minister',
      number: '28-ө',
      date: '2021-02-12',
    });
  });

  it('reads a presidential decree', () => {
    expect(parseActLine('Указ Президента Республики Казахстан от 1 мая 2024 года № 500')?.act).toMatchObject({
      type: 'decree',
      issuer: 'president',
    });
  });

  it('reads NBSPs in the line as spaces', () => {
    expect(
      parseActLine('Қазақстан Республикасы Үкіметінің 2020\u00a0жылғы 30\u00a0наурыздағы №\u00a0156 қаулысы.')
        ?.act.date,
    ).toBe('2020-03-30');
  });

  it.each([
    'Баланың құқықтарын қорғауды күшейту туралы',
    'Постановление Правительства Республики Казахстан от 31 февраля 2023 года № 1.',
    'Постановление Правительства Республики Казахстан № 812.',
    '',
  ])('does not take "%s" for an act line', (line) => {
    expect(parseActLine(line)).toBeNull();
  });
});
