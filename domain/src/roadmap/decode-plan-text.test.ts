/// <reference types="node" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlanText, firstInvalidUtf8 } from './decode-plan-text.ts';
import { PlanParseError } from './plan-parse-error.ts';

const seed = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const refusal = (bytes: Uint8Array): PlanParseError => {
  try {
    decodePlanText(bytes);
  } catch (error) {
    if (error instanceof PlanParseError) return error;
    throw error;
  }
  throw new Error('the bytes were accepted');
};

describe('decodePlanText', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    expect(decodePlanText(utf8(seed))).toBe(seed);
    expect(decodePlanText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Жол картасы')]))).toBe('Жол картасы');
    const le = Buffer.from(`\ufeffЖол картасы`, 'utf16le');
    expect(decodePlanText(new Uint8Array(le))).toBe('Жол картасы');
    const be = Buffer.from(le).swap16();
    expect(decodePlanText(new Uint8Array(be))).toBe('Жол картасы');
  });

  it('refuses Windows-1251 text at the line of its first non-UTF-8 byte', () => {
    // "Жол" in Windows-1251 on the third line.
    const bytes = new Uint8Array([...utf8('Title\r\nAct line\n'), 0xc6, 0xee, 0xeb, 0x0a]);
    expect(refusal(bytes)).toMatchObject({ code: 'PLAN_NOT_UTF8', line: 3 });
  });

  it('lets the input check name a PDF or binary data that is not UTF-8', () => {
    const pdf = new Uint8Array([...utf8('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    expect(refusal(pdf)).toMatchObject({ code: 'PLAN_NOT_TEXT', params: { format: 'pdf' } });
    const binary = new Uint8Array([...utf8('Жол картасы\nекінші\n'), 0x00, 0xff, 0x01]);
    expect(refusal(binary)).toMatchObject({ code: 'PLAN_NOT_TEXT', line: 3, params: { format: 'binary' } });
  });

  it('property: agrees with a fatal TextDecoder on which byte strings are valid UTF-8', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
