// The bytes of an uploaded file as the text `parsePlan` reads. The legal-acts portal exports UTF-8;
// Notepad may save UTF-16 with a byte-order mark. A file in a legacy code page (Windows-1251, KOI8)
// would read as mojibake and give confusing errors further on, so it is refused here, at the line of
// its first byte that is not UTF-8. Binary formats (PDF, Word, zip) are left to `parsePlan`'s own
// input check, which names the format.

import { checkedLines } from './input-check.ts';
import { PlanParseError } from './plan-parse-error.ts';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

// The byte length of a UTF-8 sequence from its lead byte and the allowed range of its second byte
// (RFC 3629 table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
const sequence = (lead: number): { length: number; min: number; max: number } | null => {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf };
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef)
    return { length: 3, min: 0x80, max: 0xbf };
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f };
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf };
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f };
  return null;
};

/** The offset of the first byte that breaks UTF-8, or -1 when the whole input is valid UTF-8. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const s = sequence(lead);
    if (s === null || i + s.length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < s.min || second > s.max) return i;
    for (let k = 2; k < s.length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += s.length;
  }
  return -1;
};

/** The 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
};

/**
 * Decodes an uploaded plan: UTF-8 (with or without a byte-order mark) or UTF-16 with one. Throws
 * `PlanParseError` PLAN_NOT_TEXT for a binary file and PLAN_NOT_UTF8 for text in another encoding.
 */
export const decodePlanText = (bytes: Uint8Array): string => {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return new TextDecoder('utf-8').decode(bytes);
  // A one-byte-per-character reading keeps every byte where it was, so the input check can tell a
  // PDF or a zip by its signature and binary data by its control bytes, at the right line.
  checkedLines(new TextDecoder('latin1').decode(bytes));
  throw new PlanParseError('PLAN_NOT_UTF8', lineAt(bytes, invalid));
};
