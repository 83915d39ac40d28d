import { nameKey } from './normalise-name.ts';

/*
 * A phonetic code for Kazakh and Russian names, computed on the comparison key (normalise-name.ts),
 * so it is script-blind by construction. It is a skeleton that keeps every sound but merges the
 * ones that Kazakh/Russian spelling variants swap, tuned on pairs such as Бақыт/Бахыт,
 * Шыңғыс/Чингиз, Шоқан/Чокан, Ахмет/Ахмед, Фатима/Патима, Болат/Булат, Асель/Ассель.
 *
 * Classes (key letters → code symbol):
 *   vowels   a → A (ә/я too, via the key)   e → E (э/ё)   i → I (и/і/ы/й)   o u → O (о/ө/у/ұ/ү)
 *   velars   g k h → K      Г Ғ К Қ Х Һ: Бақыт/Бахыт, Ғалым/Галым
 *   hushing  sh ch → X      Ш Щ Ч: Шыңғыс/Чингиз, Шолпан/Чолпан
 *   labials  p f → P        П Ф: Фатима/Патима (Kazakh has no native ф);  b → B;  v → V
 *   sibilant s ts → S;  z → Z;   j → J (Ж, ДЖ);   d → D;  t → T;  l m n r as themselves
 * Then word-final devoicing (B→P, D→T, Z→S, J→X, V→P: Ахмед/Ахмет, Чингиз/Шыңғыс) and
 * runs of one symbol collapse (Ассель/Асель, Аллаберген/Алаберген).
 *
 * Vowels are kept, in four classes, because names that differ only in one consonant-frame vowel
 * are usually different names (Марат/Мурат, Ерлан/Арлан). o and u share a class because
 * Kazakh/Tatar/Russian forms swap them (Болат/Булат, Омар/Умар, Ораз/Ураз).
 */

const DIGRAPHS = /sh|ch|ts/g;

const DIGRAPH_CODES: Readonly<Record<string, string>> = { sh: 'X', ch: 'X', ts: 'S' };

const LETTER_CODES: Readonly<Record<string, string>> = {
  a: 'A',
  e: 'E',
  i: 'I',
  o: 'O',
  u: 'O',
  g: 'K',
  k: 'K',
  h: 'K',
  p: 'P',
  f: 'P',
  b: 'B',
  v: 'V',
  s: 'S',
  z: 'Z',
  j: 'J',
  d: 'D',
  t: 'T',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
};

const FINAL_DEVOICING: Readonly<Record<string, string>> = { B: 'P', D: 'T', Z: 'S', J: 'X', V: 'P' };

/** The phonetic code of an already computed comparison key (see nameKey). */
export const phoneticCodeOfKey = (key: string): string => {
  const symbols = Array.from(key.replace(DIGRAPHS, (digraph) => DIGRAPH_CODES[digraph] ?? digraph)).map(
    (ch) => LETTER_CODES[ch] ?? ch.toUpperCase(),
  );
  const last = symbols.length - 1;
  const final = symbols[last];
  if (final !== undefined) symbols[last] = FINAL_DEVOICING[final] ?? final;
  return symbols.filter((symbol, i) => symbol !== symbols[i - 1]).join('');
};

/** The phonetic code of a name in any of the three scripts (e.g. Шыңғыс, Чингиз → "XINKIS"). */
export const phoneticCode = (name: string): string => phoneticCodeOfKey(nameKey(name));
