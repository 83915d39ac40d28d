import { formatDate, formatDateTime } from '@qorgau/domain/locale-format';
import type { Locale } from '../i18n/locale.ts';
import { isMessageKey, type MessageKey, t } from '../i18n/translate.ts';

/** A kind of notification: every kind has a subject and a body in every catalog (the compiler checks). */
export type NotificationKind = {
  [K in MessageKey]: K extends `notify.${infer Kind}.subject`
    ? `notify.${Kind}.body` extends MessageKey
      ? Kind
      : never
    : never;
}[MessageKey];

/**
 * A value in a notification: text, a number, a name in each language, a calendar date, or an instant (shown
 * in Kazakhstan's local time).
 */
export type NotificationParam =
  | string
  | number
  | { readonly kk: string; readonly ru: string; readonly en: string }
  | { readonly date: string }
  | { readonly instant: string };

export type NotificationParams = Readonly<Record<string, NotificationParam>>;

const valueIn = (locale: Locale, value: NotificationParam): string | number => {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return formatDate(locale, value.date);
  if ('instant' in value) return formatDateTime(locale, value.instant);
  return value[locale];
};

const valuesIn = (locale: Locale, params: NotificationParams) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, valueIn(locale, v)]));

/** The subject and body of a notification in a language. */
export function renderNotification(
  locale: Locale,
  kind: NotificationKind,
  params: NotificationParams,
): { subject: string; body: string } {
  const values = valuesIn(locale, params);
  return {
    subject: t(locale, `notify.${kind}.subject` as MessageKey, values),
    body: t(locale, `notify.${kind}.body` as MessageKey, values),
  };
}

/** The text message of a notification: its own short `.sms` text where the catalog has one, else the subject. */
export function renderSms(locale: Locale, kind: NotificationKind, params: NotificationParams): string {
  const key = `notify.${kind}.sms`;
  return t(
    locale,
    (isMessageKey(key) ? key : `notify.${kind}.subject`) as MessageKey,
    valuesIn(locale, params),
  );
}
