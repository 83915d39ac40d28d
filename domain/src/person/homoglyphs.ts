import { isCyrillicLetter, isLatinLetter } from './kazakh-alphabet.ts';

/*
 * Latin letters typed inside Cyrillic words (and the reverse) are a very common data-entry error:
 * the two keyboard layouts share look-alike keys, and OCR and copy-paste mix them too. A token
 * that mixes the two scripts is folded to its dominant script by visual resemblance, so that
 * "Сepiкбаев" (Latin e, p, i) reads as "Серікбаев" before any phonetic rule sees it. Tokens in a
 * single script are never touched: "Axmetov" may be a Latin spelling, not a disguised "Ахметов".
 */

/** Latin letter → the Cyrillic letter it is mistaken for (Kazakh letters included: i→і, h→һ). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  h: 'һ',
  I: 'І',
  i: 'і',
  K: 'К',
  k: 'к',
  M: 'М',
  m: 'м',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  t: 'т',
  X: 'Х',
  x: 'х',
  Y: 'У',
  y: 'у',
  // The Latin schwa is often typed for Ә, and barred o for Ө.
  Ə: 'Ә',
  ə: 'ә',
  Ɵ: 'Ө',
  ɵ: 'ө',
};

/** Cyrillic letter → the Latin letter it is mistaken for. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  а: 'a',
  В: 'B',
  С: 'C',
  с: 'c',
  Е: 'E',
  е: 'e',
  Н: 'H',
  һ: 'h',
  Һ: 'H',
  І: 'I',
  і: 'i',
  К: 'K',
  к: 'k',
  М: 'M',
  О: 'O',
  о: 'o',
  Р: 'P',
  р: 'p',
  Т: 'T',
  Х: 'X',
  х: 'x',
  У: 'Y',
  у: 'y',
  ј: 'j',
  Ј: 'J',
  ѕ: 's',
  Ѕ: 'S',
};

/** Which script a token's letters belong to. */
export type TokenScript = 'cyrillic' | 'latin' | 'mixed' | 'other';

const countScripts = (chars: readonly string[]): { cyrillic: number; latin: number } => {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of chars) {
    if (isCyrillicLetter(ch)) cyrillic++;
    else if (isLatinLetter(ch)) latin++;
  }
  return { cyrillic, latin };
};

/** Classifies a token by the scripts of its letters. */
export const tokenScript = (token: string): TokenScript => {
  const { cyrillic, latin } = countScripts(Array.from(token));
  if (cyrillic > 0 && latin > 0) return 'mixed';
  if (cyrillic > 0) return 'cyrillic';
  if (latin > 0) return 'latin';
  return 'other';
};

/**
 * Folds a mixed-script token to its dominant script (Cyrillic on a tie, the more common script
 * in Kazakhstani registers) by replacing look-alike letters; letters without a look-alike stay.
 */
export const foldMixedScript = (token: string): string => {
  const chars = Array.from(token);
  const { cyrillic, latin } = countScripts(chars);
  if (cyrillic === 0 || latin === 0) return token;
  const toCyrillic = cyrillic >= latin;
  return chars
    .map((ch) => {
      if (toCyrillic) return isLatinLetter(ch) ? (LATIN_TO_CYRILLIC[ch] ?? ch) : ch;
      return isCyrillicLetter(ch) ? (CYRILLIC_TO_LATIN[ch] ?? ch) : ch;
    })
    .join('');
};
