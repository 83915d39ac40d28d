import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PERMISSIONS } from '@qorgau/domain/access/permissions';
import { ROLES } from '@qorgau/domain/access/roles';
import { SCOPES } from '@qorgau/domain/access/scope';
import { AUDIT_ACTIONS } from '@qorgau/domain/audit-actions';
import { CASE_CODE_LIST_SEGMENTS, caseLabelCatalog, LABEL_LOCALES } from '@qorgau/domain/cases/labels';
import { CASE_CODE_LISTS } from '@qorgau/domain/cases/taxonomy';
import { VALIDATION_KEYS, WARNING_KEYS } from '@qorgau/domain/cases/validation-keys';
import { AGENCIES, ORGANISATION_LEVELS, ORGANISATION_TYPES } from '@qorgau/domain/identity/organisation';
import { protocolLabelCatalog } from '@qorgau/domain/protocol/labels';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { i18n } from './index.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

const catalogs = { kk, ru, en } as Record<string, Record<string, string>>;
const keys = Object.keys(en);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the UI catalogs', () => {
  it('have every key in Kazakh, Russian and English, none empty', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), locale).toEqual([...keys].sort());
      for (const key of keys) expect(catalog[key]?.trim(), `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('use the same placeholders in every language', () => {
    for (const key of keys) {
      for (const locale of ['kk', 'ru'])
        expect(placeholders(catalogs[locale]?.[key] ?? ''), `${locale}: ${key}`).toEqual(
          placeholders(en[key as keyof typeof en]),
        );
    }
  });

  it('are translated, not left in English (language names, the product name and the № sign excepted)', () => {
    const same = keys.filter(
      (k) =>
        !/^lang\.|^app\.name$|^common\.none$|^plans\.number$/.test(k) &&
        (kk[k as keyof typeof kk] === en[k as keyof typeof en] ||
          ru[k as keyof typeof ru] === en[k as keyof typeof en]),
    );
    expect(same).toEqual([]);
  });

  it('contain every key the code asks for by name', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.:-]*)'/g))
        used.add(m[1] as string);
      for (const m of readFileSync(file, 'utf8').matchAll(/label: '([a-z]+\.[\w.:-]+)'/g))
        used.add(m[1] as string);
    }
    // The domain's labels of case codes are part of the catalog the app runs with (see index.ts).
    const known = { ...caseLabelCatalog('en'), ...protocolLabelCatalog('en'), ...en };
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in known))).toEqual([]);
  });

  it('name every role, permission, scope, organisation type, agency, level and audit action the domain knows', () => {
    const families: [string, readonly string[]][] = [
      ['role', ROLES],
      ['permission', PERMISSIONS],
      ['scope', SCOPES],
      ['orgType', ORGANISATION_TYPES],
      ['agency', AGENCIES],
      ['level', ORGANISATION_LEVELS],
      ['audit.action', AUDIT_ACTIONS],
    ];
    const missing = families.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((k) => !(k in en)),
    );
    expect(missing).toEqual([]);
  });

  it('carry the domain’s label of every case code and validation message in kk, ru and en, on keys the UI’s own texts never reuse', () => {
    const codeKeys = Object.entries(CASE_CODE_LISTS).flatMap(([list, codes]) =>
      codes.map((code) => `case.${CASE_CODE_LIST_SEGMENTS[list as keyof typeof CASE_CODE_LISTS]}.${code}`),
    );
    const messageKeys = [...VALIDATION_KEYS, ...WARNING_KEYS];
    for (const locale of LABEL_LOCALES) {
      const domain = caseLabelCatalog(locale);
      expect(
        [...codeKeys, ...messageKeys].filter((k) => !domain[k]?.trim()),
        locale,
      ).toEqual([]);
      expect(
        Object.keys(domain).filter((k) => k in (catalogs[locale] ?? {})),
        locale,
      ).toEqual([]);
    }
  });

  it('resolve case labels in the language the person reads, through the running i18n instance', () => {
    expect(i18n.t('case.risk.high', { lng: 'kk' })).toBe('Жоғары');
    expect(i18n.t('case.concern.physical_abuse', { lng: 'ru' })).toBe('Физическое насилие');
    expect(i18n.t('validation.iin_check_digit', { lng: 'en' })).toBe(
      caseLabelCatalog('en')['validation.iin_check_digit'],
    );
    expect(i18n.t('nav.cases', { lng: 'kk' })).toBe('Істер');
  });
});
