import { caseLabelCatalog } from '@qorgau/domain/cases/labels';
import { formatDateTime, formatNumber } from '@qorgau/domain/locale-format';
import { protocolLabelCatalog } from '@qorgau/domain/protocol/labels';
import type { Locale } from './locale.ts';
import { type CasesMessageKey, casesEn, casesKk, casesRu } from './messages/cases.ts';
import { en, type MessageKey as PlatformMessageKey } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { type ProtocolMessageKey, protocolEn, protocolKk, protocolRu } from './messages/protocol.ts';
import { ru } from './messages/ru.ts';

export type MessageKey = PlatformMessageKey | CasesMessageKey | ProtocolMessageKey;
export type MessageParams = Record<string, string | number | Date>;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = {
  kk: { ...kk, ...casesKk, ...protocolKk },
  ru: { ...ru, ...casesRu, ...protocolRu },
  en: { ...en, ...casesEn, ...protocolEn },
};

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

// The domain's own labels and rule messages (case codes, protocol codes, validation keys of domain schemas),
// in the same three languages; a server key wins where both have one.
const DOMAIN_CATALOGS = [caseLabelCatalog, protocolLabelCatalog];

/** Translates any key: the server catalogs first, then the domain's; an unknown key stays itself. */
export function translateKey(locale: Locale, key: string, params: MessageParams = {}): string {
  if (isMessageKey(key)) return t(locale, key, params);
  for (const catalog of DOMAIN_CATALOGS) {
    const template = catalog(locale)[key];
    if (template !== undefined) {
      return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : formatParam(locale, value);
      });
    }
  }
  return key;
}

/** True when the string is a key of the catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGS.en, key);
}
