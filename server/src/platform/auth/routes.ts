import { PERMISSIONS, type Permission } from '@qorgau/domain/access/permissions';
import { requiresSecondFactor } from '@qorgau/domain/access/roles';
import { SCOPES } from '@qorgau/domain/access/scope';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, requireActor } from '../access/actor.ts';
import { diffFields, writeAudit } from '../audit/audit.ts';
import type { AppContext } from '../context.ts';
import { organisations } from '../directory/tables.ts';
import { AppError } from '../errors.ts';
import { errorResponses, localeSchema, namesSchema, noBody } from '../http/schemas.ts';
import { login } from './login.ts';
import { passwordIssue, passwordProblems } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { revokeAllSessions, revokeSession, SESSION_COOKIE } from './sessions.ts';
import { sessions, users } from './tables.ts';

const meSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      username: z.string(),
      fullName: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      position: z.string().nullable(),
      locale: localeSchema,
      mustChangePassword: z.boolean(),
      secondFactor: z.boolean(),
    }),
    organisation: z.object({
      id: z.uuid(),
      code: z.string(),
      type: z.string(),
      agency: z.string(),
      name: namesSchema,
      regionCode: z.string().nullable(),
      districtCode: z.string().nullable(),
    }),
    roles: z.array(z.string()),
    permissions: z.array(z.object({ permission: z.enum(PERMISSIONS), scope: z.enum(SCOPES) })),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });

type Me = z.infer<typeof meSchema>;

async function buildMe(ctx: AppContext, actor: Actor): Promise<Me> {
  const [row] = await ctx.db
    .select({ user: users, organisation: organisations, csrfToken: sessions.csrfToken })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(sessions, eq(sessions.id, actor.sessionId))
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!row) throw new AppError('UNAUTHENTICATED');
  const { user, organisation } = row;
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      email: user.email,
      phone: user.phone,
      position: user.position,
      locale: user.locale,
      mustChangePassword: user.mustChangePassword,
      secondFactor: user.totpSecretEnc !== null || requiresSecondFactor(actor.roles),
    },
    organisation: {
      id: organisation.id,
      code: organisation.code,
      type: organisation.type,
      agency: organisation.agency,
      name: { kk: organisation.nameKk, ru: organisation.nameRu, en: organisation.nameEn },
      regionCode: organisation.regionCode,
      districtCode: organisation.districtCode,
    },
    roles: actor.roles,
    permissions: (Object.entries(actor.grants) as [Permission, (typeof SCOPES)[number]][]).map(
      ([permission, scope]) => ({
        permission,
        scope,
      }),
    ),
    csrfToken: row.csrfToken,
  };
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Sign-in, sign-out and the signed-in person's own account. */
export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authRateLimit = { max: ctx.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };

  r.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username, password and, where the roles need it, a TOTP code',
        body: z.object({
          username: z.string().trim().min(1).max(64),
          password: z.string().min(1).max(256),
          totp: z.string().trim().max(10).optional(),
        }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await login(ctx, request.body, request.audit);
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        expires: result.expiresAt,
      });
      request.locale = result.actor.locale;
      return buildMe(ctx, result.actor);
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign out of this session',
        body: noBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        await revokeSession(tx, actor.sessionId, now);
        await writeAudit(
          tx,
          request.audit,
          { action: 'auth.logout', objectType: 'user', objectId: actor.userId },
          now,
        );
      });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/logout-everywhere',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign out of every session of this account, on every device',
        body: noBody,
        response: { 200: z.object({ endedSessions: z.number().int() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ended = await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        const count = await revokeAllSessions(tx, actor.userId, now);
        await writeAudit(
          tx,
          request.audit,
          {
            action: 'auth.logout_everywhere',
            objectType: 'user',
            objectId: actor.userId,
            details: { sessions: count },
          },
          now,
        );
        return count;
      });
      clearSessionCookie(reply);
      return { endedSessions: ended };
    },
  );

  r.get(
    '/api/v1/me',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person: account, organisation, roles and effective permissions with scopes',
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => buildMe(ctx, requireActor(request)),
  );

  r.patch(
    '/api/v1/me',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: "Change the signed-in person's preferences (language)",
        body: z.object({ locale: localeSchema }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        await tx
          .update(users)
          .set({ locale: request.body.locale, updatedAt: now, updatedBy: actor.userId })
          .where(eq(users.id, actor.userId));
        await writeAudit(
          tx,
          request.audit,
          {
            action: 'user.updated',
            objectType: 'user',
            objectId: actor.userId,
            objectRegionCode: actor.regionCode,
            changes: diffFields({ locale: actor.locale }, { locale: request.body.locale }, ['locale']),
          },
          now,
        );
      });
      request.locale = request.body.locale;
      return buildMe(ctx, { ...actor, locale: request.body.locale });
    },
  );

  r.post(
    '/api/v1/me/password',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true, rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: "Change one's own password; other sessions are signed out",
        body: z.object({
          currentPassword: z.string().min(1).max(256),
          newPassword: z.string().min(1).max(256),
        }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
      if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw new AppError('PASSWORD_WRONG');
      }
      const problems = passwordProblems(request.body.newPassword, user.username);
      if (problems.length > 0) {
        throw new AppError('PASSWORD_POLICY', {
          details: problems.map((p) => passwordIssue('newPassword', p)),
        });
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      await ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        await tx
          .update(users)
          .set({
            passwordHash,
            mustChangePassword: false,
            passwordChangedAt: now,
            updatedAt: now,
            updatedBy: actor.userId,
          })
          .where(eq(users.id, actor.userId));
        const others = await revokeAllSessions(tx, actor.userId, now);
        // Keep the session the change was made from.
        await tx.update(sessions).set({ revokedAt: null }).where(eq(sessions.id, actor.sessionId));
        await writeAudit(
          tx,
          request.audit,
          {
            action: 'auth.password_changed',
            objectType: 'user',
            objectId: actor.userId,
            details: { endedSessions: Math.max(0, others - 1) },
          },
          now,
        );
      });
      return buildMe(ctx, { ...actor, mustChangePassword: false });
    },
  );
}
