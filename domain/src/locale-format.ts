/**
 * Dates, times and numbers as people in Kazakhstan write them, in Kazakh, Russian and English — the same
 * in the browser and on the server. Browsers ship little or no Kazakh locale data (Chromium formats kk-KZ
 * as "2022 M06 8" and "1,234.5"), so Kazakh is spelled out here from CLDR's patterns.
 */

import { KAZAKH_MONTHS } from './kazakh-months.ts';

export type UiLocale = 'kk' | 'ru' | 'en';

/** Kazakhstan keeps one time zone (UTC+5) since 1 March 2024; the zone database knows the earlier offsets. */
export const KZ_TIME_ZONE = 'Asia/Almaty';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

/** The calendar parts of an instant in Kazakhstan, or of a plain date as written. */
function partsOf(value: string | Date): Parts {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return { year, month, day, hour: '00', minute: '00' };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: KZ_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: get('hour'),
    minute: get('minute'),
  };
}

const INTL_TAG: Record<UiLocale, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };

/** A calendar date: "2022 ж. 8 маусым", "8 июн. 2022 г.", "8 Jun 2022". Plain ISO dates are not shifted. */
export function formatDate(locale: UiLocale, value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = partsOf(value);
  if (locale === 'kk') return `${p.year} ж. ${p.day} ${KAZAKH_MONTHS[p.month - 1]}`;
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(p.year, p.month - 1, p.day)),
  );
}

/** An instant in Kazakhstan's local time: date as above, then "15:05". */
export function formatDateTime(locale: UiLocale, value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = partsOf(value);
  return `${formatDate(locale, `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`)}, ${p.hour}:${p.minute}`;
}

/** A number with Kazakhstan's separators (space for thousands, comma for decimals) in kk and ru. */
export function formatNumber(locale: UiLocale, value: number, fractionDigits?: number): string {
  // Kazakh follows the same separators as Russian in CLDR; ru-KZ data exists everywhere, kk-KZ does not.
  const tag = locale === 'en' ? 'en-GB' : 'ru-KZ';
  const options =
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(tag, options).format(value);
}
