import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { sessions } from './tables.ts';

export const SESSION_COOKIE = 'qorgau_session';
/** Only touch last_seen_at when it is older than this, so reading pages does not write on every request. */
const TOUCH_AFTER_MS = 60_000;

/** The stored id of a session token: its SHA-256, so a leaked database does not leak live sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Opens a session; returns the token for the cookie (never stored). */
export async function createSession(
  ctx: AppContext,
  db: Database,
  userId: string,
  meta: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<{ token: string; id: string; csrfToken: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db.insert(sessions).values({
    id,
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
  });
  return { token, id, csrfToken, expiresAt };
}

export type SessionLookup =
  | { status: 'active'; id: string; userId: string; csrfToken: string }
  | { status: 'expired' }
  | { status: 'unknown' };

/** Finds the live session behind a token, enforcing revocation, idle and absolute expiry. */
export async function resolveSession(ctx: AppContext, token: string): Promise<SessionLookup> {
  const id = sessionIdOf(token);
  const [row] = await ctx.db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  if (!row) return { status: 'unknown' };
  const now = ctx.clock.now();
  const idleLimit = row.lastSeenAt.getTime() + ctx.config.SESSION_IDLE_MINUTES * 60_000;
  if (row.revokedAt || row.expiresAt <= now || idleLimit <= now.getTime()) return { status: 'expired' };
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { status: 'active', id, userId: row.userId, csrfToken: row.csrfToken };
}

/** Ends one session. */
export async function revokeSession(db: Database, id: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Ends every session of a user (sign-out everywhere, password reset, deactivation). Returns how many. */
export async function revokeAllSessions(db: Database, userId: string, at: Date): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Constant-time comparison of CSRF tokens. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
