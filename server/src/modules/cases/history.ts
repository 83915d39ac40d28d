import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import { auditEvents } from '../../platform/audit/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { organisations } from '../../platform/directory/tables.ts';
import { requireCaseRelations } from './access.ts';
import { cases, persons } from './tables.ts';

/**
 * A case's history (who changed which field when) and access log (who opened it when), read from the audit
 * log itself, so neither can say anything the tamper-evident trail does not.
 */
export async function caseHistory(ctx: AppContext, actor: Actor, caseId: string) {
  await requireCaseRelations(ctx.db, actor, caseId, ctx.clock.now());
  const [row] = await ctx.db
    .select({ childId: cases.childId })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1);
  const events = await ctx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        inArray(auditEvents.objectType, ['case', 'person']),
        inArray(auditEvents.objectId, [caseId, ...(row ? [row.childId] : [])]),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1000);
  const present = (e: (typeof events)[number]) => ({
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    actor: e.actorUsername,
    changes: e.changes,
    details: e.details,
  });
  const reads = new Set(['case.read', 'case.list', 'person.read']);
  return {
    changes: events.filter((e) => !reads.has(e.action)).map(present),
    access: events.filter((e) => e.action === 'case.read').map(present),
  };
}

/**
 * The cases registered for an IIN, with only their number and owner: enough to ask for emergency access or
 * to call the owner, nothing about the child. Every lookup is audited.
 */
export async function lookupCaseByIin(ctx: AppContext, _actor: Actor, audit: AuditContext, iin: string) {
  const rows = await ctx.db
    .select({
      caseId: cases.id,
      number: cases.number,
      status: cases.status,
      ownerKk: organisations.nameKk,
      ownerRu: organisations.nameRu,
      ownerEn: organisations.nameEn,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.childId))
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .where(and(eq(persons.iin, iin), isNull(persons.mergedInto)))
    .orderBy(asc(cases.createdAt));
  await ctx.db.transaction((tx) =>
    writeAudit(
      tx,
      audit,
      {
        action: 'case.list',
        objectType: 'case',
        details: { lookupIin: `…${iin.slice(-4)}`, shown: rows.map((r) => r.caseId) },
      },
      ctx.clock.now(),
    ),
  );
  return rows.map((r) => ({
    caseId: r.caseId,
    number: r.number,
    status: r.status,
    owner: { kk: r.ownerKk, ru: r.ownerRu, en: r.ownerEn },
  }));
}
