import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../auth/tables.ts';
import type { AppContext } from '../context.ts';
import type { Database, Transaction } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { enqueue } from '../jobs/queue.ts';
import { emailJob, mailConfigured } from './mailer.ts';
import { type NotificationKind, type NotificationParams, renderNotification, renderSms } from './render.ts';
import type { notificationSchema } from './schemas.ts';
import { normalisePhone, smsConfigured, smsJob } from './sms.ts';
import { notifications } from './tables.ts';

export type NotificationDto = z.infer<typeof notificationSchema>;

/**
 * A message for one person: in the app always, by e-mail when they have an address and SMTP is set, and for
 * urgent notices by SMS when they have a phone and a gateway is set.
 */
export interface Notice {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly params: NotificationParams;
  readonly link?: string | null;
  /** The same key is delivered once. */
  readonly dedupeKey: string;
  /** Urgent: also a text message to the person's phone, when they have one and a gateway is set. */
  readonly sms?: boolean;
}

/**
 * Delivers notices in the caller's transaction. Returns how many were new (a repeated key is skipped in
 * the app and by e-mail alike).
 */
export async function notify(
  tx: Database | Transaction,
  ctx: AppContext,
  notices: readonly Notice[],
  at: Date,
): Promise<number> {
  let delivered = 0;
  const mail = mailConfigured(ctx.config);
  const sms = smsConfigured(ctx.config);
  for (const notice of notices) {
    const [row] = await tx
      .insert(notifications)
      .values({
        id: crypto.randomUUID(),
        userId: notice.userId,
        kind: notice.kind,
        params: notice.params,
        link: notice.link ?? null,
        dedupeKey: notice.dedupeKey,
        createdAt: at,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!row) continue;
    delivered++;
    const textMessage = sms && notice.sms === true;
    if (!mail && !textMessage) continue;
    const [user] = await tx
      .select({ email: users.email, phone: users.phone, locale: users.locale, active: users.active })
      .from(users)
      .where(eq(users.id, notice.userId));
    if (!user?.active) continue;
    if (mail && user.email) await queueEmail(tx, ctx, { to: user.email, locale: user.locale, notice, at });
    const phone = textMessage && user.phone ? normalisePhone(user.phone) : null;
    if (phone) {
      await enqueue(
        tx,
        smsJob,
        { to: phone, text: renderSms(user.locale, notice.kind, notice.params) },
        { at, dedupeKey: `sms:${notice.dedupeKey}:${phone}` },
      );
    }
  }
  return delivered;
}

/** Queues the e-mail of a notice to an address, in a language (a person's, or an organisation's office). */
export async function queueEmail(
  tx: Database | Transaction,
  ctx: AppContext,
  input: {
    to: string;
    locale: Locale | readonly Locale[];
    notice: Omit<Notice, 'userId'>;
    at: Date;
  },
): Promise<void> {
  if (!mailConfigured(ctx.config)) return;
  const locales = typeof input.locale === 'string' ? [input.locale] : [...input.locale];
  const rendered = locales.map((l) => renderNotification(l, input.notice.kind, input.notice.params));
  const link =
    input.notice.link && ctx.config.PUBLIC_URL
      ? `${ctx.config.PUBLIC_URL.replace(/\/$/, '')}${input.notice.link}`
      : null;
  const text = rendered.map((r) => (link ? `${r.body}\n\n${link}` : r.body)).join('\n\n———\n\n');
  await enqueue(
    tx,
    emailJob,
    {
      to: input.to,
      subject: rendered.map((r) => r.subject).join(' / '),
      text,
      language: locales[0] ?? 'kk',
    },
    { at: input.at, dedupeKey: `email:${input.notice.dedupeKey}:${input.to}` },
  );
}

/** A person's notifications, newest first, in their language, with the number unread. */
export async function listNotifications(
  db: Database,
  userId: string,
  locale: Locale,
  limit: number,
): Promise<{ items: NotificationDto[]; unread: number }> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return {
    items: rows.map((row) => {
      const { subject, body } = renderNotification(
        locale,
        row.kind as NotificationKind,
        row.params as NotificationParams,
      );
      return {
        id: row.id,
        kind: row.kind,
        title: subject,
        body,
        link: row.link,
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      };
    }),
    unread: unread?.n ?? 0,
  };
}

/** Marks one of a person's notifications read; someone else's answers 404. */
export async function markRead(db: Database, userId: string, id: string, at: Date): Promise<void> {
  const updated = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (updated.length === 0) throw new AppError('NOT_FOUND');
}

/** Marks all of a person's notifications read. */
export async function markAllRead(db: Database, userId: string, at: Date): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}
