/**
 * Kinds of organisations that take part in child protection, and the state system (agency) each belongs to.
 */

export const ORGANISATION_TYPES = [
  'ministry',
  'akimat',
  'education_department',
  'school',
  'police_unit',
  'health_facility',
  'social_protection_department',
  'psychological_support_centre',
  'kdn',
  'call_centre',
  'ngo',
  'state_body',
  'university',
  'international_organisation',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The state system an organisation belongs to; a school and the Ministry of Enlightenment share 'education'. */
export const AGENCIES = [
  'education',
  'science',
  'interior',
  'health',
  'labour',
  'local_government',
  'information',
  'culture',
  'sport',
  'finance',
  'economy',
  'industry',
  'transport',
  'prosecution',
  'judiciary',
  'international',
  'civil_society',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** The territorial level an organisation works at. */
export const ORGANISATION_LEVELS = ['national', 'region', 'district', 'local'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];
