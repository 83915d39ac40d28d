import { effectiveGrants, isRole, type Role } from '@qorgau/domain/access/roles';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Database } from '../db/database.ts';
import { organisations } from '../directory/tables.ts';
import { userRoles, users } from './tables.ts';

/** Builds the Actor for an active user, or null when the user is gone or deactivated. */
export async function loadActor(db: Database, userId: string, sessionId: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      locale: users.locale,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      organisationId: organisations.id,
      organisationType: organisations.type,
      regionCode: organisations.regionCode,
      districtCode: organisations.districtCode,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row?.active) return null;
  const roles = (
    await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))
  )
    .map((r) => r.role)
    .filter(isRole) as Role[];
  return {
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    locale: row.locale,
    organisationId: row.organisationId,
    organisationType: row.organisationType as OrganisationType,
    regionCode: row.regionCode,
    districtCode: row.districtCode,
    roles,
    grants: effectiveGrants(roles),
    sessionId,
    mustChangePassword: row.mustChangePassword,
  };
}
