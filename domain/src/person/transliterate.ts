import { isUpperCaseLetter, KAZAKH_SPECIFIC_LETTERS } from './kazakh-alphabet.ts';

/*
 * Two romanisations of Kazakh (and Russian) Cyrillic, kept as explicit tables because no npm
 * transliteration package handles Ә Ғ Қ Ң Ө Ұ Ү Һ І correctly.
 *
 * 1. The Kazakh Latin alphabet of 2021 (presented by the government on 28 January 2021, revised
 *    after public discussion in spring 2021; transition planned for 2023–2031). Its core is 31
 *    letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z. Sources checked:
 *    Wikipedia "Kazakh alphabets" (Latin script table, 2021 column, and its transliterated sample
 *    "Būryñğy ötken zamanda, bır danyşpan kısı…"), Wikipedia "Kazakh language" (the Jan 2021 set
 *    "lacks C and Ç" and adds Ä, Ñ, Q, Ū to the Turkish inventory), Anadolu Agency 2021-04 ("31
 *    letters … ö, ğ, ü, ş as in Turkish"), and the qazlatyn-db table of the approved versions.
 *    Decisions where the sources disagree or are silent (letters used only in Russian loans):
 *      Ч → Ç  (outside the 31-letter core; several 2021 implementations use Ç, others "Ch";
 *              `che: 'ch'` selects the digraph)
 *      Ц → Ts,  Щ → Şş,  Ё → İo,  Ю → İu,  Я → İa,  Э → E,  Ъ Ь → dropped.
 *    The dotted/dotless pair follows Turkish Unicode practice: І і → I ı, И и / Й й → İ i,
 *    Ы ы → Y y. Х and Һ both become H.
 *
 * 2. "Passport" romanisation: ICAO Doc 9303 part 3 Cyrillic table as applied in Kazakh passports
 *    (Kazakh letters lose their diacritics: Ә→A, Ғ→G, Қ→K, Ң→N, Ө→O, Ұ→U, Ү→U, Һ→H, І→I).
 *    One deviation from ICAO: Ъ is dropped (ICAO writes IE), as Kazakh documents do.
 *    Russian romanisation is the same table restricted to the 33 Russian letters.
 *
 * Latin → Cyrillic is offered for 2021 Latin only; it is exact for native Kazakh spelling except:
 *   - И and Й share İ/i: restored as Й after a vowel and И elsewhere (so "Raisa" → "Райса");
 *   - Х and Һ share H: restored as Х (names are mostly Х: Алихан, Ахмет);
 *   - Е and Э share E: restored as Е;
 *   - Ц (ts), Щ (şş), Ё (io), Ю (iu), Я (ia) are restored letter by letter (тс, шш, ио, иу, иа);
 *   - Ъ and Ь are lost.
 * Passport Latin → Cyrillic is not meaningful (A could be А or Ә, K could be К or Қ, …).
 */

type Table = Readonly<Record<string, string>>;

/** Lower-case Cyrillic → lower-case 2021 Latin. Upper case is derived, with the İ/I exceptions. */
const LATIN_2021: Table = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Lower-case Cyrillic → lower-case passport Latin (ICAO 9303 letters, variant-neutral part). */
const PASSPORT: Table = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** The "Y" spelling of iotated letters found in older passports and most informal records. */
const PASSPORT_Y_VARIANT: Table = { й: 'y', ю: 'yu', я: 'ya' };

/** Turkish-style casing: the dotted and dotless i keep their identity across cases. */
const upperLatin = (s: string): string => s.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^\p{L}$/u.test(ch);

/**
 * Case of a multi-letter rendering of an upper-case letter: all capitals inside an all-capitals
 * word ("ЩУКИН" → "SHCHUKIN"), capitalised otherwise ("Щукин" → "Shchukin").
 */
const isAllCapsContext = (chars: readonly string[], i: number): boolean => {
  const next = chars[i + 1];
  if (isLetter(next)) return isUpperCaseLetter(next as string);
  const prev = chars[i - 1];
  if (isLetter(prev)) return isUpperCaseLetter(prev as string);
  return false;
};

const applyCase = (
  rendered: string,
  chars: readonly string[],
  i: number,
  upper: (s: string) => string,
): string => {
  const original = chars[i] as string;
  if (!isUpperCaseLetter(original) || rendered === '') return rendered;
  if (rendered.length === 1 || isAllCapsContext(chars, i)) return upper(rendered);
  return upper(rendered.slice(0, 1)) + rendered.slice(1);
};

