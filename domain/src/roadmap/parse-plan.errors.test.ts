/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, tryParsePlan } from './parse-plan.ts';
import { PLAN_PARSE_ERROR_CODES, PlanParseError } from './plan-parse-error.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/roadmap/${name}`, import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../data/roadmap-2020-156.kk.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n');

// The refusal, checked to be a structured PlanParseError.
const refusal = (text: string): PlanParseError => {
  const result = tryParsePlan(text);
  if (result.ok) throw new Error('the text was accepted');
  expect(result.error).toBeInstanceOf(PlanParseError);
  expect(PLAN_PARSE_ERROR_CODES).toContain(result.error.code);
  expect(result.error.message).toMatch(new RegExp(`^Line ${result.error.line}: `));
  for (const value of Object.values(result.error.params))
    expect(['string', 'number']).toContain(typeof value);
  return result.error;
};

const lineOf = (text: string): number => seedLines.indexOf(text) + 1;

describe('parsePlan refuses what is not a plan, naming the line', () => {
  it('refuses an empty file at line 1', () => {
    expect(refusal(fixture('bad-empty.txt'))).toMatchObject({ code: 'PLAN_EMPTY', line: 1 });
    expect(refusal('\n \u00a0\n\t\n')).toMatchObject({ code: 'PLAN_EMPTY', line: 1 });
  });

  it('refuses a PDF’s bytes decoded as text', () => {
    expect(refusal(fixture('bad-pdf.txt'))).toMatchObject({
      code: 'PLAN_NOT_TEXT',
      line: 1,
      params: { format: 'pdf' },
    });
  });

  it('refuses binary garbage where it begins', () => {
    const text = [...seedLines.slice(0, 5), 'abc\u0000\u0001def', ...seedLines.slice(5)].join('\n');
    expect(refusal(text)).toMatchObject({ code: 'PLAN_NOT_TEXT', line: 6, params: { format: 'binary' } });
  });

  it('refuses a Word file or an HTML page', () => {
    expect(refusal('PK\u0003\u0004word/document.xml').params).toEqual({ format: 'zip' });
    expect(refusal('<!DOCTYPE html><html><body>…</body></html>').params).toEqual({ format: 'html' });
  });

  it('refuses a text whose second line is not an act line', () => {
    expect(refusal(fixture('bad-not-a-plan.txt'))).toMatchObject({ code: 'PLAN_NO_ACT_LINE', line: 2 });
  });

  it('refuses a plan whose title states no period', () => {
    const text = ['Жол картасын бекіту туралы', ...seedLines.slice(1)].join('\n');
    expect(refusal(text)).toMatchObject({ code: 'PLAN_NO_PERIOD', line: 1 });
  });

  it('refuses a resolution without a table, at its last line', () => {
    expect(refusal(fixture('bad-no-table.txt'))).toMatchObject({ code: 'PLAN_NO_TABLE', line: 10 });
  });

  it('refuses a row with the wrong number of cells, at the row’s number', () => {
    expect(refusal(fixture('bad-row-cell-count.txt'))).toMatchObject({
      code: 'PLAN_ROW_CELL_COUNT',
      line: 44,
      params: { measure: 2, expected: 11, found: 10, years: 3 },
    });
  });

  it('refuses the seed with a cell taken out of measure 36 or one added to measure 40', () => {
    const row36 = lineOf('\t36.');
    const dropped = seedLines.filter((_, i) => i !== row36 + 8).join('\n');
    expect(refusal(dropped)).toMatchObject({
      code: 'PLAN_ROW_CELL_COUNT',
      line: row36,
      params: { measure: 36, found: 11 },
    });
    const row40 = lineOf('\t40.');
    const added = [...seedLines.slice(0, row40 + 3), '\tқосымша', ...seedLines.slice(row40 + 3)].join('\n');
    expect(refusal(added)).toMatchObject({
      code: 'PLAN_ROW_CELL_COUNT',
      line: row40,
      params: { measure: 40, found: 13 },
    });
  });

  it('refuses a duplicated measure number, naming both lines', () => {
    expect(refusal(fixture('bad-duplicate-measure.txt'))).toMatchObject({
      code: 'PLAN_DUPLICATE_MEASURE',
      line: 68,
      params: { measure: 2, firstLine: 54 },
    });
    const text = seed.replace('\t37.\n', '\t36.\n');
    expect(refusal(text)).toMatchObject({
      code: 'PLAN_DUPLICATE_MEASURE',
      line: lineOf('\t37.'),
      params: { measure: 36, firstLine: lineOf('\t36.') },
    });
  });

  it('throws the same PlanParseError from parsePlan', () => {
    expect(() => parsePlan('')).toThrow(PlanParseError);
    expect(() => parsePlan('')).toThrow(expect.objectContaining({ code: 'PLAN_EMPTY', line: 1, params: {} }));
  });

  it('keeps every error code in SCREAMING_SNAKE_CASE and listed once', () => {
    expect(new Set(PLAN_PARSE_ERROR_CODES).size).toBe(PLAN_PARSE_ERROR_CODES.length);
    for (const code of PLAN_PARSE_ERROR_CODES) expect(code).toMatch(/^PLAN_[A-Z0-9_]+$/);
  });
});
