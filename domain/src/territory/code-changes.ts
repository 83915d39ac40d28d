import { REGION_REFORM_2022 } from './regions.ts';

/**
 * Codes that changed meaning in the June 2022 reform. Data recorded before the reform under an old code is
 * re-read under the new one, as DHIS2 aggregates by the current hierarchy. A code can even be reused: before
 * the reform 191010000 was Taldykorgan (then the centre of Almaty region); after it, Taldykorgan is 331010000
 * in Jetisu region and 191010000 is Qonaev, the new centre of Almaty region.
 */
export interface CodeChange {
  oldCode: string;
  newCode: string;
  /** The day the new code takes over. */
  effectiveOn: string;
  /** 'recode': the same place under a new code. 'split': part of the old unit now lies in the new one. */
  kind: 'recode' | 'split';
  note: string;
}

export const CODE_CHANGES: readonly CodeChange[] = [
  {
    oldCode: '630000000',
    newCode: '100000000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'split',
    note: 'Abai region formed from East Kazakhstan region',
  },
  {
    oldCode: '190000000',
    newCode: '330000000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'split',
    note: 'Jetisu region formed from Almaty region',
  },
  {
    oldCode: '350000000',
    newCode: '620000000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'split',
    note: 'Ulytau region formed from Karaganda region',
  },
  {
    oldCode: '632810000',
    newCode: '101010000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'recode',
    note: 'Semey',
  },
  {
    oldCode: '191010000',
    newCode: '331010000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'recode',
    note: 'Taldykorgan',
  },
  {
    oldCode: '351810000',
    newCode: '621010000',
    effectiveOn: REGION_REFORM_2022,
    kind: 'recode',
    note: 'Zhezkazgan',
  },
];

/**
 * The current code for a place recorded under `code` on `recordedOn`. Only a 'recode' is followed: a split
 * region keeps its code, because most of it stayed; callers that need the split use the districts instead.
 */
export function currentCode(
  code: string,
  recordedOn: string,
  changes: readonly CodeChange[] = CODE_CHANGES,
): string {
  let current = code;
  let asOf = recordedOn;
  for (let guard = 0; guard < changes.length; guard++) {
    const next = changes.find((c) => c.kind === 'recode' && c.oldCode === current && asOf < c.effectiveOn);
    if (!next) return current;
    current = next.newCode;
    asOf = next.effectiveOn;
  }
  return current;
}
