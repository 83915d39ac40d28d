import { foldMixedScript } from './homoglyphs.ts';
import { toPassportLatin } from './transliterate.ts';

/*
 * The comparison key of a name: one canonical, lossy, lower-case ASCII spelling shared by the
 * Kazakh Cyrillic, Russian Cyrillic and Latin (2021, 2018, passport, informal) forms of the same
 * name, so that "Әлихан", "Алихан", "Alikhan", "Älihan" and "Alihan" all key to "alihan".
 *
 * Pipeline, per token:
 *   1. NFKC; a token mixing Cyrillic and Latin is folded to its dominant script (homoglyphs.ts);
 *   2. lower case; Cyrillic: ё→е and the Kazakh letters to their Russian look-alikes
 *      (ә→а ғ→г қ→к ң→н ө→о ұ→у ү→у һ→х і→и), then the passport (ICAO) romanisation;
 *   3. Latin letters of the other romanisations are spelled out (ş→sh, ç→ch, ı→i, ž→zh …),
 *      remaining diacritics are stripped in both scripts (NFD, combining marks removed);
 *   4. the canonical rewrite rules below run to a fixed point, which makes the key idempotent.
 * Tokens are then joined without separators ("Абу-Бакир" = "Абу Бакир" = "Абубакир"), and
 * apostrophes and hyphens vanish.
 *
 * The key is deliberately lossy where romanisations disagree: х/kh/h → h, ж/zh/j/dzh → j,
 * ы/и/й/і/y → i (and runs of i collapse), iotated e after a vowel or at the start (Yerlan,
 * Serikbayev) → e, "yo"/"io" after a consonant (Pyotr, Alyona) → e. Known collisions: Ш and С+Х
 * both give "sh" (Ашат/Асхат), Щ and Ш give "sh". Ё at the start of a word or after a vowel
 * keys as "e" from Cyrillic and passport Latin but as "io" from 2021 Latin (İo).
 */

/** Cyrillic letters folded before romanising: Kazakh to Russian look-alikes, plus neighbours. */
const CYRILLIC_FOLD: Readonly<Record<string, string>> = {
  ё: 'е',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  // Letters of other Cyrillic alphabets met in Kazakhstani registers (Ukrainian, Uzbek, Tatar…).
  ї: 'и',
  є: 'е',
  ґ: 'г',
  ў: 'у',
  җ: 'ж',
  ҳ: 'х',
  ҡ: 'к',
  ҙ: 'з',
  ҫ: 'с',
  ј: 'й',
  ђ: 'дж',
  џ: 'дж',
  ћ: 'ч',
  ѕ: 'дз',
};

/** Latin letters whose diacritic carries a sound that NFD stripping would lose. */
const LATIN_SPELLED: Readonly<Record<string, string>> = {
  ş: 'sh',
  ș: 'sh',
  š: 'sh',
  ŝ: 'sh',
  ç: 'ch',
  č: 'ch',
  ž: 'zh',
  ı: 'i',
  ə: 'a',
  ŋ: 'n',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  // 2018 Kazakh Latin wrote У as Ý ("Baýyrjan", "Sáýle").
  ý: 'u',
};

const APOSTROPHES_AND_HYPHENS = /['’‘ʼʻ`´ʹʺ′″\-‐‑‒–—―]/gu;

/**
 * Canonical rewrites on lower-case Latin, in order, repeated until nothing changes. Each rule
 * merges spellings that the romanisations in use produce for one Cyrillic letter.
 */
const CANONICAL_RULES: readonly (readonly [RegExp, string])[] = [
  [/shch|sch/g, 'sh'], // Щ: passport SHCH, 2021 Şş, informal SCH
  [/k+h/g, 'h'], // Х: passport KH, 2021 H (and К+Х, which 2021 writes kh)
  [/gh/g, 'g'], // Ғ: BGN/PCGN gh
  [/zh/g, 'j'], // Ж: passport ZH, 2021 J
  [/dj/g, 'j'], // ДЖ: Джамбул / Jambul
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/q/g, 'k'], // Қ: 2021 Q
  [/w/g, 'v'],
  [/c(?!h)(?=[eiy])/g, 'ts'], // Latin c before a front vowel sounds ts
  [/c(?!h)/g, 'k'],
  [/(?:sh)+/g, 'sh'], // Щ in 2021 is Şş
  [/y/g, 'i'], // Ы (Y), Й (I/Y), iotation (YA/IA, YU/IU)
  [/i{2,}/g, 'i'], // Данияр: Daniiar / Daniyar / Daniar
  [/^ie/, 'e'], // Ерлан: Yerlan
  [/([aeiou])ie/g, '$1e'], // Серикбаев: Serikbayev
  [/([^aeiou])io/g, '$1e'], // Пётр: Pyotr, Алёна: Alyona
];

