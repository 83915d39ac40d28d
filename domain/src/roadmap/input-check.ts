// Refuses what is not a plain-text export before any reading starts: nothing at all, or the bytes of
// a PDF, a Word/zip file, an RTF or an HTML page decoded as if they were text.

import { PlanParseError } from './plan-parse-error.ts';
import { cleanLine } from './text-normalize.ts';

const SIGNATURES: readonly [(head: string) => boolean, string][] = [
  [(h) => h.startsWith('%PDF-'), 'pdf'],
  [(h) => h.startsWith('PK\u0003\u0004'), 'zip'],
  [(h) => h.startsWith('{\\rtf'), 'rtf'],
  [(h) => h.startsWith('\u00d0\u00cf\u0011\u00e0'), 'doc'],
  [(h) => /^<(?:!doctype\s+html|html[\s>]|\?xml)/i.test(h), 'html'],
];

// Control characters other than TAB, LF, VT, FF and CR, and the replacement character of failed decoding.
const isBinary = (line: string): boolean => {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0xfffd) return true;
  }
  return false;
};

/** Splits the text into lines (any line ending), throwing when it is empty or not plain text. */
export const checkedLines = (text: string): string[] => {
  // Composed letters, so that a decomposed "й" or "ә" matches the same words as a composed one.
  const body = text.replace(/^\ufeff/, '').normalize('NFC');
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.every((l) => cleanLine(l) === '')) throw new PlanParseError('PLAN_EMPTY', 1);
  const head = body.trimStart().slice(0, 64);
  const firstLine = lines.findIndex((l) => cleanLine(l) !== '') + 1;
  for (const [signature, format] of SIGNATURES) {
    if (signature(head)) throw new PlanParseError('PLAN_NOT_TEXT', firstLine, { format });
  }
  const binaryLine = lines.findIndex(isBinary);
  if (binaryLine >= 0) throw new PlanParseError('PLAN_NOT_TEXT', binaryLine + 1, { format: 'binary' });
  return lines;
};
