import {
  DEFAULT_PROTOCOL,
  type Protocol,
  parseProtocol,
  protocolToPlain,
} from '@qorgau/domain/protocol/index';
import { asc, desc, eq } from 'drizzle-orm';
import YAML from 'yaml';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { protocolVersions } from './tables.ts';

/** Every version of the protocol, oldest first, as the engine needs them for pinning. */
export async function loadProtocols(db: Database): Promise<Protocol[]> {
  const rows = await db
    .select({ document: protocolVersions.document })
    .from(protocolVersions)
    .orderBy(asc(protocolVersions.version));
  return rows.map((r) => r.document as Protocol);
}

/** The versions for the administration screen, newest first. */
export async function listProtocolVersions(db: Database) {
  const rows = await db.select().from(protocolVersions).orderBy(desc(protocolVersions.version));
  return rows.map((r) => ({
    version: r.version,
    protocolId: r.protocolId,
    validFrom: r.validFrom.toISOString(),
    publishedAt: r.publishedAt.toISOString(),
    document: protocolToPlain(r.document as Protocol),
  }));
}

/** Loads the shipped sample protocol when none exists yet (a sample to adapt, as its note says). */
export async function seedDefaultProtocol(ctx: AppContext): Promise<boolean> {
  const [existing] = await ctx.db.select({ id: protocolVersions.id }).from(protocolVersions).limit(1);
  if (existing) return false;
  await ctx.db.insert(protocolVersions).values({
    id: crypto.randomUUID(),
    protocolId: DEFAULT_PROTOCOL.id,
    version: DEFAULT_PROTOCOL.version,
    validFrom: new Date(DEFAULT_PROTOCOL.validFrom),
    document: DEFAULT_PROTOCOL,
    publishedAt: ctx.clock.now(),
  });
  return true;
}

/** Reads an uploaded protocol document, JSON or YAML; a text that is neither is the caller's error. */
export function readProtocolText(text: string): unknown {
  try {
    return YAML.parse(text);
  } catch {
    throw AppError.invalid([{ field: 'document', key: 'validation.protocol_json' }]);
  }
}

/**
 * Publishes a new version. It applies to concerns recorded from its `validFrom` on; concerns recorded earlier
 * keep the version they were judged by, so history is never rewritten.
 */
export async function publishProtocol(ctx: AppContext, actor: Actor, audit: AuditContext, input: unknown) {
  const parsed = parseProtocol(input);
  if (!parsed.ok) {
    throw AppError.invalid(
      parsed.errors.map((e) => ({ field: e.path ? `document.${e.path}` : 'document', key: e.i18n })),
    );
  }
  const protocol = parsed.protocol;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [latest] = await tx
      .select({ version: protocolVersions.version })
      .from(protocolVersions)
      .orderBy(desc(protocolVersions.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    if (protocol.version !== version)
      throw AppError.invalid([{ field: 'document.version', key: 'validation.invalid' }]);
    if (new Date(protocol.validFrom) < now)
      throw AppError.invalid([{ field: 'document.validFrom', key: 'validation.date_order' }]);
    await tx.insert(protocolVersions).values({
      id: crypto.randomUUID(),
      protocolId: protocol.id,
      version,
      validFrom: new Date(protocol.validFrom),
      document: protocol,
      publishedBy: actor.userId,
      publishedAt: now,
    });
    await writeAudit(
      tx,
      audit,
      {
        action: 'protocol.published',
        objectType: 'protocol',
        objectId: String(version),
        details: { rules: protocol.rules.length, validFrom: protocol.validFrom },
      },
      now,
    );
    return { version };
  });
}

/** One version as a file for editing elsewhere. */
export async function exportProtocol(db: Database, version: number, format: 'json' | 'yaml') {
  const [row] = await db
    .select()
    .from(protocolVersions)
    .where(eq(protocolVersions.version, version))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  const plain = protocolToPlain(row.document as Protocol);
  return format === 'json' ? `${JSON.stringify(plain, null, 2)}\n` : YAML.stringify(plain);
}
