// Month names of both languages in every case form the acts use: Kazakh by stem plus suffix
// ("наурыздағы", "желтоқсан"), Russian by the endings of the noun ("сентября", "декабрь", "в мае").

import { KAZAKH_MONTHS } from '../kazakh-months.ts';
import type { PlanLanguage } from './types.ts';

// Case endings attach to the nominative, so the nominative names serve as stems.
const KAZAKH_STEMS = KAZAKH_MONTHS;

const RUSSIAN_FORMS = [
  /^январ[ьяею]$/,
  /^феврал[ьяею]$/,
  /^март[ае]?$/,
  /^апрел[ьяею]$/,
  /^ма[йяею]$/,
  /^июн[ьяею]$/,
  /^июл[ьяею]$/,
  /^август[ае]?$/,
  /^сентябр[ьяею]$/,
  /^октябр[ьяею]$/,
  /^ноябр[ьяею]$/,
  /^декабр[ьяею]$/,
] as const;

/** The month (1–12) a folded word names in the language, or null. */
export const monthOfWord = (word: string, language: PlanLanguage): number | null => {
  if (language === 'kk') {
    const index = KAZAKH_STEMS.findIndex(
      (stem) => word.startsWith(stem) && /^\p{L}{0,6}$/u.test(word.slice(stem.length)),
    );
    return index < 0 ? null : index + 1;
  }
  const index = RUSSIAN_FORMS.findIndex((form) => form.test(word));
  return index < 0 ? null : index + 1;
};
