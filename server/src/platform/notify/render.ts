import { formatDate } from '@qorgau/domain/locale-format';
import type { Locale } from '../i18n/locale.ts';
import { type MessageKey, t } from '../i18n/translate.ts';

/** A kind of notification: every kind has a subject and a body in every catalog (the compiler checks). */
export type NotificationKind = {
  [K in MessageKey]: K extends `notify.${infer Kind}.subject`
    ? `notify.${Kind}.body` extends MessageKey
      ? Kind
      : never
    : never;
}[MessageKey];

/** A value in a notification: text, a number, a name in each language, or a calendar date. */
export type NotificationParam =
  | string
  | number
  | { readonly kk: string; readonly ru: string; readonly en: string }
  | { readonly date: string };

export type NotificationParams = Readonly<Record<string, NotificationParam>>;

const valueIn = (locale: Locale, value: NotificationParam): string | number => {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return formatDate(locale, value.date);
  return value[locale];
};

/** The subject and body of a notification in a language. */
export function renderNotification(
  locale: Locale,
  kind: NotificationKind,
  params: NotificationParams,
): { subject: string; body: string } {
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, valueIn(locale, v)]));
  return {
    subject: t(locale, `notify.${kind}.subject` as MessageKey, values),
    body: t(locale, `notify.${kind}.body` as MessageKey, values),
  };
}
