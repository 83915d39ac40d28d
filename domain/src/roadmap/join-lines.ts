// A cell's text arrives cut into lines by the page layout, sometimes in the middle of a word
// ("жартыжыл" + "дығы"). Without a dictionary the document itself is the dictionary: a break is
// read as mid-word when the glued word occurs intact elsewhere in the same document.

/** How a multi-line cell is joined: `prose` keeps a line break before list items ("- …", "1) …"). */
export type JoinMode = 'prose' | 'inline';

const WORD = /[\p{L}]+/gu;
const LIST_ITEM = /^(?:[-\u2010-\u2015\u2212•·]\s*\S|\d{1,2}\)\s)/u;

/** The lower-cased words of the lines, for telling a word broken across lines from two words. */
export const buildVocabulary = (lines: readonly string[]): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const line of lines) for (const w of line.matchAll(WORD)) words.add(w[0].toLowerCase());
  return words;
};

const lastWord = (s: string): string => /[\p{L}]+$/u.exec(s)?.[0] ?? '';
const firstWord = (s: string): string => /^[\p{L}]+/u.exec(s)?.[0] ?? '';

/** True when the break between the two lines is inside a word: glue them without a space. */
export const isBrokenWord = (before: string, after: string, vocabulary: ReadonlySet<string>): boolean => {
  if (before.endsWith('\u00ad')) return true;
  const head = lastWord(before);
  const tail = firstWord(after);
  if (head === '' || tail === '' || tail[0] !== tail[0]?.toLowerCase()) return false;
  return vocabulary.has((head + tail).toLowerCase());
};

/** Joins the cleaned lines of one cell into its text. */
export const joinLines = (
  lines: readonly string[],
  vocabulary: ReadonlySet<string>,
  mode: JoinMode,
): string => {
  let out = '';
  let previous = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (isBrokenWord(previous, line, vocabulary)) out = out.replace(/\u00ad$/, '') + line;
    // A hyphen right after a letter at the end of a line carries on a hyphenated word ("ата-" + "аналар").
    else if (/\p{L}-$/u.test(previous) && /^\p{L}/u.test(line)) out += line;
    else out += mode === 'prose' && LIST_ITEM.test(line) ? `\n${line}` : ` ${line}`;
    previous = line;
  }
  return out.replace(/\u00ad/g, '');
};
