import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/index.ts';

/** An amount in million tenge, with one decimal as the plans print them. */
export function mln(t: TFunction, language: Language, amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  return t('plans.mln', { amount: formatNumber(language, amount, 1) });
}
