import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../src/platform/errors.ts';
import { localeFromAcceptLanguage } from '../src/platform/i18n/locale.ts';
import { catalogs, t } from '../src/platform/i18n/translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('server messages', () => {
  it('exist in Kazakh, Russian and English for every key, none empty', () => {
    const keys = Object.keys(catalogs.en);
    for (const locale of ['kk', 'ru', 'en'] as const) {
      expect(Object.keys(catalogs[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys)
        expect(catalogs[locale][key as keyof typeof catalogs.en].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      expect(placeholders(catalogs.kk[key]), `kk ${key}`).toEqual(placeholders(catalogs.en[key]));
      expect(placeholders(catalogs.ru[key]), `ru ${key}`).toEqual(placeholders(catalogs.en[key]));
    }
  });

  it('have a message for every error code', () => {
    for (const code of Object.keys(ERROR_STATUS)) expect(Object.keys(catalogs.en)).toContain(`error.${code}`);
  });

  it('are not left in English in the Kazakh and Russian catalogs', () => {
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      expect(catalogs.kk[key], key).not.toBe(catalogs.en[key]);
      expect(catalogs.ru[key], key).not.toBe(catalogs.en[key]);
    }
  });

  it('format numbers and dates the Kazakhstan way', () => {
    const until = new Date('2026-03-02T10:05:00Z');
    expect(t('kk', 'error.ACCOUNT_LOCKED', { until })).toMatch(/15:05/);
    expect(t('ru', 'error.ACCOUNT_LOCKED', { until })).toMatch(/2 мар\. 2026 г\., 15:05/);
    expect(t('kk', 'error.ACCOUNT_LOCKED', { until })).toMatch(/2026 ж\. 2 наурыз, 15:05/);
    expect(t('ru', 'error.PAYLOAD_TOO_LARGE', { limit: 1048576 })).toMatch(/1\s048\s576/);
  });
});

describe('Accept-Language', () => {
  it('picks the best language we speak', () => {
    expect(localeFromAcceptLanguage('ru-KZ,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,kk;q=0.7')).toBe('kk');
    expect(localeFromAcceptLanguage('kz')).toBe('kk');
    expect(localeFromAcceptLanguage('fr, de')).toBeUndefined();
    expect(localeFromAcceptLanguage('en;q=0, ru;q=0.1')).toBe('ru');
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('messages of the domain’s rules', () => {
  it('exist for every validation and warning key the domain schemas use, in every language', async () => {
    const { VALIDATION_KEYS, WARNING_KEYS } = await import('@qorgau/domain/cases/index');
    const { translateKey } = await import('../src/platform/i18n/translate.ts');
    for (const key of [...VALIDATION_KEYS, ...WARNING_KEYS]) {
      for (const locale of ['kk', 'ru', 'en'] as const)
        expect(translateKey(locale, key), `${locale} ${key}`).not.toBe(key);
    }
    expect(translateKey('kk', 'validation.iin_check_digit')).toMatch(/ЖСН/);
  });
});
