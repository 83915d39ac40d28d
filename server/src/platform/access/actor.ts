import type { Permission } from '@qorgau/domain/access/permissions';
import type { Grants, Role } from '@qorgau/domain/access/roles';
import {
  conditionHolds,
  type Placement,
  type Scope,
  type ScopeCondition,
  scopeCondition,
} from '@qorgau/domain/access/scope';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';

/** The signed-in person a request acts for, with everything access decisions need. */
export interface Actor extends Placement {
  userId: string;
  username: string;
  fullName: string;
  organisationType: OrganisationType;
  roles: Role[];
  grants: Grants;
  locale: Locale;
  sessionId: string;
  mustChangePassword: boolean;
}

/** The scope at which the actor holds a permission, or undefined (deny by default). */
export function scopeOf(actor: Actor, permission: Permission): Scope | undefined {
  return actor.grants[permission];
}

/** True when the actor holds the permission at any scope. */
export function holds(actor: Actor, permission: Permission): boolean {
  return scopeOf(actor, permission) !== undefined;
}

/** The condition the actor's scope for a permission puts on objects (see `scopeFilter` for lists). */
export function conditionFor(actor: Actor, permission: Permission): ScopeCondition {
  return scopeCondition(scopeOf(actor, permission), actor);
}

/** True when the actor may act on this object under the permission — the same rule lists filter by. */
export function mayAccess(
  actor: Actor,
  permission: Permission,
  // The full placement, not a partial one: a row of another shape must not type-check and quietly deny.
  object: Placement & { ownerUserId?: string | null },
): boolean {
  return conditionHolds(conditionFor(actor, permission), object);
}

/** The request's actor; the guard has already refused anonymous requests to non-public routes. */
export function requireActor(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
