import {
  type BirthDateCloseness,
  type BirthDateInput,
  birthDateCloseness,
  type EstimatedAge,
  parseIsoDate,
  possibleBirthYears,
} from './birth-date-closeness.ts';
import {
  matchNormalisedNames,
  type NameMatch,
  type NormalisedName,
  normalisePersonName,
  type PersonName,
} from './similarity.ts';

/*
 * Which existing persons to show before a new record is created ("is this the same child?").
 * Pure ranking over a list the server has pre-selected with the blocking keys below.
 *
 * A candidate is shown when:
 *   - the IIN is the same (always first, whatever the names say: the IIN identifies a person);
 *   - or the names match at least 'close' (similarity.ts) and the birth dates are 'same',
 *     'transposed', 'one-digit', 'within-1-year' or 'estimated-overlap';
 *   - or the names match 'exact' or 'phonetic' and a birth date is missing on either side.
 * Score = 0.6 · name score + 0.4 · birth-date score (below), times 0.6 when both IINs are
 * present and different (a wrong IIN, e.g. a parent's, is a known entry error, so the record is
 * still shown) and times 0.7 when both sexes are given and differ.
 *
 * Blocking (what the server stores and indexes so the database can pre-select candidates):
 *   - table person_search_key(person_id, key) with a b-tree index on key, holding
 *     `searchKeys(p).blockingKeys` for every person (rewritten when a name, IIN or birth date
 *     changes); pre-selection is
 *       SELECT DISTINCT person_id FROM person_search_key WHERE key = ANY($1)
 *     with `searchKeys(newPerson).queryKeys`, then `findDuplicateCandidates` ranks the rows;
 *   - columns person.iin (unique where not null), person.surname_key, person.name_key,
 *     person.surname_code, person.name_code (b-tree each) for the search screens.
 * The key families (each a union member of the pre-selection, as Splink blocking rules are):
 *   iin:<iin>                         same IIN
 *   names:<code>|<code>               both phonetic codes, sorted: exact/phonetic matches in either order
 *   stem:<surname stem code>|<name code>  surname endings differ (Серікбай/Серикбаева)
 *   bd:<date>|<initial>               initial letter of the surname key and of the name key:
 *                                     typos in names, same or day/month-transposed birth date
 *   by:<year>|<code>                  phonetic code of the surname and of the name: a typo in the
 *                                     other part, same birth year (query keys add the neighbouring
 *                                     years, and every year an age estimate allows)
 * The bd: and by: keys do not say which field they come from, so swapped fields still meet.
 * Not pre-selected, so never shown: a 'close' (typo) name with a one-digit or within-a-year birth
 * date when no part's phonetic code agrees within the birth year.
 */

/** Sex as recorded. */
export type Sex = 'male' | 'female';

/** A person as entered at registration: a birth date, an age estimate, or neither. */
export type PersonInput = PersonName & {
  readonly iin?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly estimatedAge?: EstimatedAge | undefined;
  readonly sex?: Sex | undefined;
};

/** A registered person. */
export type ExistingPerson = PersonInput & { readonly id: string };

/** A registered person that should be shown before creating the new record, with the evidence. */
export type DuplicateCandidate<T extends ExistingPerson> = {
  readonly person: T;
  /** 0..1; 1 for the same IIN. */
  readonly score: number;
  readonly sameIin: boolean;
  readonly nameMatch: NameMatch;
  readonly birthDate: BirthDateCloseness | 'unknown';
  readonly reasons: string[];
};

/** Options of findDuplicateCandidates. */
export type DuplicateSearchOptions = {
  /** Drop candidates scoring below this (same-IIN candidates are always kept); default 0. */
  readonly minScore?: number;
  /** Return at most this many candidates. */
  readonly limit?: number;
  /** Years by which an age estimate may be wrong either way; default 1. */
  readonly toleranceYears?: number;
};

const BIRTH_DATE_SCORE: Readonly<Record<BirthDateCloseness | 'unknown', number>> = {
  same: 1,
  transposed: 0.85,
  'one-digit': 0.8,
  'estimated-overlap': 0.6,
  'within-1-year': 0.5,
  unknown: 0.4,
  different: 0,
};

const NAME_WEIGHT = 0.6;
const BIRTH_DATE_WEIGHT = 0.4;
const DIFFERENT_IIN_FACTOR = 0.6;
const DIFFERENT_SEX_FACTOR = 0.7;

/** The IIN's 12 digits, or undefined when it is absent or malformed (spaces are allowed). */
export const normaliseIin = (iin: string | undefined): string | undefined => {
  const compact = iin?.replace(/\s+/g, '') ?? '';
  return /^\d{12}$/.test(compact) ? compact : undefined;
};

const birthInput = (person: PersonInput): BirthDateInput | undefined =>
  person.birthDate ?? person.estimatedAge;

const round = (x: number): number => Math.round(x * 1000) / 1000;

type Prepared = {
  readonly input: PersonInput;
  readonly names: NormalisedName;
  readonly iin: string | undefined;
};

const prepare = (input: PersonInput): Prepared => ({
  input,
  names: normalisePersonName(input),
  iin: normaliseIin(input.iin),
});

