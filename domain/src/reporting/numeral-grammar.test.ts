import { describe, expect, it } from 'vitest';
import { kazakhPossessive, russianGenitiveAfter, russianPlural } from './numeral-grammar.ts';

describe('numbers in Kazakh and Russian sentences', () => {
  it('gives a Kazakh numeral the possessive ending its last word calls for', () => {
    const cases: [number, string][] = [
      [1, '1-і'],
      [2, '2-сі'],
      [3, '3-і'],
      [6, '6-сы'],
      [7, '7-сі'],
      [9, '9-ы'],
      [10, '10-ы'],
      [12, '12-сі'],
      [15, '15-і'],
      [16, '16-сы'],
      [17, '17-сі'],
      [20, '20-сы'],
      [30, '30-ы'],
      [40, '40-ы'],
      [50, '50-і'],
      [60, '60-ы'],
      [70, '70-і'],
      [80, '80-і'],
      [90, '90-ы'],
      [100, '100-і'],
      [1000, '1000-ы'],
      [0, '0-і'],
    ];
    for (const [n, written] of cases) expect(kazakhPossessive(n), String(n)).toBe(written);
  });

  it('chooses the Russian noun form by the last digits', () => {
    const form = (n: number) => russianPlural(n, 'регион', 'региона', 'регионов');
    expect([1, 2, 5, 11, 14, 17, 20, 21, 22, 25, 111].map(form)).toEqual([
      'регион',
      'региона',
      'регионов',
      'регионов',
      'регионов',
      'регионов',
      'регионов',
      'регион',
      'региона',
      'регионов',
      'регионов',
    ]);
    expect([1, 11, 17, 21].map((n) => russianGenitiveAfter(n, 'региона', 'регионов'))).toEqual([
      'региона',
      'регионов',
      'регионов',
      'региона',
    ]);
  });
});
