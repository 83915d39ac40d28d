import { randomInt } from 'node:crypto';
import {
  isRole,
  ROLE_DEFINITIONS,
  ROLES,
  type Role,
  requiresSecondFactor,
  roleAllowedFor,
} from '@qorgau/domain/access/roles';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { and, asc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, conditionFor, mayAccess, scopeOf } from '../../platform/access/actor.ts';
import { scopeFilter } from '../../platform/access/scope-filter.ts';
import { type AuditContext, diffFields, writeAudit } from '../../platform/audit/audit.ts';
import { passwordProblems } from '../../platform/auth/password-policy.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { revokeAllSessions } from '../../platform/auth/sessions.ts';
import { userRoles, users } from '../../platform/auth/tables.ts';
import { newTotpSecret, totpUri } from '../../platform/auth/totp.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/database.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { localeSchema, namesSchema } from '../../platform/http/schemas.ts';
import { getOrganisation, type OrganisationRow, placementOf } from '../organisations/service.ts';

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    position: z.string().nullable(),
    organisation: z.object({
      id: z.uuid(),
      name: namesSchema,
      type: z.string(),
      regionCode: z.string().nullable(),
      districtCode: z.string().nullable(),
    }),
    roles: z.array(z.enum(ROLES)),
    locale: localeSchema,
    active: z.boolean(),
    lockedUntil: z.string().nullable(),
    mustChangePassword: z.boolean(),
    secondFactorEnrolled: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof userSchema>;

/** What an administrator hands to the new user once: a temporary password and, if needed, the TOTP key. */
export const credentialsSchema = z
  .object({
    temporaryPassword: z.string().nullable(),
    secondFactor: z.object({ secret: z.string(), uri: z.string() }).nullable(),
  })
  .meta({ id: 'IssuedCredentials' });
export type IssuedCredentials = z.infer<typeof credentialsSchema>;

export const userInputSchema = z.object({
  fullName: z.string().trim().min(3).max(200),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,20}$/)
    .nullable()
    .optional(),
  position: z.string().trim().max(200).nullable().optional(),
  organisationId: z.uuid(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  locale: localeSchema.default('kk'),
});
export type UserInput = z.infer<typeof userInputSchema>;

export const newUserSchema = userInputSchema.extend({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{2,63}$/),
});

type UserRow = typeof users.$inferSelect;

function present(row: UserRow, organisation: OrganisationRow, roles: string[]): UserDto {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    position: row.position,
    organisation: {
      id: organisation.id,
      name: { kk: organisation.nameKk, ru: organisation.nameRu, en: organisation.nameEn },
      type: organisation.type,
      regionCode: organisation.regionCode,
      districtCode: organisation.districtCode,
    },
    roles: roles.filter(isRole),
    locale: row.locale,
    active: row.active,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    mustChangePassword: row.mustChangePassword,
    secondFactorEnrolled: row.totpSecretEnc !== null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random temporary password that meets the policy; the user must replace it at first sign-in. */
export function temporaryPassword(username: string): string {
  for (;;) {
    const candidate = Array.from(
      { length: 16 },
      () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)],
    ).join('');
    if (passwordProblems(candidate, username).length === 0) return candidate;
  }
}

async function rolesOf(db: Database, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .select()
    .from(userRoles)
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.role));
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row.role]);
  return map;
}