const romanise = (
  text: string,
  lookup: (lower: string) => string | undefined,
  upper: (s: string) => string,
) => {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const rendered = lookup(ch.toLowerCase());
    out += rendered === undefined ? ch : applyCase(rendered, chars, i, upper);
  }
  return out;
};

/** Options of the 2021 Latin romanisation. */
export type Latin2021Options = {
  /** How to write Ч, a letter outside the 31-letter core: 'ç' (default) or the digraph 'ch'. */
  readonly che?: 'ç' | 'ch';
};

/** Kazakh (or Russian) Cyrillic → Kazakh Latin alphabet of 2021; other characters pass through. */
export const toLatin2021 = (text: string, options: Latin2021Options = {}): string => {
  const che = options.che ?? 'ç';
  return romanise(text, (lower) => (lower === 'ч' ? che : LATIN_2021[lower]), upperLatin);
};

/** Options of the passport romanisation. */
export type PassportOptions = {
  /** 'icao' writes Й Ю Я as I IU IA (ICAO 9303, current passports); 'y' as Y YU YA. */
  readonly iotation?: 'icao' | 'y';
};

const passportLookup =
  (options: PassportOptions, restrictToRussian: boolean) =>
  (lower: string): string | undefined => {
    if (restrictToRussian && KAZAKH_SPECIFIC_LETTERS.has(lower)) return undefined;
    if (options.iotation === 'y') return PASSPORT_Y_VARIANT[lower] ?? PASSPORT[lower];
    return PASSPORT[lower];
  };

/** Kazakh or Russian Cyrillic → passport-style ASCII Latin (ICAO 9303), keeping the input's case. */
export const toPassportLatin = (text: string, options: PassportOptions = {}): string =>
  romanise(text, passportLookup(options, false), (s) => s.toUpperCase());

/** Russian Cyrillic → passport Latin: the passport table restricted to Russian letters. */
export const russianToPassportLatin = (text: string, options: PassportOptions = {}): string =>
  romanise(text, passportLookup(options, true), (s) => s.toUpperCase());

/** Lower-case 2021 Latin → lower-case Cyrillic for the letters that map one to one. */
const CYRILLIC_FROM_2021: Table = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  h: 'х',
  ı: 'і',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  v: 'в',
  y: 'ы',
  z: 'з',
  ç: 'ч',
};

const CYRILLIC_VOWELS = new Set(Array.from('аәеёиоөуұүыіэюя'));

/** Options of the 2021 Latin → Cyrillic conversion. */
export type Cyrillic2021Options = {
  /**
   * Also read "sh" as Ш (2018-style digraph spelling). Off by default because in strict 2021
   * spelling "sh" is С + Х, as in "Ashat" (Асхат). "ch" is always Ч: 2021 Latin has no bare C.
   */
  readonly digraphs?: boolean;
};

/**
 * Kazakh Latin (2021) → Kazakh Cyrillic. Reverses `toLatin2021` exactly for native Kazakh spelling;
 * the letters it cannot restore are listed at the top of this file.
 */
export const latin2021ToCyrillic = (text: string, options: Cyrillic2021Options = {}): string => {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  let prevCyrillic = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = (chars[i + 1] ?? '').toLowerCase();
    // "I" is the capital of dotless ı (І); "İ" the capital of i (И/Й). Plain toLowerCase loses this.
    const lower = ch === 'I' ? 'ı' : ch === 'İ' ? 'i' : ch.toLowerCase();
    const upper = isUpperCaseLetter(ch);
    let cyr: string | undefined;
    let width = 1;
    if ((lower === 'c' && next === 'h') || (options.digraphs === true && lower === 's' && next === 'h')) {
      cyr = lower === 'c' ? 'ч' : 'ш';
      width = 2;
    } else if (lower === 'i') {
      cyr = CYRILLIC_VOWELS.has(prevCyrillic) ? 'й' : 'и';
    } else {
      cyr = CYRILLIC_FROM_2021[lower];
    }
    if (cyr === undefined) {
      out += ch;
      prevCyrillic = '';
      continue;
    }
    out += upper ? cyr.toUpperCase() : cyr;
    prevCyrillic = cyr;
    i += width - 1;
  }
  return out;
};
