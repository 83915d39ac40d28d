import { nameKey, patronymicStem, surnameStem } from './normalise-name.ts';
import { phoneticCodeOfKey } from './phonetic.ts';

/*
 * String similarity on comparison keys and a per-person name comparison with Splink-like levels:
 *   exact     the comparison keys are equal (spelling- and script-insensitive, normalise-name.ts);
 *   phonetic  the phonetic codes are equal (phonetic.ts), or, for surnames and patronymics,
 *             the stems are equal or sound alike (Серікбай ~ Серикбаев, Нұрланұлы ~ Нурланович);
 *   close     one typing slip apart (below), or Jaro-Winkler ≥ 0.96 on the keys;
 *   different anything else.
 *
 * "One typing slip" is deliberately narrower than a Jaro-Winkler threshold: short Kazakh names
 * that differ in one consonant are usually different names, often twins' names (Айжан/Айман,
 * Данияр/Даниял, Алия/Алина score 0.89–0.95). A slip is one of: two adjacent letters swapped; a
 * letter doubled or undoubled; a vowel added, dropped or changed after the first vowel
 * (Тұрсын/Турсун, Бауыржан/Бауржан; Марат/Мурат differ in the first vowel and stay different);
 * an i added or dropped next to a vowel (iotation: Ляззат/Ләззат).
 * 0.96 is above the top Jaro-Winkler level of Splink's NameComparison (0.92, 0.88, 0.7) for the
 * same reason; the later Fellegi-Sunter module can still use those levels on `jaroWinkler` of
 * the keys. Jaro-Winkler follows Winkler (1990): prefix scale 0.1, prefix of at most 4, boost
 * only above a Jaro of 0.7 (as Lucene and R's comparator do).
 */

/** Jaro similarity of two strings, by code point; 1 for two empty strings. */
export const jaro = (a: string, b: string): number => {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0 && t.length === 0) return 1;
  if (s.length === 0 || t.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1);
  const sMatched = new Array<boolean>(s.length).fill(false);
  const tMatched = new Array<boolean>(t.length).fill(false);
  let matches = 0;
  for (let i = 0; i < s.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(t.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (tMatched[j] || s[i] !== t[j]) continue;
      sMatched[i] = true;
      tMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    if (!sMatched[i]) continue;
    while (!tMatched[j]) j++;
    if (s[i] !== t[j]) halfTranspositions++;
    j++;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / s.length + matches / t.length + (matches - transpositions) / matches) / 3;
};

/** Options of Jaro-Winkler: Winkler's prefix scale (0.1), prefix cap (4) and boost threshold (0.7). */
export type JaroWinklerOptions = {
  readonly prefixScale?: number;
  readonly maxPrefix?: number;
  readonly boostThreshold?: number;
};

/** Jaro-Winkler similarity in [0, 1]: Jaro boosted by the common prefix (Winkler 1990). */
export const jaroWinkler = (a: string, b: string, options: JaroWinklerOptions = {}): number => {
  const { prefixScale = 0.1, maxPrefix = 4, boostThreshold = 0.7 } = options;
  const sim = jaro(a, b);
  if (sim <= boostThreshold) return sim;
  const s = Array.from(a);
  const t = Array.from(b);
  let prefix = 0;
  while (prefix < Math.min(maxPrefix, s.length, t.length) && s[prefix] === t[prefix]) prefix++;
  return Math.min(1, sim + prefix * prefixScale * (1 - sim));
};

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form (insertions, deletions,
 * substitutions and adjacent transpositions, no substring edited twice), by code point.
 */
