import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './locale-format.ts';

describe('formatting for Kazakhstan', () => {
  it('writes dates in Kazakh with month names, in Russian and English by CLDR', () => {
    expect(formatDate('kk', '2022-06-08')).toBe('2022 ж. 8 маусым');
    expect(formatDate('ru', '2022-06-08')).toBe('8 июн. 2022 г.');
    expect(formatDate('en', '2022-06-08')).toBe('8 Jun 2022');
  });

  it('shows instants in local time: UTC+6 in 2022, UTC+5 since March 2024', () => {
    expect(formatDateTime('kk', '2022-06-08T10:05:00Z')).toBe('2022 ж. 8 маусым, 16:05');
    expect(formatDateTime('ru', '2026-03-02T19:30:00Z')).toBe('3 мар. 2026 г., 00:30');
  });

  it('groups thousands with a space and uses a decimal comma in kk and ru', () => {
    expect(formatNumber('kk', 1234567.891, 1)).toBe('1\u00a0234\u00a0567,9');
    expect(formatNumber('ru', 80)).toBe('80');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });

  it('property: every day of every month has a Kazakh month name and no ICU placeholder', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const text = formatDate('kk', date.toISOString().slice(0, 10));
          expect(text).toMatch(/^\d{4} ж\. \d{1,2} [а-яәғқңөұүһі]+$/);
        },
      ),
    );
  });
});
