// The portal's export mixes NBSPs, zero-width characters, several dashes and Latin letters that look
// like Cyrillic ones ("Жетiм", "Премьер-Министрi"). Output keeps what the document said; these
// helpers only prepare text for layout decisions and for matching.

const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters and soft hyphens (a cell keeps a line-final soft hyphen itself, see table-cells).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Spaces out NBSPs and TABs, drops invisible characters, collapses runs of spaces and trims. */
export const cleanLine = (raw: string): string =>
  raw.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();

// Latin letters that are drawn like Cyrillic ones, by case, so "IIМ" or "Жетiм" match their Cyrillic spelling.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

const CYRILLIC = /[\u0400-\u04ff]/;

/** Rewrites Latin look-alike letters as Cyrillic inside words that already contain Cyrillic letters. */
export const cyrillicLookalikes = (text: string): string =>
  text.replace(/[\p{L}]+/gu, (word) =>
    CYRILLIC.test(word) ? word.replace(/[A-Za-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word,
  );

/** Rewrites every Latin look-alike letter as Cyrillic, for comparing codes that may be typed either way. */
export const allCyrillicLookalikes = (text: string): string =>
  text.replace(/[A-Za-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);

/** Rewrites every kind of dash and minus as "-". */
export const plainDashes = (text: string): string => text.replace(DASHES, '-');

/** The form of a text used for matching words: clean, Cyrillic look-alikes, plain dashes, lower case, е for ё. */
export const foldForMatch = (text: string): string =>
  plainDashes(cyrillicLookalikes(cleanLine(text)))
    .toLowerCase()
    .replace(/ё/g, 'е');

/** A regular expression that matches `body` only as whole words; `\b` does not know Cyrillic letters. */
export const wordPattern = (body: string, flags = 'iu'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
