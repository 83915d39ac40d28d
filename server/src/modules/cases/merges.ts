import type { CaseRelation } from '@qorgau/domain/cases/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { translateKey } from '../../platform/i18n/translate.ts';
import { requireCaseRelations } from './access.ts';
import { cases, personMerges, persons } from './tables.ts';

function mergeRefused(reason: string): AppError {
  return new AppError('MERGE_REFUSED', {
    details: { reason },
    reason: (locale) => translateKey(locale, `case.merge.${reason}`),
  });
}

/** A supervisor may merge or unmerge records of children whose cases they oversee. */
async function requireOversightOfPerson(
  tx: Transaction,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<void> {
  const childCases = await tx.select({ id: cases.id }).from(cases).where(eq(cases.childId, personId));
  for (const c of childCases) {
    const relations: CaseRelation[] = await requireCaseRelations(tx, actor, c.id, now).catch(() => []);
    if (relations.includes('supervisor_in_scope')) return;
  }
  throw new AppError('PERSON_NOT_FOUND');
}

/**
 * Merges two records found to be one child: the cases of `fromPersonId` move to `intoPersonId`, the merged
 * record is kept (marked) so the merge can be undone exactly.
 */
export async function mergePersons(
  ctx: AppContext,
  actor: Actor,
  audit: AuditContext,
  input: { fromPersonId: string; intoPersonId: string; reason: string },
) {
  if (input.fromPersonId === input.intoPersonId) throw mergeRefused('same_person');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const rows = await tx
      .select()
      .from(persons)
      .where(inArray(persons.id, [input.fromPersonId, input.intoPersonId]))
      .for('update');
    const from = rows.find((r) => r.id === input.fromPersonId);
    const into = rows.find((r) => r.id === input.intoPersonId);
    if (!from || !into) throw new AppError('PERSON_NOT_FOUND');
    await requireOversightOfPerson(tx, actor, from.id, now);
    await requireOversightOfPerson(tx, actor, into.id, now);
    if (from.mergedInto || into.mergedInto) throw mergeRefused('already_merged');
    if (from.iin && into.iin && from.iin !== into.iin) throw mergeRefused('iin_differs');
    const moved = await tx
      .update(cases)
      .set({ childId: into.id })
      .where(eq(cases.childId, from.id))
      .returning({ id: cases.id });
    await tx
      .update(persons)
      .set({ mergedInto: into.id, updatedAt: now, updatedBy: actor.userId })
      .where(eq(persons.id, from.id));
    const copiedIin = from.iin && !into.iin ? from.iin : null;
    if (copiedIin) await tx.update(persons).set({ iin: copiedIin }).where(eq(persons.id, into.id));
    const id = crypto.randomUUID();
    await tx.insert(personMerges).values({
      id,
      fromPersonId: from.id,
      intoPersonId: into.id,
      movedCaseIds: moved.map((m) => m.id),
      copiedIin,
      reason: input.reason,
      mergedBy: actor.userId,
      mergedAt: now,
    });
    await writeAudit(
      tx,
      audit,
      {
        action: 'person.merged',
        objectType: 'person',
        objectId: into.id,
        details: { mergeId: id, from: from.id, cases: moved.map((m) => m.id), reason: input.reason },
      },
      now,
    );
    return { mergeId: id, movedCases: moved.length };
  });
}

/** Undoes a merge: the cases it moved go back, the merged record is a record again. */
export async function undoMerge(ctx: AppContext, actor: Actor, audit: AuditContext, mergeId: string) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [merge] = await tx.select().from(personMerges).where(eq(personMerges.id, mergeId)).for('update');
    if (!merge) throw new AppError('NOT_FOUND');
    if (merge.undoneAt) throw mergeRefused('not_merged');
    await requireOversightOfPerson(tx, actor, merge.intoPersonId, now);
    if (merge.movedCaseIds.length > 0) {
      await tx
        .update(cases)
        .set({ childId: merge.fromPersonId })
        .where(and(inArray(cases.id, merge.movedCaseIds), eq(cases.childId, merge.intoPersonId)));
    }
    if (merge.copiedIin)
      await tx.update(persons).set({ iin: null }).where(eq(persons.id, merge.intoPersonId));
    await tx
      .update(persons)
      .set({ mergedInto: null, updatedAt: now, updatedBy: actor.userId })
      .where(and(eq(persons.id, merge.fromPersonId), eq(persons.mergedInto, merge.intoPersonId)));
    await tx
      .update(personMerges)
      .set({ undoneAt: now, undoneBy: actor.userId })
      .where(eq(personMerges.id, mergeId));
    await writeAudit(
      tx,
      audit,
      {
        action: 'person.unmerged',
        objectType: 'person',
        objectId: merge.intoPersonId,
        details: { mergeId, restored: merge.fromPersonId },
      },
      now,
    );
    return { restoredCases: merge.movedCaseIds.length };
  });
}