export const damerauLevenshtein = (a: string, b: string): number => {
  const s = Array.from(a);
  const t = Array.from(b);
  const width = t.length + 1;
  const d = new Array<number>((s.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= s.length; i++) d[i * width] = i;
  for (let j = 0; j <= t.length; j++) d[j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return at(s.length, t.length);
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);
const hasVowel = (chars: readonly string[]): boolean => chars.some(isVowel);

/** Whether a longer key is the shorter one plus one typo-like inserted letter. */
const isSlipInsertion = (longer: readonly string[], shorter: readonly string[]): boolean => {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  if (longer.slice(i + 1).join('') !== shorter.slice(i).join('')) return false;
  const inserted = longer[i];
  if (inserted === longer[i - 1] || inserted === longer[i + 1]) return true; // doubling
  if (inserted === 'i' && (isVowel(longer[i - 1]) || isVowel(longer[i + 1]))) return true; // iotation
  return isVowel(inserted) && hasVowel(shorter.slice(0, i));
};

/** Whether two comparison keys are one typing slip apart (see the top of the file). */
export const isTypingSlip = (a: string, b: string): boolean => {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === t.length) {
    const diff: number[] = [];
    for (let i = 0; i < s.length; i++) if (s[i] !== t[i]) diff.push(i);
    const [first, second] = diff;
    if (diff.length === 2 && first !== undefined && second === first + 1) {
      return s[first] === t[second] && s[second] === t[first];
    }
    if (diff.length !== 1 || first === undefined) return false;
    return isVowel(s[first]) && isVowel(t[first]) && hasVowel(s.slice(0, first));
  }
  if (Math.abs(s.length - t.length) !== 1) return false;
  return s.length > t.length ? isSlipInsertion(s, t) : isSlipInsertion(t, s);
};

/** How alike two names (or name parts) are, best first. */
export type NameMatchLevel = 'exact' | 'phonetic' | 'close' | 'different';

const LEVEL_RANK: Readonly<Record<NameMatchLevel, number>> = {
  exact: 3,
  phonetic: 2,
  close: 1,
  different: 0,
};

/** Which part of a name is compared: stems apply to surnames and patronymics only. */
export type NamePart = 'surname' | 'name' | 'patronymic';

/** The precomputed keys of one name part, so that a list of persons is normalised only once. */
export type PartKeys = {
  readonly key: string;
  readonly code: string;
  readonly stem: string;
  readonly stemCode: string;
};

/** Computes the keys of one name part; `stem` equals `key` for given names. */
export const partKeys = (part: NamePart, text: string): PartKeys => {
  const key = nameKey(text);
  const stem = part === 'surname' ? surnameStem(text) : part === 'patronymic' ? patronymicStem(text) : key;
  return { key, code: phoneticCodeOfKey(key), stem, stemCode: phoneticCodeOfKey(stem) };
};

/** The comparison of one name part. */
export type PartComparison = {
  readonly level: NameMatchLevel;
  readonly score: number;
  readonly reason: string;
};

/** Jaro-Winkler at or above which two keys are 'close' even without a single typing slip. */
export const CLOSE_JARO_WINKLER = 0.96;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Compares one part of two names from precomputed keys; reasons read like "surname:stem". */
export const comparePartKeys = (part: NamePart, a: PartKeys, b: PartKeys): PartComparison => {
  if (a.key === '' || b.key === '') return { level: 'different', score: 0, reason: `${part}:empty` };
  if (a.key === b.key) return { level: 'exact', score: 1, reason: `${part}:exact` };
  if (a.code === b.code) return { level: 'phonetic', score: 0.92, reason: `${part}:phonetic` };
  if (part !== 'name' && (a.stem === b.stem || a.stemCode === b.stemCode)) {
    return { level: 'phonetic', score: 0.88, reason: `${part}:stem` };
  }
  const jw = jaroWinkler(a.key, b.key);
  if (isTypingSlip(a.key, b.key) || jw >= CLOSE_JARO_WINKLER) {
    // Keeps every 'close' score between 'different' (< 0.6) and 'phonetic' (0.88).
    return { level: 'close', score: round(0.7 + 0.15 * jw), reason: `${part}:close(${jw.toFixed(2)})` };
  }
  return { level: 'different', score: round(0.6 * jw), reason: `${part}:different(${jw.toFixed(2)})` };
};

/** Compares one part of two names given as text (see comparePartKeys). */
export const compareNamePart = (part: NamePart, a: string, b: string): PartComparison =>
  comparePartKeys(part, partKeys(part, a), partKeys(part, b));

/** A person's name as registered: surname, given name and (Russian-style or Kazakh) patronymic. */
export type PersonName = {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
};

/**
 * A person's name with every part normalised. Surname and name are also keyed as each other
 * (`surnameAsName`, `nameAsSurname`) because the two fields are often swapped and only surnames
 * have stems.
 */
export type NormalisedName = {
  readonly surname: PartKeys;
  readonly name: PartKeys;
  readonly surnameAsName: PartKeys;
  readonly nameAsSurname: PartKeys;
  readonly patronymic: PartKeys | undefined;
};

/** Normalises all parts of a name once, for repeated comparisons. */
export const normalisePersonName = (person: PersonName): NormalisedName => ({
  surname: partKeys('surname', person.surname),
  name: partKeys('name', person.name),
  surnameAsName: partKeys('name', person.surname),
  nameAsSurname: partKeys('surname', person.name),
  patronymic: person.patronymic === undefined ? undefined : partKeys('patronymic', person.patronymic),
});

/** The overall comparison of two persons' names. */
export type NameMatch = {
  /** 0..1, higher is more alike; 1 only for an exact match in the same order with both patronymics. */
  readonly score: number;
  readonly level: NameMatchLevel;
  readonly reasons: string[];
};

const WEIGHTS: Readonly<Record<NamePart, number>> = { surname: 0.4, name: 0.4, patronymic: 0.2 };

/** Penalty when the surname and name fields are swapped; it breaks ties in favour of the same order. */
const SWAP_FACTOR = 0.97;

/** Penalty when only one side has a patronymic: the match is a little less certain. */
const MISSING_PATRONYMIC_FACTOR = 0.98;

/** Penalty when a surname or given name is missing (foundlings, partial records). */
const MISSING_PART_FACTOR = 0.9;

const LEVELS: readonly NameMatchLevel[] = ['different', 'close', 'phonetic', 'exact'];

const combine = (
  parts: readonly (readonly [NamePart, PartComparison])[],
  extra: string[],
  factor: number,
) => {
  let weight = 0;
  let sum = 0;
  let rank = LEVEL_RANK.exact;
  for (const [part, comparison] of parts) {
    weight += WEIGHTS[part];
    sum += WEIGHTS[part] * comparison.score;
    rank = Math.min(rank, LEVEL_RANK[comparison.level]);
  }
  const level = LEVELS[rank] ?? 'different';
  return {
    score: round((sum / weight) * factor),
    level,
    reasons: [...parts.map(([, c]) => c.reason), ...extra],
  };
};

const matchInOrder = (a: NormalisedName, b: NormalisedName, swapped: boolean): NameMatch => {
  const bSurname = swapped ? b.nameAsSurname : b.surname;
  const bName = swapped ? b.surnameAsName : b.name;
  const parts: [NamePart, PartComparison][] = [];
  const extra: string[] = swapped ? ['order:swapped'] : [];
  let factor = swapped ? SWAP_FACTOR : 1;
  if (a.surname.key !== '' && bSurname.key !== '') {
    parts.push(['surname', comparePartKeys('surname', a.surname, bSurname)]);
  } else {
    extra.push('surname:missing');
    factor *= MISSING_PART_FACTOR;
  }
  if (a.name.key !== '' && bName.key !== '') parts.push(['name', comparePartKeys('name', a.name, bName)]);
  else {
    extra.push('name:missing');
    factor *= MISSING_PART_FACTOR;
  }
  const pa = a.patronymic?.key ?? '';
  const pb = b.patronymic?.key ?? '';
  if (a.patronymic !== undefined && b.patronymic !== undefined && pa !== '' && pb !== '') {
    parts.push(['patronymic', comparePartKeys('patronymic', a.patronymic, b.patronymic)]);
  } else if (pa !== '' || pb !== '') {
    extra.push('patronymic:missing');
    factor *= MISSING_PATRONYMIC_FACTOR;
  }
  if (parts.length === 0) return { score: 0, level: 'different', reasons: extra };
  return combine(parts, extra, factor);
};

/** Compares two normalised names (see nameMatchScore); use it when one side is compared many times. */
export const matchNormalisedNames = (a: NormalisedName, b: NormalisedName): NameMatch => {
  const straight = matchInOrder(a, b, false);
  const swapped = matchInOrder(a, b, true);
  const better =
    LEVEL_RANK[swapped.level] > LEVEL_RANK[straight.level] ||
    (swapped.level === straight.level && swapped.score > straight.score);
  return better ? swapped : straight;
};

/**
 * Compares two persons' names part by part, tolerant to swapped surname and name and to a
 * patronymic missing on one side. The level is the weakest level of the compared parts.
 */
export const nameMatchScore = (a: PersonName, b: PersonName): NameMatch =>
  matchNormalisedNames(normalisePersonName(a), normalisePersonName(b));
