import { formatDateTime, formatNumber } from '@qorgau/domain/locale-format';
import type { Locale } from './locale.ts';
import { en, type MessageKey } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number | Date>;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { kk, ru, en };

/** The catalogs themselves, for the completeness test. */
export const catalogs = CATALOGS;

/** Formats a value for a message: numbers and dates in the locale's conventions. */
function formatParam(locale: Locale, value: string | number | Date): string {
  if (typeof value === 'number') return formatNumber(locale, value);
  if (value instanceof Date) return formatDateTime(locale, value);
  return value;
}

/** Translates a message key into the locale, filling {{placeholders}}. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGS[locale][key];
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(locale, value);
  });
}

/** True when the string is a key of the catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
