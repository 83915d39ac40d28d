import { describe, expect, it } from 'vitest';
import { dateInKazakhstan, endOfDayInKazakhstan } from './kz-time.ts';

describe('Kazakhstan time', () => {
  it('ends 10 January at 19:00 UTC, midnight at UTC+5', () => {
    expect(new Date(endOfDayInKazakhstan('2021-01-10')).toISOString()).toBe('2021-01-10T19:00:00.000Z');
  });

  it('puts 20:00 UTC on 10 January into 11 January in Kazakhstan', () => {
    expect(dateInKazakhstan('2021-01-10T18:59:59Z')).toBe('2021-01-10');
    expect(dateInKazakhstan('2021-01-10T20:00:00Z')).toBe('2021-01-11');
    expect(dateInKazakhstan(new Date('2021-01-11T01:00:00+05:00'))).toBe('2021-01-11');
  });

  it('refuses text that is not an instant', () => {
    expect(() => dateInKazakhstan('soon')).toThrow(RangeError);
  });
});
