import {
  type CaseAccessCondition,
  type CaseAccessFacts,
  type CaseAccessGrant,
  type CaseActor,
  type CaseCondition,
  type CaseRelation,
  caseAccessCondition,
  caseRelations,
} from '@qorgau/domain/cases/index';
import { eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
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

// The cases table again, for the id sets below: inside them `cases` would be ambiguous with the outer row.
const granted = alias(cases, 'granted_cases');

/**
 * The ids of the cases one condition holds for, as a subquery: the same reading as `conditionSql`, turned
 * around — instead of testing every case row against the relationship tables, each grant names its cases
 * through its own index (owner, organisation, district, assignee, referral, transfer, participant, grant).
 */
function grantedIdsSql(condition: CaseCondition, asOf: Date): SQL | null {
  switch (condition.kind) {
    case 'none':
      return null;
    case 'equals': {
      const column = {
        ownerOrganisationId: granted.ownerOrganisationId,
        ownerUserId: granted.ownerUserId,
        districtCode: granted.districtCode,
        regionCode: granted.regionCode,
      }[condition.field];
      return sql`select ${granted.id} from ${cases} as "granted_cases" where ${column} = ${condition.value}`;
    }
    case 'assignee':
      return sql`select ${caseAssignees.caseId} from ${caseAssignees} where ${caseAssignees.userId} = ${condition.userId}`;
    case 'active_referral_to':
      return sql`select ${referrals.caseId} from ${referrals} where ${referrals.toOrganisationId} = ${condition.organisationId} and ${inArray(referrals.status, ACTIVE_REFERRAL)}`;
    case 'active_transfer_to':
      return sql`select ${transfers.caseId} from ${transfers} where ${transfers.toOrganisationId} = ${condition.organisationId} and ${transfers.status} = 'pending'`;
    case 'active_participant':
      return sql`select ${caseParticipants.caseId} from ${caseParticipants} where ${caseParticipants.organisationId} = ${condition.organisationId} and ${caseParticipants.active}`;
    case 'break_glass':
      return sql`select ${breakGlassGrants.caseId} from ${breakGlassGrants} where ${breakGlassGrants.userId} = ${condition.userId} and ${breakGlassGrants.startsAt} <= ${asOf} and ${breakGlassGrants.expiresAt} > ${asOf} and (${breakGlassGrants.revokedAt} is null or ${breakGlassGrants.revokedAt} > ${asOf})`;
  }
}

/** A grant by territory: a supervisor's or case manager's whole district (or region). */
const territorial = (grant: CaseAccessGrant) =>
  grant.condition.kind === 'equals' &&
  (grant.condition.field === 'districtCode' || grant.condition.field === 'regionCode');

/**
 * The SQL predicate for "cases this actor may open", from the same condition `mayOpen` evaluates, in one of
 * two equivalent shapes chosen for the plan PostgreSQL makes of a list (sorted, a page at a time):
 *   - with a territorial grant, the OR of the grants' conditions on the case row: the actor's cases are a
 *     good share of all (a district's), so walking the cases in list order and testing each finds a page fast;
 *   - otherwise (a worker's own, organisation's, assigned, referred, transferred, participating cases), "the
 *     case's id is among the ids some grant names": each grant reads its few hundred cases through its own
 *     index, instead of testing every case in the country (bench/cases.ts, 300,000 cases: 108 ms → 3 ms for a
 *     school psychologist's list, 1.2 s → 2 ms for a name search).
 * A list does better still with `caseAccessBranches`.
 */
export function caseAccessFilter(actor: Actor, asOf: Date): SQL {
  const condition: CaseAccessCondition = caseAccessCondition(caseActor(actor));
  if (condition.kind === 'none') return sql`false`;
  if (condition.grants.some(territorial)) {
    return or(...condition.grants.map((g) => conditionSql(g.condition, asOf))) ?? sql`false`;
  }
  const sets = condition.grants.flatMap((g) => grantedIdsSql(g.condition, asOf) ?? []);
  if (sets.length === 0) return sql`false`;
  return sql`${cases.id} in (${sql.join(sets, sql` union all `)})`;
}

/**
 * The same predicate split into branches whose OR it is: each territorial grant on the case row, the other
 * grants' id sets together. A list takes a page from each branch and merges them (read-cases.ts), so that
 * PostgreSQL plans each with what it knows about it: a district's cases through the district's index, or from
 * the children's names when searching; a worker's own cases from their id sets.
 */
export function caseAccessBranches(actor: Actor, asOf: Date): CaseAccessBranch[] {
  const condition: CaseAccessCondition = caseAccessCondition(caseActor(actor));
  if (condition.kind === 'none') return [{ access: sql`false` }];
  const branches: CaseAccessBranch[] = condition.grants.filter(territorial).map((g) => {
    const c = g.condition as Extract<CaseCondition, { kind: 'equals' }>;
    return {
      access: conditionSql(c, asOf),
      territory: { field: c.field as 'districtCode' | 'regionCode', value: c.value },
    };
  });
  const sets = condition.grants
    .filter((g) => !territorial(g))
    .flatMap((g) => grantedIdsSql(g.condition, asOf) ?? []);
  if (sets.length > 0) {
    const ids = sql.join(sets, sql` union all `);
    branches.push({ access: sql`${cases.id} in (${ids})`, ids });
  }
  return branches.length > 0 ? branches : [{ access: sql`false` }];
}

/** One branch of the access predicate: a territorial one names its district or region, the other its id sets. */
export interface CaseAccessBranch {
  access: SQL;
  territory?: { field: 'districtCode' | 'regionCode'; value: string };
  /** The ids the grants name (a `union all` of selects), for the branch of the id sets. */
  ids?: SQL;
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
