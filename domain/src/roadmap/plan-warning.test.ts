import { describe, expect, it } from 'vitest';
import { draft, toWarning } from './plan-warning.ts';
import { PLAN_WARNING_CODES } from './plan-warning-codes.ts';

describe('warnings', () => {
  it('keeps every warning code in SCREAMING_SNAKE_CASE and listed once', () => {
    expect(new Set(PLAN_WARNING_CODES).size).toBe(PLAN_WARNING_CODES.length);
    for (const code of PLAN_WARNING_CODES) expect(code).toMatch(/^[A-Z]+(?:_[A-Z]+)+$/);
  });

  it('has an English message for every code', () => {
    for (const code of PLAN_WARNING_CODES) {
      expect(toWarning(null, draft('field', code, { text: 'x' })).message.length).toBeGreaterThan(10);
    }
  });

  it('carries the measure, the field, the code and the params', () => {
    expect(toWarning(15, draft('deadline', 'DEADLINE_UNREADABLE', { text: 'тұрақты' }))).toEqual({
      measure: 15,
      field: 'deadline',
      code: 'DEADLINE_UNREADABLE',
      message: 'deadline "тұрақты" is not in a known form; kept as text',
      params: { text: 'тұрақты' },
    });
  });

  it('leaves params out when there are none', () => {
    expect(toWarning(null, draft('abbreviations', 'ABBREVIATIONS_NOT_FOUND'))).not.toHaveProperty('params');
  });
});
