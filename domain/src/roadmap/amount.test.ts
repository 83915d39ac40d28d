import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDashOrEmpty, parseAmountMln } from './amount.ts';

describe('parseAmountMln', () => {
  it('reads a decimal comma', () => {
    expect(parseAmountMln('80,0')).toBe(80);
    expect(parseAmountMln('0,25')).toBe(0.25);
    expect(parseAmountMln('75,5')).toBe(75.5);
  });

  it('reads a whole number', () => {
    expect(parseAmountMln('40')).toBe(40);
  });

  it('reads thousands separated by a space or an NBSP', () => {
    expect(parseAmountMln('1 250,0')).toBe(1250);
    expect(parseAmountMln('12\u00a0345\u00a0678,9')).toBe(12345678.9);
  });

  it('reads thousands separated by dots when a decimal comma follows', () => {
    expect(parseAmountMln('1.250,5')).toBe(1250.5);
  });

  it('reads a decimal point only where it cannot be a thousands separator', () => {
    expect(parseAmountMln('12.5')).toBe(12.5);
    expect(parseAmountMln('1.250')).toBeNull();
  });

  it('ignores a trailing unit and surrounding space', () => {
    expect(parseAmountMln(' 20,0 млн теңге ')).toBe(20);
    expect(parseAmountMln('20,0 млн. тенге')).toBe(20);
  });

  it.each(['-', '', 'талап етілмейді', 'РБ көзделген қаражат шегінде', '80,0 + 20,0', '1 25,0', '-5', '12,'])(
    'gives null for "%s", which is not one amount',
    (text) => {
      expect(parseAmountMln(text)).toBeNull();
    },
  );
});

describe('isDashOrEmpty', () => {
  it.each(['-', '–', '—', '', '\u00a0', ' - '])('takes "%s" for an empty cell', (text) => {
    expect(isDashOrEmpty(text)).toBe(true);
  });

  it('does not take a number or words for an empty cell', () => {
    expect(isDashOrEmpty('0')).toBe(false);
    expect(isDashOrEmpty('РБ')).toBe(false);
  });
});

// Formats an amount the way the plans print it: decimal comma, optional groups of thousands.
const format = (
  units: number,
  thousandths: number,
  decimals: 0 | 1 | 2 | 3,
  separator: string | null,
): string => {
  const whole =
    separator === null ? String(units) : String(units).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const fraction = String(thousandths).padStart(3, '0').slice(0, decimals);
  return decimals === 0 ? whole : `${whole},${fraction}`;
};

describe('parseAmountMln, property-based', () => {
  it('reads back every amount printed with a decimal comma, grouped or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
        fc.constantFrom(null, ' ', '\u00a0'),
        (units, thousandths, decimals, separator) => {
          const text = format(units, thousandths, decimals, separator);
          const fraction =
            decimals === 0 ? 0 : Number(`0.${String(thousandths).padStart(3, '0').slice(0, decimals)}`);
          expect(parseAmountMln(text)).toBeCloseTo(units + fraction, 9);
        },
      ),
    );
  });

  it('never reads a number out of text that holds a letter', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('а', 'Б', 'x', 'ж'), fc.string(), (before, letter, after) => {
        const text = `${before}${letter}${after}`;
        fc.pre(!/млн|тенге|теңге|тг/iu.test(text));
        expect(parseAmountMln(text)).toBeNull();
      }),
    );
  });

  it('gives either null or a finite, non-negative number for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '0', ',', '.', ' ', '-', '9', '\u00a0') }),
        (text) => {
          const amount = parseAmountMln(text);
          if (amount !== null) expect(Number.isFinite(amount) && amount >= 0).toBe(true);
        },
      ),
    );
  });
});