const assess = <T extends ExistingPerson>(
  fresh: Prepared,
  existing: T,
  toleranceYears: number,
): DuplicateCandidate<T> | undefined => {
  const other = prepare(existing);
  const sameIin = fresh.iin !== undefined && fresh.iin === other.iin;
  const nameMatch = matchNormalisedNames(fresh.names, other.names);
  const a = birthInput(fresh.input);
  const b = birthInput(existing);
  const birthDate =
    a === undefined || b === undefined ? 'unknown' : birthDateCloseness(a, b, { toleranceYears });
  const reasons = [`name:${nameMatch.level}`, ...nameMatch.reasons, `birth-date:${birthDate}`];
  if (sameIin)
    return { person: existing, score: 1, sameIin, nameMatch, birthDate, reasons: ['iin:same', ...reasons] };

  const nameSimilar = nameMatch.level !== 'different';
  const nameStrong = nameMatch.level === 'exact' || nameMatch.level === 'phonetic';
  const shown =
    (nameSimilar && birthDate !== 'different' && birthDate !== 'unknown') ||
    (nameStrong && birthDate === 'unknown');
  if (!shown) return undefined;

  let score = NAME_WEIGHT * nameMatch.score + BIRTH_DATE_WEIGHT * BIRTH_DATE_SCORE[birthDate];
  if (fresh.iin !== undefined && other.iin !== undefined) {
    score *= DIFFERENT_IIN_FACTOR;
    reasons.unshift('iin:different');
  }
  if (fresh.input.sex !== undefined && existing.sex !== undefined && fresh.input.sex !== existing.sex) {
    score *= DIFFERENT_SEX_FACTOR;
    reasons.push('sex:different');
  }
  return { person: existing, score: round(score), sameIin, nameMatch, birthDate, reasons };
};

/**
 * Ranks the existing persons that should be shown before `fresh` is registered, best first; a
 * same-IIN match is always first. Ties keep a stable order by id.
 */
export const findDuplicateCandidates = <T extends ExistingPerson>(
  fresh: PersonInput,
  existing: readonly T[],
  options: DuplicateSearchOptions = {},
): DuplicateCandidate<T>[] => {
  const prepared = prepare(fresh);
  const toleranceYears = options.toleranceYears ?? 1;
  const minScore = options.minScore ?? 0;
  const candidates = existing
    .map((person) => assess(prepared, person, toleranceYears))
    .filter((c): c is DuplicateCandidate<T> => c !== undefined && (c.sameIin || c.score >= minScore))
    .sort(
      (x, y) =>
        Number(y.sameIin) - Number(x.sameIin) ||
        y.score - x.score ||
        (x.person.id < y.person.id ? -1 : x.person.id > y.person.id ? 1 : 0),
    );
  return options.limit === undefined ? candidates : candidates.slice(0, options.limit);
};

/** The normalised values and blocking keys the server stores for a person (see the top of the file). */
export type SearchKeys = {
  readonly iin: string | null;
  readonly surnameKey: string;
  readonly surnameStem: string;
  readonly surnameCode: string;
  readonly nameKey: string;
  readonly nameCode: string;
  readonly patronymicStem: string | null;
  /** Keys to store for this person. */
  readonly blockingKeys: string[];
  /** Keys to look up when this person is about to be registered (a superset of blockingKeys). */
  readonly queryKeys: string[];
};

const transposedDate = (iso: string): string | undefined => {
  const { year, month, day } = parseIsoDate(iso);
  if (day > 12 || day === month) return undefined;
  return `${String(year).padStart(4, '0')}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
};

/** The keys a server stores and queries to pre-select duplicate candidates (blocking). */
export const searchKeys = (person: PersonInput, toleranceYears = 1): SearchKeys => {
  const names = normalisePersonName(person);
  const iin = normaliseIin(person.iin) ?? null;
  const { surname, name, nameAsSurname, surnameAsName } = names;
  const stored = new Set<string>();
  const queried = new Set<string>();
  const both = (key: string) => {
    stored.add(key);
    queried.add(key);
  };
  if (iin !== null) both(`iin:${iin}`);
  if (surname.code !== '' || name.code !== '') both(`names:${[surname.code, name.code].sort().join('|')}`);
  if (surname.stemCode !== '' && name.code !== '') both(`stem:${surname.stemCode}|${name.code}`);
  if (nameAsSurname.stemCode !== '' && surnameAsName.code !== '') {
    both(`stem:${nameAsSurname.stemCode}|${surnameAsName.code}`);
  }
  const birth = birthInput(person);
  if (typeof birth === 'string') {
    for (const date of [birth, transposedDate(birth)]) {
      if (date === undefined) continue;
      for (const key of [surname.key, name.key]) if (key !== '') both(`bd:${date}|${key.slice(0, 1)}`);
    }
  }
  if (birth !== undefined) {
    const years = possibleBirthYears(birth, toleranceYears);
    const yearKeys = (year: number): string[] =>
      [surname.code, name.code].filter((code) => code !== '').map((code) => `by:${year}|${code}`);
    for (const year of years) for (const key of yearKeys(year)) both(key);
    const first = Math.min(...years);
    const last = Math.max(...years);
    for (const key of [...yearKeys(first - 1), ...yearKeys(last + 1)]) queried.add(key);
  }
  return {
    iin,
    surnameKey: surname.key,
    surnameStem: surname.stem,
    surnameCode: surname.code,
    nameKey: name.key,
    nameCode: name.code,
    patronymicStem:
      names.patronymic === undefined || names.patronymic.key === '' ? null : names.patronymic.stem,
    blockingKeys: [...stored],
    queryKeys: [...queried],
  };
};
