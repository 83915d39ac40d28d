/**
 * The 42 letters of the Kazakh Cyrillic alphabet (1940/1957 orthography), in dictionary order.
 * The 33 Russian letters plus the nine Kazakh-specific ones; tests walk this list so that every
 * letter is covered by each transliteration.
 */
export const KAZAKH_CYRILLIC_ALPHABET: readonly string[] = [
  'А',
  'Ә',
  'Б',
  'В',
  'Г',
  'Ғ',
  'Д',
  'Е',
  'Ё',
  'Ж',
  'З',
  'И',
  'Й',
  'К',
  'Қ',
  'Л',
  'М',
  'Н',
  'Ң',
  'О',
  'Ө',
  'П',
  'Р',
  'С',
  'Т',
  'У',
  'Ұ',
  'Ү',
  'Ф',
  'Х',
  'Һ',
  'Ц',
  'Ч',
  'Ш',
  'Щ',
  'Ъ',
  'Ы',
  'І',
  'Ь',
  'Э',
  'Ю',
  'Я',
];

/** The nine letters Kazakh adds to the Russian alphabet (lower case). */
export const KAZAKH_SPECIFIC_LETTERS: ReadonlySet<string> = new Set([
  'ә',
  'ғ',
  'қ',
  'ң',
  'ө',
  'ұ',
  'ү',
  'һ',
  'і',
]);

/** Whether a single character is a letter of the Cyrillic script (any language). */
export const isCyrillicLetter = (ch: string): boolean =>
  /^[\p{Script=Cyrillic}]$/u.test(ch) && /^\p{L}$/u.test(ch);

/** Whether a single character is a letter of the Latin script (with or without diacritics). */
export const isLatinLetter = (ch: string): boolean => /^[\p{Script=Latin}]$/u.test(ch) && /^\p{L}$/u.test(ch);

/** Whether a single character is an upper-case letter; caseless characters are not. */
export const isUpperCaseLetter = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
