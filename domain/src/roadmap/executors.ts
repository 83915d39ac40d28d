// The responsible executors cell: agency codes separated by commas or line breaks, the lead first.
// "(келісу бойынша)" / "(по согласованию)" marks a body outside the Government, which takes part by
// agreement; the marker is not part of the code. Codes may hold a space ("БП ҚСАЕАК").

import { allCyrillicLookalikes, cleanLine } from './text-normalize.ts';
import type { Executor } from './types.ts';

const BY_AGREEMENT = /(?:келісу|келісім)\s+бойынша|по\s+согласовани[юя]/giu;
// Some plans mark the consolidating body explicitly; the mark then names the lead, wherever it stands.
const LEAD_MARK = /(?<=\(\s*)(?:свод|жинақтау\s+үшін|жинақтаушы|жинақтау)(?=\s*[,;)])/giu;

// Takes the markers out of an executor and tidies the brackets they leave ("ГП (КПСиСУ, )" → "ГП (КПСиСУ)").
const withoutMarkers = (text: string): string =>
  cleanLine(
    text
      .replace(BY_AGREEMENT, ' ')
      .replace(LEAD_MARK, ' ')
      .replace(/\s*[,;]\s*(?=\))/g, '')
      .replace(/\(\s*[,;]\s*/g, '(')
      .replace(/\(\s*\)/g, ' '),
  );

/** The key under which two spellings of a code are the same: Cyrillic look-alikes, one space, lower case. */
export const codeKey = (code: string): string => allCyrillicLookalikes(cleanLine(code)).toLowerCase();

/** Finds the spelling a code has in the list of abbreviations, if any. */
export const canonicalCode = (code: string, known: ReadonlyMap<string, string>): string =>
  known.get(codeKey(code)) ?? code;

/** Indexes known codes by `codeKey`. */
export const indexCodes = (codes: Iterable<string>): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const code of codes) map.set(codeKey(code), code);
  return map;
};

interface Piece {
  text: string;
  startsLine: boolean;
}

const depth = (text: string): number => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;

// A bracket left open at the end of a line ("БП (келісу" / "бойынша)") carries on to the next line;
// a hyphen there splits a word of the note ("по согласова-" / "нию)") and goes.
const mergeOpenBrackets = (lines: readonly string[]): string[] => {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && depth(last) > 0) {
      out[out.length - 1] = /\p{L}-$/u.test(last) ? last.slice(0, -1) + line : `${last} ${line}`;
    } else out.push(line);
  }
  return out;
};

// Commas and semicolons separate executors, except inside brackets ("ГП (КПСиСУ, по согласованию)").
const splitOutsideBrackets = (line: string): string[] => {
  const parts = [''];
  let open = 0;
  for (const ch of line) {
    if (ch === '(') open++;
    if (ch === ')') open = Math.max(0, open - 1);
    if ((ch === ',' || ch === ';') && open === 0) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
};

const piecesOf = (text: string): Piece[] => {
  const pieces: Piece[] = [];
  let endedWithSeparator = true;
  const lines = text
    .split('\n')
    .map(cleanLine)
    .filter((l) => l !== '');
  for (const line of mergeOpenBrackets(lines)) {
    splitOutsideBrackets(line).forEach((part, i) => {
      pieces.push({ text: cleanLine(part), startsLine: i === 0 && !endedWithSeparator });
    });
    endedWithSeparator = /[,;]$/.test(line);
  }
  return pieces.filter((p) => p.text !== '');
};

// A code cut by a line break ("Еңбек" / "мині") is glued back when only the glued form is known.
const mendBrokenCodes = (pieces: Piece[], known: ReadonlyMap<string, string>): Piece[] => {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      piece.startsLine &&
      !known.has(codeKey(prev.text)) &&
      !known.has(codeKey(piece.text))
    ) {
      const glued = [prev.text + piece.text, `${prev.text} ${piece.text}`].find((g) => known.has(codeKey(g)));
      if (glued !== undefined) {
        prev.text = glued;
        continue;
      }
    }
    out.push({ ...piece });
  }
  return out;
};

/**
 * Reads an executors cell (line breaks as "\n"). With `knownCodes` (the list of abbreviations), codes
 * broken across lines are mended and look-alike spellings are given the list's spelling.
 */
export const parseExecutors = (text: string, knownCodes: Iterable<string> = []): Executor[] => {
  const known = indexCodes(knownCodes);
  const found: { code: string; byAgreement: boolean; marked: boolean }[] = [];
  for (const piece of mendBrokenCodes(piecesOf(text), known)) {
    const byAgreement = piece.text.search(BY_AGREEMENT) >= 0;
    const marked = piece.text.search(LEAD_MARK) >= 0;
    const code = withoutMarkers(piece.text).replace(/[.:]$/, '');
    const last = found[found.length - 1];
    if (code === '') {
      // A marker alone on its line belongs to the executor before it.
      if (last !== undefined) {
        last.byAgreement ||= byAgreement;
        last.marked ||= marked;
      }
      continue;
    }
    // A note in brackets after a listed code ("МИО (акиматы областей)") is not part of the code.
    const base = cleanLine(code.replace(/\([^)]*\)/g, ' '));
    const listed = !known.has(codeKey(code)) && known.has(codeKey(base)) ? base : code;
    found.push({ code: canonicalCode(listed, known), byAgreement, marked });
  }
  const leadIndex = Math.max(
    0,
    found.findIndex((e) => e.marked),
  );
  return found.map((e, i) => ({ code: e.code, lead: i === leadIndex, byAgreement: e.byAgreement }));
};
