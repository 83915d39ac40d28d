import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountInput } from './amount-input.ts';

describe('amounts as people type them', () => {
  it('reads a decimal comma, a decimal point and spaces between thousands', () => {
    expect(parseAmountInput('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseAmountInput('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseAmountInput(' 1 250,125 ')).toEqual({ ok: true, value: 1250.125 });
    expect(parseAmountInput('1\u00a0250')).toEqual({ ok: true, value: 1250 });
    expect(parseAmountInput(40)).toEqual({ ok: true, value: 40 });
  });

  it('refuses text that is not a number rather than guessing', () => {
    for (const text of ['12,5abc', 'abc', '', '12,5,1', '1.250,5', '1,250.5', '12 5', '1e3', 'NaN', '12,']) {
      expect(parseAmountInput(text), text).toEqual({ ok: false, issue: 'report.amount_not_a_number' });
    }
    expect(parseAmountInput(Number.NaN)).toEqual({ ok: false, issue: 'report.amount_not_a_number' });
    expect(parseAmountInput(Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      issue: 'report.amount_not_a_number',
    });
  });

  it('refuses negative amounts, fractions of a thousand tenge and implausibly large sums', () => {
    expect(parseAmountInput('-5')).toEqual({ ok: false, issue: 'report.amount_negative' });
    expect(parseAmountInput(-0.5)).toEqual({ ok: false, issue: 'report.amount_negative' });
    expect(parseAmountInput('0,0001')).toEqual({ ok: false, issue: 'report.amount_too_precise' });
    expect(parseAmountInput(1.2345)).toEqual({ ok: false, issue: 'report.amount_too_precise' });
    expect(parseAmountInput('12,5000')).toEqual({ ok: true, value: 12.5 });
    expect(parseAmountInput('20 000 000')).toEqual({ ok: false, issue: 'report.amount_too_large' });
  });

  it('property: an amount written with a comma reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (thousandths) => {
        const value = thousandths / 1000;
        const written = value.toFixed(3).replace('.', ',');
        expect(parseAmountInput(written)).toEqual({ ok: true, value });
        expect(parseAmountInput(value)).toEqual({ ok: true, value });
      }),
    );
  });
});
