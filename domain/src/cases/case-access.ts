import type { Role } from '../access/roles.ts';
import { type Scope, type ScopeCondition, scopeCondition } from '../access/scope.ts';
import { type BreakGlassGrant, breakGlassActive, type CaseActor, worksCases } from './break-glass.ts';
import { isReferralActive, type ReferralStatus } from './referrals.ts';
import { isTransferActive, type TransferStatus } from './transfers.ts';

/*
 * Need to know, as data. A case is visible to its team — the owning worker and organisation, the assigned
 * workers, organisations with an active referral or a pending transfer — to supervisors and case managers
 * whose district is the case's, and to a holder of an unexpired break-glass grant. Nobody else; analysts
 * never. As with roles and scopes (access/scope.ts, decision 0004) the rule is a condition the server
 * interprets twice: as a SQL predicate for lists and with `caseConditionHolds` on one case, so a list never
 * shows what the case page would refuse.
 *
 * SQL reading of each condition on a case row `c` (the server owns the exact statements):
 *   equals ownerOrganisationId  c.owner_organisation_id = $1
 *   equals ownerUserId          c.owner_user_id = $1
 *   equals districtCode         c.district_code = $1            (regionCode alike)
 *   assignee                    EXISTS (case_assignee a WHERE a.case_id = c.id AND a.user_id = $1)
 *   active_referral_to          EXISTS (referral r WHERE r.case_id = c.id AND r.to_organisation_id = $1
 *                                       AND r.status IN ('pending','accepted'))
 *   active_transfer_to          EXISTS (transfer t WHERE … AND t.status = 'pending')
 *   active_participant          EXISTS (case_participant p WHERE p.case_id = c.id AND p.organisation_id = $1
 *                                       AND p.active)
 *   break_glass                 EXISTS (break_glass g WHERE g.case_id = c.id AND g.user_id = $1
 *                                       AND g.starts_at <= $asOf AND g.expires_at > $asOf
 *                                       AND (g.revoked_at IS NULL OR g.revoked_at > $asOf))
 *   any                         the OR of its grants; none is FALSE
 */

/** How an actor relates to a case; one actor may have several relations. */
export const CASE_RELATIONS = [
  'owner',
  'owner_organisation',
  'assignee',
  'referral_partner',
  'transfer_partner',
  /** An organisation the interagency protocol, a mobile group dispatch or a KDN hearing involved. */
  'participant',
  'supervisor_in_scope',
  'case_manager_in_scope',
  'break_glass',
] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

/** How far a supervisor's and a case manager's oversight of cases reaches. */
export const CASE_OVERSIGHT_SCOPE: Readonly<Partial<Record<Role, Scope>>> = {
  supervisor: 'district',
  case_manager: 'district',
};

/** One condition on a case: a scope condition on its placement, or a relationship. */
export type CaseCondition =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'equals';
      readonly field: 'ownerOrganisationId' | 'ownerUserId' | 'districtCode' | 'regionCode';
      readonly value: string;
    }
  | { readonly kind: 'assignee'; readonly userId: string }
  | { readonly kind: 'active_referral_to'; readonly organisationId: string }
  | { readonly kind: 'active_transfer_to'; readonly organisationId: string }
  | { readonly kind: 'active_participant'; readonly organisationId: string }
  | { readonly kind: 'break_glass'; readonly userId: string };

/** A condition and the relation it proves. */
export interface CaseAccessGrant {
  readonly relation: CaseRelation;
  readonly condition: CaseCondition;
}

/** The condition an actor's access puts on cases: nothing, or any of the grants. */
export type CaseAccessCondition =
  | { readonly kind: 'none' }
  | { readonly kind: 'any'; readonly grants: readonly CaseAccessGrant[] };

