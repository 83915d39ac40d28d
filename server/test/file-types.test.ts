import { describe, expect, it } from 'vitest';
import { detectType } from '../src/platform/files/file-types.ts';
import { ELF, PDF, WINDOWS_EXE } from './reporting-helpers.ts';

/** A shell script: no magic bytes at all, so only its name could make it look like something else. */
const SCRIPT = Buffer.from('#!/bin/sh\nrm -rf ~\n');

describe('attachment types are read from the content, not the name', () => {
  it('accepts a real PDF whatever it is called', async () => {
    expect(await detectType(PDF, 'бұйрық.pdf')).toEqual({
      ok: true,
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
    expect(await detectType(PDF, 'scan')).toMatchObject({ ok: true, mediaType: 'application/pdf' });
  });

  it('refuses a Linux or Windows program renamed to .pdf, naming what it really is', async () => {
    expect(await detectType(ELF, 'report.pdf')).toEqual({ ok: false, found: 'elf' });
    expect(await detectType(WINDOWS_EXE, 'акт.pdf')).toEqual({ ok: false, found: 'exe' });
  });

  it('refuses a program renamed to .txt or .csv: text must be clean UTF-8 without control characters', async () => {
    expect(await detectType(ELF, 'notes.txt')).toMatchObject({ ok: false });
    expect(await detectType(WINDOWS_EXE, 'list.csv')).toMatchObject({ ok: false });
  });

  it('refuses content with no known type unless it is plain text named as text', async () => {
    expect(await detectType(SCRIPT, 'report.pdf')).toEqual({ ok: false, found: 'unknown' });
    expect(await detectType(Buffer.alloc(0), 'empty.txt')).toEqual({ ok: false, found: 'unknown' });
    expect(await detectType(Buffer.from('аты;жасы\nЕрасыл;13\n'), 'тізім.csv')).toEqual({
      ok: true,
      mediaType: 'text/csv',
      extension: 'csv',
    });
  });
});
