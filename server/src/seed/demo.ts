import { requiresSecondFactor } from '@qorgau/domain/access/roles';
import { eq, inArray, sql } from 'drizzle-orm';
import { placementOfTerritory } from '../modules/organisations/service.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { userRoles, users } from '../platform/auth/tables.ts';
import { newTotpSecret } from '../platform/auth/totp.ts';
import type { AppContext } from '../platform/context.ts';
import { organisationSuccessors, organisations } from '../platform/directory/tables.ts';
import { DEMO_ORGANISATIONS, SUCCESSIONS } from './demo-organisations.ts';
import { seedDemoResponse } from './demo-response.ts';
import { DEFAULT_DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';

export interface DemoLogin {
  username: string;
  roles: string[];
  organisation: string;
  totpSecret: string | null;
}

/**
 * Creates the demo organisations and accounts that are missing (idempotent: what exists is left alone,
 * including passwords people have changed). Returns what it created.
 */
export async function seedDemo(ctx: AppContext): Promise<{ organisations: number; users: number }> {
  const password = ctx.config.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  const passwordHash = await hashPassword(password);
  const created = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const existing = new Map(
      (await tx.select({ id: organisations.id, code: organisations.code }).from(organisations)).map((o) => [
        o.code,
        o.id,
      ]),
    );
    let createdOrganisations = 0;
    for (const org of DEMO_ORGANISATIONS) {
      if (existing.has(org.code)) continue;
      const id = crypto.randomUUID();
      const placement = await placementOfTerritory(tx, org.territoryCode);
      await tx.insert(organisations).values({
        id,
        code: org.code,
        type: org.type,
        agency: org.agency,
        level: org.level,
        nameKk: org.kk,
        nameRu: org.ru,
        nameEn: org.en,
        abbreviationKk: org.abbreviationKk ?? null,
        abbreviationRu: org.abbreviationRu ?? null,
        territoryCode: org.territoryCode ?? null,
        ...placement,
        parentId: org.parent ? (existing.get(org.parent) ?? null) : null,
        validFrom: org.validFrom ?? null,
        validTo: org.validTo ?? null,
        createdAt: now,
        updatedAt: now,
      });
      existing.set(org.code, id);
      createdOrganisations++;
    }
    for (const link of SUCCESSIONS) {
      const predecessorId = existing.get(link.predecessor);
      const successorId = existing.get(link.successor);
      if (!predecessorId || !successorId) continue;
      await tx
        .insert(organisationSuccessors)
        .values({ predecessorId, successorId, effectiveOn: link.effectiveOn, note: link.note })
        .onConflictDoNothing();
    }

    const taken = new Set(
      (
        await tx
          .select({ username: users.username })
          .from(users)
          .where(
            inArray(
              sql`lower(${users.username})`,
              DEMO_USERS.map((u) => u.username),
            ),
          )
      ).map((u) => u.username.toLowerCase()),
    );
    let createdUsers = 0;
    for (const demo of DEMO_USERS) {
      if (taken.has(demo.username)) continue;
      const organisationId = existing.get(demo.organisation);
      if (!organisationId)
        throw new Error(`demo user ${demo.username}: unknown organisation ${demo.organisation}`);
      const secret = requiresSecondFactor(demo.roles)
        ? (ctx.config.DEMO_TOTP_SECRET ?? newTotpSecret())
        : null;
      const id = crypto.randomUUID();
      await tx.insert(users).values({
        id,
        username: demo.username,
        fullName: demo.fullName,
        position: demo.position,
        organisationId,
        locale: demo.locale,
        passwordHash,
        passwordChangedAt: now,
        totpSecretEnc: secret ? ctx.secretBox.seal(secret) : null,
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(userRoles).values(demo.roles.map((role) => ({ userId: id, role })));
      createdUsers++;
    }
    if (createdOrganisations + createdUsers > 0) {
      await writeAudit(
        tx,
        { userAgent: 'qorgau seed' },
        { action: 'system.seeded', details: { organisations: createdOrganisations, users: createdUsers } },
        now,
      );
    }
    return { organisations: createdOrganisations, users: createdUsers };
  });
  await seedDemoResponse(ctx);
  return created;
}

/** The demo accounts as they stand, with the TOTP secret of those that need one, for printing at start. */
export async function demoLogins(ctx: AppContext): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const demo of DEMO_USERS) {
    const [row] = await ctx.db
      .select({ totp: users.totpSecretEnc, organisation: organisations.nameKk, active: users.active })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, demo.username))
      .limit(1);
    if (!row?.active) continue;
    logins.push({
      username: demo.username,
      roles: demo.roles,
      organisation: row.organisation,
      totpSecret: row.totp ? ctx.secretBox.open(row.totp) : null,
    });
  }
  return logins;
}
