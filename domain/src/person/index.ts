export {
  type BirthDateCloseness,
  type BirthDateClosenessOptions,
  type BirthDateInput,
  birthDateCloseness,
  type EstimatedAge,
  parseIsoDate,
  possibleBirthYears,
} from './birth-date-closeness.ts';
export {
  type DuplicateCandidate,
  type DuplicateSearchOptions,
  type ExistingPerson,
  findDuplicateCandidates,
  normaliseIin,
  type PersonInput,
  type SearchKeys,
  type Sex,
  searchKeys,
} from './duplicate-candidates.ts';
export { foldMixedScript, type TokenScript, tokenScript } from './homoglyphs.ts';
export { KAZAKH_CYRILLIC_ALPHABET, KAZAKH_SPECIFIC_LETTERS } from './kazakh-alphabet.ts';
export {
  type KeyAndStem,
  nameKey,
  nameTokens,
  normalisePatronymic,
  normaliseSurname,
  patronymicStem,
  surnameStem,
} from './normalise-name.ts';
export { phoneticCode, phoneticCodeOfKey } from './phonetic.ts';
export {
  CLOSE_JARO_WINKLER,
  compareNamePart,
  comparePartKeys,
  damerauLevenshtein,
  isTypingSlip,
  type JaroWinklerOptions,
  jaro,
  jaroWinkler,
  matchNormalisedNames,
  type NameMatch,
  type NameMatchLevel,
  type NamePart,
  type NormalisedName,
  nameMatchScore,
  normalisePersonName,
  type PartComparison,
  type PartKeys,
  type PersonName,
  partKeys,
} from './similarity.ts';
export {
  type Cyrillic2021Options,
  type Latin2021Options,
  latin2021ToCyrillic,
  type PassportOptions,
  russianToPassportLatin,
  toLatin2021,
  toPassportLatin,
} from './transliterate.ts';