async function loadUser(
  db: Database,
  id: string,
): Promise<{ row: UserRow; organisation: OrganisationRow; roles: string[] }> {
  const [found] = await db
    .select({ row: users, organisation: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND');
  return { ...found, roles: (await rolesOf(db, [id])).get(id) ?? [] };
}

/** Loads a user the actor may act on under the permission; a user outside the scope is "not found". */
async function userInScope(db: Database, actor: Actor, permission: 'read:user' | 'manage:user', id: string) {
  const loaded = await loadUser(db, id);
  if (!mayAccess(actor, permission, { ...placementOf(loaded.organisation), ownerUserId: id }))
    throw new AppError('NOT_FOUND');
  return loaded;
}

export interface UserFilter {
  organisationId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  search?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Staff accounts the actor may see, by username. The listing itself is audited: it shows personal data. */
export async function listUsers(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  filter: UserFilter,
): Promise<{ items: UserDto[]; nextCursor: string | null }> {
  const conditions: (SQL | undefined)[] = [
    scopeFilter(conditionFor(actor, 'read:user'), {
      ownerUserId: users.id,
      organisationId: organisations.id,
      regionCode: organisations.regionCode,
      districtCode: organisations.districtCode,
    }),
  ];
  if (filter.organisationId) conditions.push(eq(users.organisationId, filter.organisationId));
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  if (filter.role) {
    conditions.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${filter.role})`,
    );
  }
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(
      or(ilike(users.username, pattern), ilike(users.fullName, pattern), ilike(users.email, pattern)),
    );
  }
  if (filter.cursor) {
    const [username] = decodeCursor(filter.cursor, 1);
    conditions.push(gt(users.username, String(username)));
  }
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ row: users, organisation: organisations })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(...conditions))
      .orderBy(asc(users.username))
      .limit(filter.limit + 1);
    const page = rows.slice(0, filter.limit);
    const roles = await rolesOf(
      tx,
      page.map((p) => p.row.id),
    );
    await writeAudit(
      tx,
      audit,
      {
        action: 'user.list',
        objectType: 'user',
        details: { filter: { ...filter, cursor: undefined }, shown: page.map((p) => p.row.id) },
      },
      ctx.clock.now(),
    );
    const last = page.at(-1);
    return {
      items: page.map((p) => present(p.row, p.organisation, roles.get(p.row.id) ?? [])),
      nextCursor: rows.length > filter.limit && last ? encodeCursor([last.row.username]) : null,
    };
  });
}

/** One staff account, audited as a read of personal data. */
export async function readUser(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  id: string,
): Promise<UserDto> {
  return ctx.db.transaction(async (tx) => {
    const { row, organisation, roles } = await userInScope(tx, actor, 'read:user', id);
    await writeAudit(
      tx,
      audit,
      { action: 'user.read', objectType: 'user', objectId: id, objectRegionCode: organisation.regionCode },
      ctx.clock.now(),
    );
    return present(row, organisation, roles);
  });
}

/**
 * Checks that the actor may give these roles to staff of this organisation: each role must fit the kind
 * of organisation, and roles that need a second factor (national reach, administration) can only be given
 * by someone who manages users nationally — a regional administrator cannot create a national one.
 */
function assertRolesGrantable(
  actor: Actor,
  roles: readonly Role[],
  organisation: OrganisationRow,
  alreadyHeld: readonly string[] = [],
): void {
  for (const role of roles) {
    if (!roleAllowedFor(role, organisation.type as OrganisationType)) {
      throw new AppError('ROLE_NOT_ALLOWED', { params: { role }, details: [{ field: 'roles', role }] });
    }
    const newlyGiven = !alreadyHeld.includes(role);
    if (newlyGiven && ROLE_DEFINITIONS[role].secondFactor && scopeOf(actor, 'manage:user') !== 'national') {
      throw new AppError('FORBIDDEN', { details: { role } });
    }
  }
}

async function setRoles(tx: Transaction, userId: string, roles: readonly Role[]): Promise<void> {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  await tx.insert(userRoles).values([...new Set(roles)].map((role) => ({ userId, role })));
}

/** Creates a staff account with a temporary password (and a TOTP key when the roles need one). */
export async function createUser(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: z.infer<typeof newUserSchema>,
): Promise<{ user: UserDto; credentials: IssuedCredentials }> {
  const organisation = await getOrganisation(ctx.db, input.organisationId);
  if (!mayAccess(actor, 'manage:user', placementOf(organisation)))
    throw new AppError('ORGANISATION_NOT_FOUND');
  assertRolesGrantable(actor, input.roles, organisation);
  const password = temporaryPassword(input.username);
  const passwordHash = await hashPassword(password);
  const secret = requiresSecondFactor(input.roles) ? newTotpSecret() : null;
  const id = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [clash] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = ${input.username}`);
    if (clash) throw new AppError('USERNAME_TAKEN');
    const values = {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      position: input.position ?? null,
      organisationId: input.organisationId,
      locale: input.locale,
    };
    const userId = crypto.randomUUID();
    await tx.insert(users).values({
      id: userId,
      ...values,
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: now,
      totpSecretEnc: secret ? ctx.secretBox.seal(secret) : null,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    });
    await setRoles(tx, userId, input.roles);
    await writeAudit(
      tx,
      audit,
      {
        action: 'user.created',
        objectType: 'user',
        objectId: userId,
        objectRegionCode: organisation.regionCode,
        changes: {
          ...diffFields(null, values, Object.keys(values) as (keyof typeof values)[]),
          roles: { from: null, to: input.roles },
        },
      },
      now,
    );
    return userId;
  });
  const loaded = await loadUser(ctx.db, id);
  return {
    user: present(loaded.row, loaded.organisation, loaded.roles),
    credentials: {
      temporaryPassword: password,
      secondFactor: secret ? { secret, uri: totpUri(secret, input.username) } : null,
    },
  };
}

