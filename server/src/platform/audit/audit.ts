import { createHash } from 'node:crypto';
import type { AuditAction } from '@qorgau/domain/audit-actions';
import canonicalize from 'canonicalize';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { auditEvents } from './tables.ts';

export type { AuditAction };

/** Who did it and from where; built once per request. */
export interface AuditContext {
  actor?: { userId: string; username: string; organisationId: string; regionCode: string | null } | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface AuditEntry {
  action: AuditAction;
  outcome?: 'success' | 'failure';
  objectType?: string;
  objectId?: string;
  objectRegionCode?: string | null;
  changes?: FieldChanges;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
// Any constant shared by every writer: it serialises appends so the chain stays a chain.
const AUDIT_LOCK_KEY = 7_271_720_260;

type AuditRow = typeof auditEvents.$inferSelect;

/** The hash of a row: SHA-256 over the canonical JSON (RFC 8785) of its content and the previous hash. */
export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const content = {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    outcome: row.outcome,
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actorOrganisationId: row.actorOrganisationId,
    actorRegionCode: row.actorRegionCode,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    objectType: row.objectType,
    objectId: row.objectId,
    objectRegionCode: row.objectRegionCode,
    changes: row.changes ?? null,
    details: row.details ?? null,
    prevHash: row.prevHash,
  };
  return createHash('sha256')
    .update(canonicalize(content) ?? '')
    .digest('hex');
}

/**
 * Appends an event to the audit log. Must run in the caller's transaction, so the event exists exactly when
 * the change it describes does.
 */
export async function writeAudit(
  tx: Transaction,
  context: AuditContext,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ id: auditEvents.id, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const row: Omit<AuditRow, 'hash'> = {
    id: (last?.id ?? 0) + 1,
    at: new Date(Math.floor(at.getTime())),
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    actorUserId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? null,
    actorOrganisationId: context.actor?.organisationId ?? null,
    actorRegionCode: context.actor?.regionCode ?? null,
    ip: context.ip ?? null,
    userAgent: context.userAgent?.slice(0, 512) ?? null,
    requestId: context.requestId ?? null,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    objectRegionCode: entry.objectRegionCode ?? null,
    changes: entry.changes ?? null,
    details: entry.details ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvents).values({ ...row, hash: hashAuditRow(row) });
}

const SECRET_FIELDS = new Set(['passwordHash', 'totpSecretEnc', 'password', 'totp']);

/** The fields that differ between two versions of a record; secrets are recorded as changed, never shown. */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = before?.[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { from: '[redacted]', to: '[redacted]' }
      : {
          from: from instanceof Date ? from.toISOString() : from,
          to: to instanceof Date ? to.toISOString() : to,
        };
  }
  return changes;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { id: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap' };
}

/** Walks the whole chain in id order and names the first row that does not hold. */
export async function verifyAuditChain(db: Database, batchSize = 2000): Promise<ChainReport> {
  let previous: { id: number; hash: string } = { id: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, previous.id))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.id !== previous.id + 1)
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'gap' } };
      if (row.prevHash !== previous.hash) {
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'prev_hash_mismatch' } };
      }
      const { hash, ...content } = row;
      if (hashAuditRow(content) !== hash) {
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'hash_mismatch' } };
      }
      checked++;
      previous = { id: row.id, hash };
    }
  }
}