const MAX_REWRITE_PASSES = 16;

const canonicalise = (latin: string): string => {
  let current = latin;
  for (let pass = 0; pass < MAX_REWRITE_PASSES; pass++) {
    let next = current;
    for (const [pattern, replacement] of CANONICAL_RULES) next = next.replace(pattern, replacement);
    if (next === current) return current;
    current = next;
  }
  return current;
};

const mapChars = (text: string, table: Readonly<Record<string, string>>): string =>
  Array.from(text)
    .map((ch) => table[ch] ?? ch)
    .join('');

const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

const tokenKey = (token: string): string => {
  const lower = foldMixedScript(token).replace(/İ/g, 'i').toLowerCase();
  // Spelled out before the marks go (ş is not s), and again after (ǽ decomposes to æ).
  const unmarked = stripMarks(mapChars(lower, LATIN_SPELLED));
  const latin = toPassportLatin(mapChars(unmarked, CYRILLIC_FOLD));
  // Cyrillic letters outside the tables are dropped: a key must stay free of Cyrillic, or a
  // second pass would see a mixed-script token and fold it differently.
  return canonicalise(mapChars(latin, LATIN_SPELLED).replace(/[^\p{L}]|\p{Script=Cyrillic}/gu, ''));
};

/** Splits a name into letter runs; apostrophes and hyphens join, anything else separates. */
export const nameTokens = (text: string): string[] =>
  text
    .normalize('NFKC')
    .replace(APOSTROPHES_AND_HYPHENS, '')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((token) => token.length > 0);

/** The script-, case- and spelling-insensitive comparison key of a name (see the top of the file). */
export const nameKey = (text: string): string =>
  // NFC last: letters of other scripts may compose across the joined tokens (Hangul jamo).
  canonicalise(nameTokens(text).map(tokenKey).join('')).normalize('NFC');

/** Surname endings, on keys, longest first: Russian -ов/-ев/-ин (and feminine), adjectival, Kazakh -ұлы/-қызы. */
const SURNAME_ENDINGS: readonly string[] = [
  'tskaia',
  'skaia',
  'tski',
  'ski',
  'kizi',
  'gizi',
  'uli',
  'ogli',
  'ova',
  'eva',
  'ina',
  'aia',
  'ov',
  'ev',
  'in',
];

/** Patronymic endings, on keys, longest first: Russian -ович/-евич/-овна/-евна/-ична, Kazakh -ұлы/-қызы. */
const PATRONYMIC_ENDINGS: readonly string[] = [
  'ovich',
  'evich',
  'ovna',
  'evna',
  'ichna',
  'kizi',
  'gizi',
  'ogli',
  'uli',
  'ich',
];

const MIN_STEM_LENGTH = 3;

const stripEnding = (key: string, endings: readonly string[]): string => {
  let stem = key;
  for (const ending of endings) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_STEM_LENGTH) {
      stem = key.slice(0, -ending.length);
      break;
    }
  }
  // Серікбай ~ Серикбаев, Сергей ~ Сергеевич, Василий ~ Васильевич: the final й/ий goes too.
  if (stem.endsWith('i') && stem.length - 1 >= MIN_STEM_LENGTH) stem = stem.slice(0, -1);
  return stem;
};

/** The surname key without its Russian or Kazakh ending: Серікбаев, Серікбай, Серикбаева → "serikba". */
export const surnameStem = (surname: string): string => stripEnding(nameKey(surname), SURNAME_ENDINGS);

/** The father's-name stem of a patronymic: Нұрланұлы, Нурланович, Nurlanuly, Nurlanovna → "nurlan". */
export const patronymicStem = (patronymic: string): string =>
  stripEnding(nameKey(patronymic), PATRONYMIC_ENDINGS);

/** A name's exact-comparison key together with its morphological stem. */
export type KeyAndStem = { readonly key: string; readonly stem: string };

/** Key and stem of a surname: the key keeps the ending, the stem drops it. */
export const normaliseSurname = (surname: string): KeyAndStem => ({
  key: nameKey(surname),
  stem: surnameStem(surname),
});

/** Key and stem (the father's name) of a patronymic. */
export const normalisePatronymic = (patronymic: string): KeyAndStem => ({
  key: nameKey(patronymic),
  stem: patronymicStem(patronymic),
});
