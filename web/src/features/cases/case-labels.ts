import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseLabelKey, CaseLabelSegment } from '../../i18n/case-labels.ts';

/** The label of a code the API sends as a plain string (a concern, a stage, a referral status …). */
export function caseLabel(t: TFunction, segment: CaseLabelSegment, code: string): string {
  return t(`case.${segment}.${code}` as CaseLabelKey);
}

/** `caseLabel` bound to the current language. */
export function useCaseLabel(): (segment: CaseLabelSegment, code: string) => string {
  const { t } = useTranslation();
  return (segment, code) => caseLabel(t, segment, code);
}

/** Options for a select of codes, labelled in the current language. */
export function codeOptions(
  t: TFunction,
  segment: CaseLabelSegment,
  codes: readonly string[],
): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: caseLabel(t, segment, code) }));
}
