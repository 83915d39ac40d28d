// Ordinal numbers of half-years and quarters: words ("екінші", "второе"), digits with a suffix
// ("2-ші", "2-е") and roman numerals in either alphabet ("II", "ІІ").

import { parseRomanNumeral } from './roman-numeral.ts';
import type { PlanLanguage } from './types.ts';

const KAZAKH_WORDS: readonly [RegExp, number][] = [
  [/^бірінші$/u, 1],
  [/^екінші$/u, 2],
  [/^үшінші$/u, 3],
  [/^төртінші$/u, 4],
];

const RUSSIAN_WORDS: readonly [RegExp, number][] = [
  [/^перв\p{L}{1,3}$/u, 1],
  [/^втор\p{L}{1,3}$/u, 2],
  [/^трет\p{L}{1,3}$/u, 3],
  [/^четв[её]рт\p{L}{1,3}$/u, 4],
];

/** The value of an ordinal written as a folded token in the language, or null. */
export const ordinalOfWord = (token: string, language: PlanLanguage): number | null => {
  const digits = /^(\d{1,2})(?:-?\p{L}{1,5})?$/u.exec(token);
  if (digits?.[1] !== undefined) return Number(digits[1]);
  const words = language === 'kk' ? KAZAKH_WORDS : RUSSIAN_WORDS;
  for (const [pattern, value] of words) if (pattern.test(token)) return value;
  return /^[ivxіх]+$/u.test(token) ? parseRomanNumeral(token) : null;
};
