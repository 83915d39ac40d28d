/**
 * The permission catalogue: `action:resource`. A route declares exactly one of these (or none only when it is
 * public), and a role grants each with a scope. Grows with each capability.
 */
export const PERMISSIONS = [
  'read:organisation',
  'manage:organisation',
  'read:user',
  'manage:user',
  'read:role',
  'read:audit',
  'read:territory',
  'read:plan',
  'manage:plan',
  // Case management. Which cases a holder may open is decided by their relation to each case
  // (domain/src/cases/case-access.ts); the scope only says how far oversight reaches.
  'read:case',
  'create:case',
  'update:case',
  'approve:case',
  'merge:person',
  'export:case',
  // The interagency response: the protocol, compliance, mobile groups, KDN, tertiary prevention, rehabilitation.
  'read:protocol',
  'manage:protocol',
  'read:compliance',
  'respond:dispatch',
  'manage:mobile-group',
  'manage:kdn',
  'read:kdn-statistics',
  'manage:tertiary-plan',
  'manage:rehabilitation',
  'read:reporting',
  'submit:report',
  'review:report',
  'manage:reporting-period',
  'read:notification',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** True when the string names a permission of the catalogue. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