/** Changes a staff account's details, organisation and roles. */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  id: string,
  input: UserInput,
): Promise<{ user: UserDto; credentials: IssuedCredentials }> {
  const { row, organisation: before, roles: oldRoles } = await userInScope(ctx.db, actor, 'manage:user', id);
  const organisation =
    input.organisationId === before.id ? before : await getOrganisation(ctx.db, input.organisationId);
  if (!mayAccess(actor, 'manage:user', placementOf(organisation)))
    throw new AppError('ORGANISATION_NOT_FOUND');
  assertRolesGrantable(actor, input.roles, organisation, oldRoles);
  const secret = requiresSecondFactor(input.roles) && row.totpSecretEnc === null ? newTotpSecret() : null;
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const values = {
      fullName: input.fullName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      position: input.position ?? null,
      organisationId: input.organisationId,
      locale: input.locale,
    };
    await tx
      .update(users)
      .set({
        ...values,
        ...(secret ? { totpSecretEnc: ctx.secretBox.seal(secret), totpLastStep: null } : {}),
        updatedAt: now,
        updatedBy: actor.userId,
      })
      .where(eq(users.id, id));
    await setRoles(tx, id, input.roles);
    const changes = diffFields(row, values, Object.keys(values) as (keyof typeof values)[]);
    if ([...oldRoles].sort().join() !== [...input.roles].sort().join())
      changes.roles = { from: oldRoles, to: input.roles };
    await writeAudit(
      tx,
      audit,
      {
        action: 'user.updated',
        objectType: 'user',
        objectId: id,
        objectRegionCode: organisation.regionCode,
        changes,
      },
      now,
    );
    // Moving to another organisation or losing roles changes what the person may see: end their sessions.
    if (changes.organisationId || oldRoles.some((r) => !input.roles.includes(r as Role)))
      await revokeAllSessions(tx, id, now);
  });
  const loaded = await loadUser(ctx.db, id);
  return {
    user: present(loaded.row, loaded.organisation, loaded.roles),
    credentials: {
      temporaryPassword: null,
      secondFactor: secret ? { secret, uri: totpUri(secret, row.username) } : null,
    },
  };
}

export type AccountAction = 'reset-password' | 'reset-second-factor' | 'deactivate' | 'reactivate' | 'unlock';

/** The account operations of an administrator: each is audited and ends sessions where it must. */
export async function accountAction(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  id: string,
  action: AccountAction,
): Promise<{ user: UserDto; credentials: IssuedCredentials }> {
  const { row, organisation } = await userInScope(ctx.db, actor, 'manage:user', id);
  if (action === 'deactivate' && id === actor.userId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  const credentials: IssuedCredentials = { temporaryPassword: null, secondFactor: null };
  let set: Partial<UserRow> = {};
  let auditAction:
    | 'user.password_reset'
    | 'user.second_factor_reset'
    | 'user.deactivated'
    | 'user.reactivated'
    | 'user.unlocked';
  let endSessions = false;
  switch (action) {
    case 'reset-password': {
      credentials.temporaryPassword = temporaryPassword(row.username);
      set = {
        passwordHash: await hashPassword(credentials.temporaryPassword),
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
      };
      auditAction = 'user.password_reset';
      endSessions = true;
      break;
    }
    case 'reset-second-factor': {
      const secret = newTotpSecret();
      credentials.secondFactor = { secret, uri: totpUri(secret, row.username) };
      set = { totpSecretEnc: ctx.secretBox.seal(secret), totpLastStep: null };
      auditAction = 'user.second_factor_reset';
      endSessions = true;
      break;
    }
    case 'deactivate':
      set = { active: false };
      auditAction = 'user.deactivated';
      endSessions = true;
      break;
    case 'reactivate':
      set = { active: true, failedAttempts: 0, lockedUntil: null };
      auditAction = 'user.reactivated';
      break;
    case 'unlock':
      set = { failedAttempts: 0, lockedUntil: null };
      auditAction = 'user.unlocked';
      break;
  }
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await tx
      .update(users)
      .set({ ...set, updatedAt: now, updatedBy: actor.userId })
      .where(eq(users.id, id));
    const ended = endSessions ? await revokeAllSessions(tx, id, now) : 0;
    await writeAudit(
      tx,
      audit,
      {
        action: auditAction,
        objectType: 'user',
        objectId: id,
        objectRegionCode: organisation.regionCode,
        changes: diffFields(row, set, Object.keys(set) as (keyof UserRow)[]),
        details: { endedSessions: ended },
      },
      now,
    );
  });
  const loaded = await loadUser(ctx.db, id);
  return { user: present(loaded.row, loaded.organisation, loaded.roles), credentials };
}
