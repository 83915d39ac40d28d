// Section numbers are roman numerals typed with whatever keyboard was at hand: Latin I V X, the
// Kazakh/Ukrainian Cyrillic І and Cyrillic Х, or the Unicode roman numeral characters.

const LOOKALIKES: Readonly<Record<string, string>> = {
  І: 'I',
  і: 'I',
  Х: 'X',
  х: 'X',
  Ӏ: 'I',
  '\u04cf': 'I',
};
const UNICODE_NUMERALS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

const toRoman = (n: number): string => {
  const table: readonly [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
};

/** The value of a roman numeral written in any of those alphabets (1–399), or null when it is not one. */
export const parseRomanNumeral = (text: string): number | null => {
  const trimmed = text.trim();
  const unicode = UNICODE_NUMERALS.indexOf(trimmed);
  if (trimmed.length === 1 && unicode >= 0) return unicode + 1;
  const latin = [...trimmed].map((ch) => LOOKALIKES[ch] ?? ch.toUpperCase()).join('');
  if (!/^[IVXLC]+$/.test(latin)) return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const value = VALUES[latin[i] ?? ''] ?? 0;
    const next = VALUES[latin[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only the canonical spelling counts, so "IIII" or "VX" are not taken for numbers.
  return total > 0 && toRoman(total) === latin ? total : null;
};
