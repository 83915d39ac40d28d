/**
 * How far a permission reaches: a person's own records, their organisation, its district, its region, or
 * the whole country. Ordered from narrowest to widest.
 */
export const SCOPES = ['own', 'organisation', 'district', 'region', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

/** Compares scopes by reach: negative when a is narrower than b. */
export function compareScopes(a: Scope, b: Scope): number {
  return SCOPES.indexOf(a) - SCOPES.indexOf(b);
}

/** The wider of two scopes. */
export function widerScope(a: Scope, b: Scope): Scope {
  return compareScopes(a, b) >= 0 ? a : b;
}

/** Where an actor or an object sits: its organisation and that organisation's district and region codes. */
export interface Placement {
  organisationId: string;
  districtCode: string | null;
  regionCode: string | null;
}

/**
 * The condition a scope puts on objects, as data: the server turns it into SQL for lists and evaluates it
 * in memory for a single object, so a list can never show what a detail page would refuse.
 */
export type ScopeCondition =
  | { kind: 'all' }
  | { kind: 'none' }
  | {
      kind: 'equals';
      field: 'ownerUserId' | 'organisationId' | 'districtCode' | 'regionCode';
      value: string;
    };

/** The condition a scope grants an actor placed at `actor` (with user id `userId`). */
export function scopeCondition(
  scope: Scope | undefined,
  actor: Placement & { userId: string },
): ScopeCondition {
  switch (scope) {
    case undefined:
      return { kind: 'none' };
    case 'national':
      return { kind: 'all' };
    // An organisation placed above the level of its scope (a ministry with region scope, a regional centre with
    // district scope) keeps to itself: never less than organisation scope, never everything.
    case 'region':
      return actor.regionCode
        ? { kind: 'equals', field: 'regionCode', value: actor.regionCode }
        : { kind: 'equals', field: 'organisationId', value: actor.organisationId };
    case 'district':
      return actor.districtCode
        ? { kind: 'equals', field: 'districtCode', value: actor.districtCode }
        : { kind: 'equals', field: 'organisationId', value: actor.organisationId };
    case 'organisation':
      return { kind: 'equals', field: 'organisationId', value: actor.organisationId };
    case 'own':
      return { kind: 'equals', field: 'ownerUserId', value: actor.userId };
  }
}

/** Evaluates a scope condition on one object. */
export function conditionHolds(
  condition: ScopeCondition,
  object: Partial<Placement> & { ownerUserId?: string | null },
): boolean {
  switch (condition.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'equals':
      return object[condition.field] === condition.value;
  }
}
