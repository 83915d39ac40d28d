import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRomanNumeral } from './roman-numeral.ts';

describe('parseRomanNumeral', () => {
  it('reads Latin numerals', () => {
    expect(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV'].map(parseRomanNumeral)).toEqual([1, 2, 3, 4, 5, 9, 14]);
  });

  it('reads numerals typed with the Kazakh Cyrillic І and Х, alone or mixed with Latin', () => {
    expect(parseRomanNumeral('І')).toBe(1);
    expect(parseRomanNumeral('ІІІ')).toBe(3);
    expect(parseRomanNumeral('ІV')).toBe(4);
    expect(parseRomanNumeral('ХІ')).toBe(11);
  });

  it('reads the Unicode roman numeral characters', () => {
    expect(parseRomanNumeral('Ⅳ')).toBe(4);
  });

  it.each(['', 'IIII', 'VX', 'А', '1', 'IIV'])('does not read "%s"', (text) => {
    expect(parseRomanNumeral(text)).toBeNull();
  });

  it('reads back every number written in roman numerals, in either alphabet', () => {
    const roman = (n: number): string => {
      const table: [number, string][] = [
        [10, 'X'],
        [9, 'IX'],
        [5, 'V'],
        [4, 'IV'],
        [1, 'I'],
      ];
      let rest = n;
      let out = '';
      for (const [v, s] of table) {
        while (rest >= v) {
          out += s;
          rest -= v;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 39 }), fc.boolean(), (n, cyrillic) => {
        const text = cyrillic ? roman(n).replace(/I/g, 'І').replace(/X/g, 'Х') : roman(n);
        expect(parseRomanNumeral(text)).toBe(n);
      }),
    );
  });
});
