import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_CHANGES, currentCode } from './code-changes.ts';
import { parseKatoCsv, regionCodeOf } from './kato.ts';
import { REGIONS, regionsOn } from './regions.ts';

const csv = readFileSync(new URL('../../data/kato-2022-ru.csv', import.meta.url), 'utf8');

describe('the KATO 2022 classifier shipped with Qorgau', () => {
  const units = parseKatoCsv(csv);

  it('holds 16,264 units: 20 top-level units and 220 districts', () => {
    expect(units).toHaveLength(16264);
    expect(units.filter((u) => u.level === 1)).toHaveLength(20);
    expect(units.filter((u) => u.level === 2)).toHaveLength(220);
  });

  it('has exactly the 20 regions of the reference table at its top level', () => {
    const top = units.filter((u) => u.level === 1).map((u) => u.code);
    expect(top.sort()).toEqual(REGIONS.map((r) => r.code).sort());
  });

  it('puts every unit inside the region its code names', () => {
    for (const unit of units) {
      if (unit.level === 2) expect(regionCodeOf(unit.code)).toBe(unit.parentCode);
    }
  });

  it('names the line of a malformed row', () => {
    expect(() => parseKatoCsv('id;parent_id;code;name\n1;0;100000000;Абай\n2;1;12;x')).toThrow(/line 3/);
  });
});

describe('regions over time', () => {
  it('counts 17 regional akimats before the June 2022 reform and 20 after', () => {
    expect(regionsOn('2020-12-31')).toHaveLength(17);
    expect(regionsOn('2022-06-07')).toHaveLength(17);
    expect(regionsOn('2022-06-08')).toHaveLength(20);
  });

  it('knows Abai, Jetisu and Ulytau did not exist in 2021', () => {
    const codes = regionsOn('2021-06-30').map((r) => r.code);
    expect(codes).not.toContain('100000000');
    expect(codes).not.toContain('330000000');
    expect(codes).not.toContain('620000000');
  });
});

describe('old to new codes', () => {
  it('maps pre-reform Semey, Taldykorgan and Zhezkazgan to their new codes', () => {
    expect(currentCode('632810000', '2021-05-01')).toBe('101010000');
    expect(currentCode('191010000', '2021-05-01')).toBe('331010000');
    expect(currentCode('351810000', '2020-01-01')).toBe('621010000');
  });

  it('reads a reused code by the date it was recorded: 191010000 after the reform is Qonaev', () => {
    expect(currentCode('191010000', '2023-01-01')).toBe('191010000');
  });

  it('leaves a split region under its own code and lists the new region it gave up', () => {
    expect(currentCode('630000000', '2021-01-01')).toBe('630000000');
    expect(CODE_CHANGES.filter((c) => c.kind === 'split').map((c) => c.newCode)).toEqual([
      '100000000',
      '330000000',
      '620000000',
    ]);
  });
});
