import { describe, expect, it } from 'vitest';
import { VALIDATION_KEYS } from '../cases/validation-keys.ts';
import { DEFAULT_PROTOCOL } from './default-protocol.ts';
import { parseProtocol, parseProtocolJson, protocolToJson, protocolToPlain } from './protocol-schema.ts';

const plain = () =>
  protocolToPlain(DEFAULT_PROTOCOL) as { rules: Record<string, unknown>[] } & Record<string, unknown>;

describe('protocol documents', () => {
  it('say of the shipped protocol that it is a sample, in all three languages', () => {
    expect(DEFAULT_PROTOCOL.sample).toBe(true);
    expect(DEFAULT_PROTOCOL.note.en).toMatch(/sample/i);
    expect(DEFAULT_PROTOCOL.note.ru).toMatch(/образец/i);
    expect(DEFAULT_PROTOCOL.note.kk).toMatch(/үлгі/i);
  });

  it('survive export to JSON and import unchanged', () => {
    const again = parseProtocolJson(protocolToJson(DEFAULT_PROTOCOL));
    expect(again).toEqual({ ok: true, protocol: DEFAULT_PROTOCOL });
  });

  it('export plain data only, with no nulls, so YAML and JSON read the same', () => {
    const walk = (value: unknown): void => {
      expect(value).not.toBeNull();
      expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
      if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) walk(v);
    };
    walk(protocolToPlain(DEFAULT_PROTOCOL));
  });

  it('accept the short forms "immediately" and "same_day" and a null optional field, as YAML writes them', () => {
    const doc = plain();
    doc.rules = [
      {
        id: 'r',
        when: { concerns: ['neglect'], riskLevels: null },
        must: { organisationType: 'kdn', action: 'convene', within: 'same_day' },
      },
    ];
    expect(parseProtocol(doc).ok).toBe(true);
  });

  it('refuse a misspelt key, an unknown concern and a duplicate rule id, saying where', () => {
    const doc = plain();
    const [first, second] = doc.rules;
    doc.rules = [
      { ...first, whithin: 1 },
      { ...second, id: (first as { id: string }).id, when: { concerns: ['bulying'] } },
    ];
    const result = parseProtocol(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.path, e.i18n])).toEqual([
        ['rules.0', 'validation.unrecognized_keys'],
        ['rules.1.when.concerns.0', 'validation.invalid_value'],
      ]);
    }
    const dup = plain();
    dup.rules = [dup.rules[0] as Record<string, unknown>, dup.rules[0] as Record<string, unknown>];
    const duplicate = parseProtocol(dup);
    expect(!duplicate.ok && duplicate.errors.map((e) => [e.path, e.i18n])).toEqual([
      ['rules.1.id', 'validation.id_duplicate'],
    ]);
  });

  it('refuse an age band that ends before it starts and a time of zero hours', () => {
    const doc = plain();
    doc.rules = [
      {
        id: 'r',
        when: { concerns: ['offence_by_child'], ageBand: { minYears: 14, maxYears: 10 } },
        must: { organisationType: 'kdn', action: 'convene', within: { hours: 0 } },
      },
    ];
    const result = parseProtocol(doc);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'rules.0.when.ageBand.maxYears',
      'rules.0.must.within.hours',
    ]);
    expect(!result.ok && result.errors[0]?.i18n).toBe('validation.age_band_order');
  });

  it('refuse text that is not JSON with a message key of the catalogue', () => {
    const result = parseProtocolJson('{ "id": ');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', i18n: 'validation.protocol_json', params: {} }],
    });
    expect(VALIDATION_KEYS).toContain('validation.protocol_json');
  });
});
