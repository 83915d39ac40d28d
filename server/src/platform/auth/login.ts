import { requiresSecondFactor } from '@qorgau/domain/access/roles';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { type AuditContext, writeAudit } from '../audit/audit.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadActor } from './actor-loader.ts';
import { verifyDummyPassword, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { userRoles, users } from './tables.ts';
import { checkTotp } from './totp.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

type FailureReason =
  | 'unknown_user'
  | 'inactive'
  | 'locked'
  | 'wrong_password'
  | 'totp_missing'
  | 'totp_invalid';

/**
 * Signs a person in: password (argon2id), then the second factor where their roles need one. Repeated
 * failures lock the account for LOCKOUT_MINUTES; every attempt, failed or not, is in the audit log.
 */
export async function login(
  ctx: AppContext,
  input: LoginInput,
  audit: AuditContext,
): Promise<{ token: string; expiresAt: Date; actor: Actor }> {
  const now = ctx.clock.now();
  const username = input.username.trim().toLowerCase();
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username}`)
    .limit(1);

  const fail = async (reason: FailureReason, error: AppError): Promise<never> => {
    let lockNow = false;
    await ctx.db.transaction(async (tx) => {
      if (user && (reason === 'wrong_password' || reason === 'totp_invalid')) {
        // Counted in SQL, so parallel guesses cannot slip past the threshold.
        const [counted] = await tx
          .update(users)
          .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
          .where(eq(users.id, user.id))
          .returning({ attempts: users.failedAttempts });
        const attempts = counted?.attempts ?? 0;
        const lock = attempts >= ctx.config.LOCKOUT_THRESHOLD;
        if (lock) {
          await tx
            .update(users)
            .set({
              failedAttempts: 0,
              lockedUntil: new Date(now.getTime() + ctx.config.LOCKOUT_MINUTES * 60_000),
            })
            .where(eq(users.id, user.id));
        }
        if (lock) {
          await writeAudit(
            tx,
            audit,
            {
              action: 'auth.account_locked',
              objectType: 'user',
              objectId: user.id,
              details: { attempts, minutes: ctx.config.LOCKOUT_MINUTES },
            },
            now,
          );
          lockNow = true;
        }
      }
      await writeAudit(
        tx,
        audit,
        {
          action: 'auth.login',
          outcome: 'failure',
          objectType: 'user',
          ...(user ? { objectId: user.id } : {}),
          details: { username: username.slice(0, 64), reason },
        },
        now,
      );
    });
    if (lockNow) {
      throw new AppError('ACCOUNT_LOCKED', {
        params: { until: new Date(now.getTime() + ctx.config.LOCKOUT_MINUTES * 60_000) },
      });
    }
    throw error;
  };

  if (!user) {
    await verifyDummyPassword(input.password);
    return fail('unknown_user', new AppError('INVALID_CREDENTIALS'));
  }
  if (!user.active) {
    await verifyDummyPassword(input.password);
    return fail('inactive', new AppError('INVALID_CREDENTIALS'));
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return fail('locked', new AppError('ACCOUNT_LOCKED', { params: { until: user.lockedUntil } }));
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return fail('wrong_password', new AppError('INVALID_CREDENTIALS'));
  }

  const roles = (await ctx.db.select().from(userRoles).where(eq(userRoles.userId, user.id))).map(
    (r) => r.role,
  );
  const needsSecondFactor = user.totpSecretEnc !== null || requiresSecondFactor(roles as never[]);
  let totpStep: number | null = null;
  if (needsSecondFactor) {
    if (!user.totpSecretEnc) {
      // A role that needs a second factor was given without enrolling one: refuse rather than let it pass.
      return fail('totp_missing', new AppError('TOTP_REQUIRED', { details: { enrolmentRequired: true } }));
    }
    if (!input.totp) return fail('totp_missing', new AppError('TOTP_REQUIRED'));
    totpStep = checkTotp(ctx.secretBox.open(user.totpSecretEnc), input.totp.trim(), now);
    if (totpStep === null || (user.totpLastStep !== null && totpStep <= user.totpLastStep)) {
      return fail('totp_invalid', new AppError('TOTP_INVALID'));
    }
  }

  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(totpStep !== null ? { totpLastStep: totpStep } : {}),
      })
      .where(eq(users.id, user.id));
    const session = await createSession(ctx, tx, user.id, audit);
    const actor = await loadActor(tx, user.id, session.id);
    if (!actor) throw new AppError('INVALID_CREDENTIALS');
    await writeAudit(
      tx,
      {
        ...audit,
        actor: {
          userId: actor.userId,
          username: actor.username,
          organisationId: actor.organisationId,
          regionCode: actor.regionCode,
        },
      },
      {
        action: 'auth.login',
        objectType: 'user',
        objectId: user.id,
        details: { secondFactor: needsSecondFactor },
      },
      now,
    );
    return { token: session.token, expiresAt: session.expiresAt, actor };
  });
}
