import {
  type CaseAccessCondition,
  type CaseAccessFacts,
  type CaseActor,
  type CaseCondition,
  type CaseRelation,
  caseAccessCondition,
  caseRelations,
} from '@qorgau/domain/cases/index';
import { eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { breakGlassGrants, caseAssignees, caseParticipants, cases, referrals, transfers } from './tables.ts';

/** The domain's view of the person acting. */
export function caseActor(actor: Actor): CaseActor {
  return {
    userId: actor.userId,
    organisationId: actor.organisationId,
    districtCode: actor.districtCode,
    regionCode: actor.regionCode,
    roles: actor.roles,
  };
}

const ACTIVE_REFERRAL = ['pending', 'accepted'];

/** One condition as SQL on the `cases` table (the reading documented in domain/src/cases/case-access.ts). */
function conditionSql(condition: CaseCondition, asOf: Date): SQL {
  switch (condition.kind) {
    case 'none':
      return sql`false`;
    case 'equals': {
      const column = {
        ownerOrganisationId: cases.ownerOrganisationId,
        ownerUserId: cases.ownerUserId,
        districtCode: cases.districtCode,
        regionCode: cases.regionCode,
      }[condition.field];
      return sql`${column} = ${condition.value}`;
    }
    case 'assignee':
      return sql`exists (select 1 from ${caseAssignees} where ${caseAssignees.caseId} = ${cases.id} and ${caseAssignees.userId} = ${condition.userId})`;
    case 'active_referral_to':
      return sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and ${referrals.toOrganisationId} = ${condition.organisationId} and ${inArray(referrals.status, ACTIVE_REFERRAL)})`;
    case 'active_transfer_to':
      return sql`exists (select 1 from ${transfers} where ${transfers.caseId} = ${cases.id} and ${transfers.toOrganisationId} = ${condition.organisationId} and ${transfers.status} = 'pending')`;
    case 'active_participant':
      return sql`exists (select 1 from ${caseParticipants} where ${caseParticipants.caseId} = ${cases.id} and ${caseParticipants.organisationId} = ${condition.organisationId} and ${caseParticipants.active})`;
    case 'break_glass':
      return sql`exists (select 1 from ${breakGlassGrants} where ${breakGlassGrants.caseId} = ${cases.id} and ${breakGlassGrants.userId} = ${condition.userId} and ${breakGlassGrants.startsAt} <= ${asOf} and ${breakGlassGrants.expiresAt} > ${asOf} and (${breakGlassGrants.revokedAt} is null or ${breakGlassGrants.revokedAt} > ${asOf}))`;
  }
}

/** The SQL predicate for "cases this actor may open", from the same condition `mayOpen` evaluates. */
export function caseAccessFilter(actor: Actor, asOf: Date): SQL {
  const condition: CaseAccessCondition = caseAccessCondition(caseActor(actor));
  if (condition.kind === 'none') return sql`false`;
  return or(...condition.grants.map((g) => conditionSql(g.condition, asOf))) ?? sql`false`;
}

/** Everything access needs to know about one case, read in four small queries. */
export async function loadAccessFacts(db: Database, caseId: string): Promise<CaseAccessFacts | null> {
  const [row] = await db
    .select({
      ownerOrganisationId: cases.ownerOrganisationId,
      ownerUserId: cases.ownerUserId,
      districtCode: cases.districtCode,
      regionCode: cases.regionCode,
    })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!row) return null;
  const [assignees, refs, trans, grants, participants] = await Promise.all([
    db.select({ userId: caseAssignees.userId }).from(caseAssignees).where(eq(caseAssignees.caseId, caseId)),
    db
      .select({ toOrganisationId: referrals.toOrganisationId, status: referrals.status })
      .from(referrals)
      .where(eq(referrals.caseId, caseId)),
    db
      .select({ toOrganisationId: transfers.toOrganisationId, status: transfers.status })
      .from(transfers)
      .where(eq(transfers.caseId, caseId)),
    db.select().from(breakGlassGrants).where(eq(breakGlassGrants.caseId, caseId)),
    db
      .select({ organisationId: caseParticipants.organisationId, active: caseParticipants.active })
      .from(caseParticipants)
      .where(eq(caseParticipants.caseId, caseId)),
  ]);
  return {
    ...row,
    assigneeUserIds: assignees.map((a) => a.userId),
    referrals: refs as CaseAccessFacts['referrals'],
    transfers: trans as CaseAccessFacts['transfers'],
    participants,
    breakGlass: grants.map((g) => ({
      userId: g.userId,
      caseId: g.caseId,
      reason: g.reason,
      startsAt: g.startsAt.toISOString(),
      expiresAt: g.expiresAt.toISOString(),
      revokedAt: g.revokedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * How the actor relates to the case, or a 404 when they may not open it — the same answer as for a case
 * that does not exist, so that existence does not leak.
 */
export async function requireCaseRelations(
  db: Database,
  actor: Actor,
  caseId: string,
  asOf: Date,
): Promise<CaseRelation[]> {
  const facts = await loadAccessFacts(db, caseId);
  if (!facts) throw new AppError('CASE_NOT_FOUND');
  const relations = caseRelations(caseActor(actor), facts, asOf.toISOString());
  if (relations.length === 0) throw new AppError('CASE_NOT_FOUND');
  return relations;
}
