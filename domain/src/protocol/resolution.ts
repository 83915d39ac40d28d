import type { OrganisationType } from '../identity/organisation.ts';

/*
 * A rule names a kind of organisation; the server finds the one that must act from the case: the child's
 * own school (never another school of the district: it has no reason to see the child), or the organisation of that kind serving the case's district, falling back to its region
 * (a psychological support centre or a KDN may exist only at the level of a city or region). This table
 * says where to look, in order; the organisation directory answers.
 */

/** Where to look for the organisation of a kind. */
export type ResolutionLevel = 'child_school' | 'district' | 'region' | 'national';

const LOCAL: readonly ResolutionLevel[] = ['district', 'region'];

/** The places to look, in order, for each kind of organisation. */
export const RESOLUTION_ORDER: Readonly<Record<OrganisationType, readonly ResolutionLevel[]>> = {
  school: ['child_school'],
  police_unit: LOCAL,
  health_facility: LOCAL,
  psychological_support_centre: LOCAL,
  education_department: LOCAL,
  social_protection_department: LOCAL,
  kdn: LOCAL,
  akimat: LOCAL,
  call_centre: ['region', 'national'],
  ngo: LOCAL,
  state_body: ['region', 'national'],
  university: ['region', 'national'],
  ministry: ['national'],
  international_organisation: ['national'],
};

/** A place to look: the level and, for a territory, its KATO code. */
export interface ResolutionStep {
  readonly level: ResolutionLevel;
  readonly katoCode: string | null;
}

/** The places to look for the organisation that must act, with the case's codes filled in; unknown places are left out. */
export function resolutionSteps(
  organisationType: OrganisationType,
  territory: { readonly districtCode: string | null; readonly regionCode: string | null },
): ResolutionStep[] {
  return RESOLUTION_ORDER[organisationType].flatMap((level): ResolutionStep[] => {
    if (level === 'district')
      return territory.districtCode ? [{ level, katoCode: territory.districtCode }] : [];
    if (level === 'region') return territory.regionCode ? [{ level, katoCode: territory.regionCode }] : [];
    return [{ level, katoCode: null }];
  });
}