/** What access needs to know about one case. */
export interface CaseAccessFacts {
  readonly ownerOrganisationId: string;
  readonly ownerUserId: string | null;
  /** The territory the case is registered in (normally where the child lives). */
  readonly districtCode: string | null;
  readonly regionCode: string | null;
  readonly assigneeUserIds: readonly string[];
  readonly referrals: readonly { readonly toOrganisationId: string; readonly status: ReferralStatus }[];
  readonly transfers: readonly { readonly toOrganisationId: string; readonly status: TransferStatus }[];
  /**
   * Organisations that must act on the case under the protocol, take part in a dispatch or hear it at the
   * KDN, while that lasts. Optional for callers that predate it: absent means none.
   */
  readonly participants?: readonly { readonly organisationId: string; readonly active: boolean }[];
  readonly breakGlass: readonly BreakGlassGrant[];
}

// A scope condition on the case's placement: its owner organisation stands where scope.ts says organisation.
const fromScope = (condition: ScopeCondition): CaseCondition => {
  switch (condition.kind) {
    case 'all':
      // No scope reaches every case; a national grant here would be a bug, so it yields nothing.
      return { kind: 'none' };
    case 'none':
      return condition;
    case 'equals':
      return {
        kind: 'equals',
        field: condition.field === 'organisationId' ? 'ownerOrganisationId' : condition.field,
        value: condition.value,
      };
  }
};

/** The condition under which an actor may open a case. */
export function caseAccessCondition(actor: CaseActor): CaseAccessCondition {
  if (!worksCases(actor)) return { kind: 'none' };
  const grants: CaseAccessGrant[] = [
    { relation: 'owner', condition: { kind: 'equals', field: 'ownerUserId', value: actor.userId } },
    {
      relation: 'owner_organisation',
      condition: { kind: 'equals', field: 'ownerOrganisationId', value: actor.organisationId },
    },
    { relation: 'assignee', condition: { kind: 'assignee', userId: actor.userId } },
    {
      relation: 'referral_partner',
      condition: { kind: 'active_referral_to', organisationId: actor.organisationId },
    },
    {
      relation: 'transfer_partner',
      condition: { kind: 'active_transfer_to', organisationId: actor.organisationId },
    },
    {
      relation: 'participant',
      condition: { kind: 'active_participant', organisationId: actor.organisationId },
    },
  ];
  for (const [role, relation] of [
    ['supervisor', 'supervisor_in_scope'],
    ['case_manager', 'case_manager_in_scope'],
  ] as const) {
    const scope = CASE_OVERSIGHT_SCOPE[role];
    if (!actor.roles.includes(role) || scope === undefined) continue;
    const condition = fromScope(scopeCondition(scope, actor));
    if (condition.kind !== 'none') grants.push({ relation, condition });
  }
  grants.push({ relation: 'break_glass', condition: { kind: 'break_glass', userId: actor.userId } });
  return { kind: 'any', grants };
}

/** Evaluates one condition on one case as of an instant (break-glass grants expire). */
export function caseConditionHolds(condition: CaseCondition, facts: CaseAccessFacts, asOf: string): boolean {
  switch (condition.kind) {
    case 'none':
      return false;
    case 'equals':
      return facts[condition.field] === condition.value;
    case 'assignee':
      return facts.assigneeUserIds.includes(condition.userId);
    case 'active_referral_to':
      return facts.referrals.some(
        (r) => r.toOrganisationId === condition.organisationId && isReferralActive(r),
      );
    case 'active_transfer_to':
      return facts.transfers.some(
        (t) => t.toOrganisationId === condition.organisationId && isTransferActive(t),
      );
    case 'active_participant':
      return (facts.participants ?? []).some(
        (p) => p.organisationId === condition.organisationId && p.active,
      );
    case 'break_glass':
      return facts.breakGlass.some((g) => g.userId === condition.userId && breakGlassActive(g, asOf));
  }
}

/** Every relation the actor has to the case as of an instant; empty means no access. */
export function caseRelations(actor: CaseActor, facts: CaseAccessFacts, asOf: string): CaseRelation[] {
  const access = caseAccessCondition(actor);
  if (access.kind === 'none') return [];
  const relations = access.grants
    .filter((grant) => caseConditionHolds(grant.condition, facts, asOf))
    .map((grant) => grant.relation);
  return [...new Set(relations)];
}

/** True when the actor may open the case as of an instant. */
export function mayOpenCase(actor: CaseActor, facts: CaseAccessFacts, asOf: string): boolean {
  return caseRelations(actor, facts, asOf).length > 0;
}
