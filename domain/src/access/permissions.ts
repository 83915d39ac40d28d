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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** True when the string names a permission of the catalogue. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
