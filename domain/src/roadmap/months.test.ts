import { describe, expect, it } from 'vitest';
import { monthOfWord } from './months.ts';

describe('monthOfWord', () => {
  it('reads Kazakh months with their case endings', () => {
    expect(
      ['қаңтар', 'наурыздағы', 'тамыз', 'қыркүйектегі', 'желтоқсанда'].map((w) => monthOfWord(w, 'kk')),
    ).toEqual([1, 3, 8, 9, 12]);
  });

  it('reads Russian months in the nominative, genitive and prepositional', () => {
    expect(['январь', 'марта', 'мая', 'мае', 'сентября', 'декабре'].map((w) => monthOfWord(w, 'ru'))).toEqual(
      [1, 3, 5, 5, 9, 12],
    );
  });

  it('does not take other words for months', () => {
    expect(monthOfWord('қазақстан', 'kk')).toBeNull();
    expect(monthOfWord('маршрут', 'ru')).toBeNull();
    expect(monthOfWord('декабрь', 'kk')).toBeNull();
  });
});
