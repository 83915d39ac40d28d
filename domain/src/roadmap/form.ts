// The form of completion. Most forms are deliverables (an order, rules, recommendations, a draft
// resolution); some are reports addressed to someone: to the Government ("Үкіметке ақпарат",
// "предложения в Правительство") or to an agency ("БҒМ-ге ақпарат", "информация в МП"). Only the
// addressee of such a report becomes `reportsTo`.

import { canonicalCode, codeKey, indexCodes } from './executors.ts';
import { cleanLine, foldForMatch, wordPattern } from './text-normalize.ts';
import type { CompletionForm, PlanLanguage } from './types.ts';

const TO_GOVERNMENT: Readonly<Record<PlanLanguage, RegExp>> = {
  kk: wordPattern('үкімет(?:ке|іне)|үкімет\\s+аппаратына|премьер-министр\\p{L}*\\s+кеңсесіне'),
  ru: wordPattern(
    'в\\s+правительство|правительству|в\\s+аппарат\\s+правительства|в\\s+канцеляри\\p{L}*\\s+премьер-министра',
  ),
};

// Reports, unlike recommendations (ұсынымдар, рекомендации), are addressed to whoever receives them.
const REPORT_WORD: Readonly<Record<PlanLanguage, RegExp>> = {
  kk: wordPattern('ақпарат|ұсыныс\\p{L}*|есеп|баяндама\\p{L}*'),
  ru: wordPattern('информаци\\p{L}*|предложени\\p{L}*|отч[её]т\\p{L}*|доклад\\p{L}*'),
};

const DATIVE = /^(?<code>.+?)-?(?:ге|ға|қа|ке|на|не|а|е)$/u;

const looksLikeCode = (word: string): boolean => (word.match(/\p{Lu}/gu) ?? []).length >= 2;

/** The form and, when it is a report to an agency that could not be identified, the addressee's words. */
export interface FormReading {
  readonly form: CompletionForm;
  readonly unreadableAddressee: string | null;
}

type Addressee = { readonly code: string } | { readonly unreadable: string } | null;

const kazakhAddressee = (words: readonly string[], known: ReadonlyMap<string, string>): Addressee => {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const code = DATIVE.exec(word)?.groups?.code ?? '';
    if (code === '') continue;
    const withPrevious = `${words[i - 1] ?? ''} ${code}`;
    if (i > 0 && known.has(codeKey(withPrevious))) return { code: canonicalCode(withPrevious, known) };
    if (known.has(codeKey(code))) return { code: canonicalCode(code, known) };
    if (/-\p{L}+$/u.test(word)) return looksLikeCode(code) ? { code } : { unreadable: word };
  }
  return null;
};

const russianAddressee = (text: string, known: ReadonlyMap<string, string>): Addressee => {
  const m =
    /(?:информаци\p{L}*|предложени\p{L}*|отч[её]т\p{L}*|доклад\p{L}*)\s+в\s+(\S+)(?:\s+(\S+))?/iu.exec(text);
  const first = (m?.[1] ?? '').replace(/[.,;]$/, '');
  if (first === '') return null;
  const two = `${first} ${(m?.[2] ?? '').replace(/[.,;]$/, '')}`;
  if (known.has(codeKey(two))) return { code: canonicalCode(two, known) };
  if (known.has(codeKey(first)) || looksLikeCode(first)) return { code: canonicalCode(first, known) };
  return { unreadable: first };
};

/** Reads a form of completion, telling apart an unknown addressee from no addressee at all. */
export const readForm = (
  text: string,
  language: PlanLanguage,
  knownCodes: Iterable<string> = [],
): FormReading => {
  const clean = cleanLine(text.replace(/\n/g, ' '));
  const folded = foldForMatch(clean);
  if (TO_GOVERNMENT[language].test(folded))
    return { form: { text: clean, reportsTo: 'government' }, unreadableAddressee: null };
  if (!REPORT_WORD[language].test(folded))
    return { form: { text: clean, reportsTo: null }, unreadableAddressee: null };
  const known = indexCodes(knownCodes);
  const found = language === 'kk' ? kazakhAddressee(clean.split(' '), known) : russianAddressee(clean, known);
  if (found !== null && 'code' in found)
    return { form: { text: clean, reportsTo: found.code }, unreadableAddressee: null };
  return { form: { text: clean, reportsTo: null }, unreadableAddressee: found?.unreadable ?? null };
};

/** Reads a form of completion: its text and to whom it reports ("government", an agency code, or null). */
export const parseForm = (
  text: string,
  language: PlanLanguage,
  knownCodes: Iterable<string> = [],
): CompletionForm => readForm(text, language, knownCodes).form;
