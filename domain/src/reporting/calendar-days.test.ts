import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateParts, dayOfNextMonth, daysBetween, isIsoDate } from './calendar-days.ts';

describe('calendar days', () => {
  it('puts a due day in the month after the given date, across the turn of the year', () => {
    expect(dayOfNextMonth('2020-12-31', 10)).toBe('2021-01-10');
    expect(dayOfNextMonth('2020-06-30', 25)).toBe('2020-07-25');
  });

  it('reads a 31st in a shorter month as that month’s last day, leap years included', () => {
    expect(dayOfNextMonth('2021-01-31', 31)).toBe('2021-02-28');
    expect(dayOfNextMonth('2020-01-31', 30)).toBe('2020-02-29');
    expect(dayOfNextMonth('2020-03-31', 31)).toBe('2020-04-30');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(dateParts('2020-13-01')).toBeNull();
    expect(() => addDays('20-01-01', 1)).toThrow(RangeError);
  });

  it('property: adding days and counting them back agree', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -2000, max: 2000 }),
        (date, days) => {
          const from = date.toISOString().slice(0, 10);
          expect(daysBetween(from, addDays(from, days))).toBe(days);
        },
      ),
    );
  });
});
