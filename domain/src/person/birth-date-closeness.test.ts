import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateCloseness, parseIsoDate, possibleBirthYears } from './birth-date-closeness.ts';

describe('birthDateCloseness on exact dates', () => {
  it.each([
    ['2015-03-12', '2015-03-12', 'same'],
    ['2015-03-12', '2015-12-03', 'transposed'],
    ['2015-03-12', '2015-03-13', 'one-digit'],
    ['2015-03-12', '2016-03-12', 'one-digit'],
    ['2015-03-12', '2015-08-12', 'one-digit'],
    ['2015-03-12', '2015-03-21', 'one-digit'],
    ['2015-03-12', '2015-05-20', 'within-1-year'],
    ['2015-03-12', '2016-03-11', 'within-1-year'],
    ['2015-03-12', '2014-03-12', 'one-digit'],
    ['2015-03-12', '2014-03-13', 'within-1-year'],
    ['2015-03-12', '2014-03-11', 'different'],
    ['2015-03-12', '2016-03-13', 'different'],
    ['2015-03-12', '2013-07-01', 'different'],
    ['2009-12-31', '2010-01-01', 'within-1-year'],
    ['2016-02-29', '2017-02-28', 'within-1-year'],
    ['2016-02-29', '2017-03-01', 'different'],
  ])('rates %s and %s as %s', (a, b, expected) => {
    expect(birthDateCloseness(a, b)).toBe(expected);
  });

  it('prefers "transposed" over "one-digit" when a day/month swap is also a single digit slip', () => {
    expect(birthDateCloseness('2015-01-10', '2015-10-01')).toBe('transposed');
  });

  it('is symmetric and rates a date as the same as itself', () => {
    const date = fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, date, (a, b) => birthDateCloseness(a, b) === birthDateCloseness(b, a)));
    fc.assert(fc.property(date, (a) => birthDateCloseness(a, a) === 'same'));
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => birthDateCloseness('12.03.2015', '2015-03-12')).toThrow(RangeError);
    expect(() => birthDateCloseness('2015-02-29', '2015-03-12')).toThrow(RangeError);
    expect(() => parseIsoDate('2015-13-01')).toThrow(RangeError);
    expect(parseIsoDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
  });
});

describe('birthDateCloseness with an estimated age', () => {
  const aboutSeven = { estimatedAgeYears: 7, asOf: '2025-03-01' };

  it('overlaps a birth date that fits the estimate, widened by one year either way', () => {
    // Aged 7 on 2025-03-01: born 2017-03-02 … 2018-03-01, widened to 2016-03 … 2019-03.
    expect(birthDateCloseness(aboutSeven, '2017-09-15')).toBe('estimated-overlap');
    expect(birthDateCloseness('2016-06-01', aboutSeven)).toBe('estimated-overlap');
    expect(birthDateCloseness(aboutSeven, '2018-12-31')).toBe('estimated-overlap');
  });

  it('does not overlap a birth date far from the estimate', () => {
    expect(birthDateCloseness(aboutSeven, '2012-01-01')).toBe('different');
    expect(birthDateCloseness(aboutSeven, '2021-01-01')).toBe('different');
  });

  it('takes the tolerance as an option', () => {
    expect(birthDateCloseness(aboutSeven, '2016-06-01', { toleranceYears: 0 })).toBe('different');
    expect(birthDateCloseness(aboutSeven, '2014-06-01', { toleranceYears: 3 })).toBe('estimated-overlap');
  });

  it('compares two estimates by their ranges', () => {
    expect(birthDateCloseness(aboutSeven, { estimatedAgeYears: 8, asOf: '2025-09-01' })).toBe(
      'estimated-overlap',
    );
    expect(birthDateCloseness(aboutSeven, { estimatedAgeYears: 14, asOf: '2025-03-01' })).toBe('different');
  });

  it('never places a birth after the day of the estimate', () => {
    expect(birthDateCloseness({ estimatedAgeYears: 0, asOf: '2025-03-01' }, '2025-03-02')).toBe('different');
    expect(birthDateCloseness({ estimatedAgeYears: 0, asOf: '2025-03-01' }, '2025-02-01')).toBe(
      'estimated-overlap',
    );
  });

  it('rejects a negative or non-finite age', () => {
    expect(() => birthDateCloseness({ estimatedAgeYears: -1, asOf: '2025-03-01' }, '2020-01-01')).toThrow(
      RangeError,
    );
    expect(() =>
      birthDateCloseness({ estimatedAgeYears: Number.NaN, asOf: '2025-03-01' }, '2020-01-01'),
    ).toThrow(RangeError);
  });
});

describe('possibleBirthYears', () => {
  it('is the year of an exact date', () => {
    expect(possibleBirthYears('2015-03-12')).toEqual([2015]);
  });

  it('spans the widened estimate and never passes the year of the estimate', () => {
    expect(possibleBirthYears({ estimatedAgeYears: 7, asOf: '2025-03-01' })).toEqual([
      2016, 2017, 2018, 2019,
    ]);
    expect(possibleBirthYears({ estimatedAgeYears: 0, asOf: '2025-03-01' })).toEqual([2023, 2024, 2025]);
  });
});
