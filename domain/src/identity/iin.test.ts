import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iinCheckDigit, iinEncodedFacts, isValidBin, validateIin } from './iin.ts';

const elevenDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 });

describe('IIN validation', () => {
  it('accepts the reference example 061211600012 with check digit 2', () => {
    const result = validateIin('061211600012');
    expect(result).toMatchObject({
      valid: true,
      facts: { birthDate: '2006-12-11', sex: 'female' },
      warnings: [],
    });
  });

  it('rejects a wrong check digit as an error', () => {
    expect(validateIin('061211600013')).toEqual({ valid: false, error: 'IIN_CHECK_DIGIT' });
  });

  it('rejects anything that is not twelve digits', () => {
    for (const bad of ['', '06121160001', '0612116000123', '06121160001a', 'abcdefghijkl']) {
      expect(validateIin(bad)).toEqual({ valid: false, error: 'IIN_FORMAT' });
    }
  });

  it('tolerates spaces and dashes people type', () => {
    expect(validateIin('061211 600012').valid).toBe(true);
    expect(validateIin('061211-600012').valid).toBe(true);
  });

  it('only warns when the birth date or sex disagree with the encoded ones', () => {
    const result = validateIin('061211600012', { birthDate: '2006-12-12', sex: 'male' });
    expect(result).toMatchObject({ valid: true, warnings: ['IIN_DATE_MISMATCH', 'IIN_SEX_MISMATCH'] });
  });

  it('only warns when digits 1–7 do not form a date at all', () => {
    const first11 = '06991160001';
    const check = iinCheckDigit(first11);
    if (check === null) throw new Error('fixture must be issuable');
    expect(validateIin(`${first11}${check}`)).toMatchObject({
      valid: true,
      warnings: ['IIN_DATE_NOT_ENCODED'],
    });
  });

  it('uses the second weights when the first sum gives 10', () => {
    // 00000000019: first weighted sum = 1*10 + 9*11 = 109 → 109 mod 11 = 10, so the second weights decide:
    // 1*1 + 9*2 = 19 → 8.
    expect(iinCheckDigit('00000000019')).toBe(8);
  });

  it('reads century and sex from the seventh digit', () => {
    expect(iinEncodedFacts('990101300000')).toEqual({ birthDate: '1999-01-01', sex: 'male' });
    expect(iinEncodedFacts('990101400000')).toEqual({ birthDate: '1999-01-01', sex: 'female' });
    expect(iinEncodedFacts('100229500000')).toEqual({ birthDate: null, sex: 'male' });
    expect(iinEncodedFacts('000229600000')).toEqual({ birthDate: '2000-02-29', sex: 'female' });
  });

  it('property: every number built with its computed check digit is valid', () => {
    fc.assert(
      fc.property(elevenDigits, (first11) => {
        const check = iinCheckDigit(first11);
        fc.pre(check !== null);
        expect(validateIin(`${first11}${check}`).valid).toBe(true);
      }),
    );
  });

  it('property: any other last digit than the computed check digit is refused', () => {
    fc.assert(
      fc.property(elevenDigits, fc.integer({ min: 1, max: 9 }), (first11, delta) => {
        const check = iinCheckDigit(first11);
        fc.pre(check !== null);
        expect(validateIin(`${first11}${(check + delta) % 10}`)).toEqual({
          valid: false,
          error: 'IIN_CHECK_DIGIT',
        });
      }),
    );
  });

  it('property: a typo in one of the first ten digits is caught while the first weights decide', () => {
    // Weights 1..10 are non-zero modulo the prime 11, so one changed digit always changes the first sum.
    fc.assert(
      fc.property(
        elevenDigits,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first11, pos, delta) => {
          const check = iinCheckDigit(first11);
          const digits = [...first11].map(Number);
          digits[pos] = ((digits[pos] ?? 0) + delta) % 10;
          const changed = digits.join('');
          const firstSum = (s: string) => [...s].reduce((acc, d, i) => acc + Number(d) * (i + 1), 0) % 11;
          fc.pre(check !== null && firstSum(first11) !== 10 && firstSum(changed) !== 10);
          expect(validateIin(`${changed}${check}`).valid).toBe(false);
        },
      ),
    );
  });

  it('property: a valid number stays valid whatever birth date or sex is claimed', () => {
    fc.assert(
      fc.property(
        elevenDigits,
        fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.constantFrom('male' as const, 'female' as const),
        (first11, date, sex) => {
          const check = iinCheckDigit(first11);
          fc.pre(check !== null);
          const result = validateIin(`${first11}${check}`, {
            birthDate: date.toISOString().slice(0, 10),
            sex,
          });
          expect(result.valid).toBe(true);
        },
      ),
    );
  });
});

describe('BIN validation', () => {
  it('accepts a well-formed BIN and rejects a bad check digit', () => {
    const first11 = '05064000123';
    const check = iinCheckDigit(first11);
    if (check === null) throw new Error('fixture must be issuable');
    expect(isValidBin(`${first11}${check}`)).toBe(true);
    expect(isValidBin(`${first11}${(check + 1) % 10}`)).toBe(false);
  });

  it('rejects a BIN whose fifth digit is not a legal-entity kind', () => {
    const first11 = '05061000123';
    const check = iinCheckDigit(first11);
    if (check === null) throw new Error('fixture must be issuable');
    expect(isValidBin(`${first11}${check}`)).toBe(false);
  });
});
