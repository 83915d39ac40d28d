import type { Role } from '../access/roles.ts';
import type { Placement } from '../access/scope.ts';
import { HOUR_MS, instantMs, isoInstant } from './instant.ts';

/*
 * Emergency ("break-glass") access to a case outside one's relationship and scope: a night-duty inspector
 * must see the case of a child found at 3 a.m. The grant asks for a reason, lasts a limited time, and its
 * opening is reported to the supervisor of the actor's district, who reviews it afterwards.
 */

/** A time-limited grant of access to one case for one user. */
export interface BreakGlassGrant {
  readonly userId: string;
  readonly caseId: string;
  readonly reason: string;
  readonly startsAt: string;
  readonly expiresAt: string;
  /** Set when a supervisor ends the grant early. */
  readonly revokedAt?: string | null;
}

export const BREAK_GLASS_DEFAULT_HOURS = 4;
export const BREAK_GLASS_MAX_HOURS = 12;
/** A reason must say something: "x" or "urgent" cannot be reviewed afterwards. */
export const BREAK_GLASS_MIN_REASON_LENGTH = 10;

/**
 * Roles whose holders work cases and so may ever see one. Administrators, plan staff and analysts are not
 * among them: running the installation or the statistics gives no need to know a child.
 */
export const CASE_WORK_ROLES: readonly Role[] = [
  'school_psychologist',
  'social_pedagogue',
  'school_director',
  'juvenile_inspector',
  'health_worker',
  'social_worker',
  'case_manager',
  'supervisor',
  'kdn_secretary',
  'helpline_operator',
  'mobile_group_member',
];

/** A person acting on cases: who, where, and with which roles. */
export interface CaseActor extends Placement {
  readonly userId: string;
  readonly roles: readonly Role[];
}

/** True when the actor may work cases at all: holds a case-work role and is not an analyst. */
export function worksCases(actor: Pick<CaseActor, 'roles'>): boolean {
  // Analysts see de-identified data only; an account that holds the role never opens a case.
  if (actor.roles.includes('analyst')) return false;
  return actor.roles.some((role) => CASE_WORK_ROLES.includes(role));
}

/** Why a break-glass request was refused. */
export type BreakGlassRefusal = 'role_not_allowed' | 'reason_required' | 'duration_out_of_range';

/** What the server must send when a grant opens: the actor's district supervisor reviews it. */
export interface BreakGlassNotice {
  readonly kind: 'break_glass_opened';
  readonly caseId: string;
  readonly userId: string;
  readonly organisationId: string;
  readonly districtCode: string | null;
  readonly regionCode: string | null;
  readonly reason: string;
  readonly expiresAt: string;
}

/** Opens a break-glass grant, or says why not. */
export function requestBreakGlass(input: {
  readonly actor: CaseActor;
  readonly caseId: string;
  readonly reason: string;
  readonly asOf: string;
  readonly durationHours?: number;
}):
  | { readonly ok: true; readonly grant: BreakGlassGrant; readonly notice: BreakGlassNotice }
  | { readonly ok: false; readonly refusal: BreakGlassRefusal } {
  const { actor, caseId, asOf } = input;
  if (!worksCases(actor)) return { ok: false, refusal: 'role_not_allowed' };
  const reason = input.reason.trim();
  if (reason.length < BREAK_GLASS_MIN_REASON_LENGTH) return { ok: false, refusal: 'reason_required' };
  const hours = input.durationHours ?? BREAK_GLASS_DEFAULT_HOURS;
  if (!(hours > 0 && hours <= BREAK_GLASS_MAX_HOURS)) return { ok: false, refusal: 'duration_out_of_range' };
  const expiresAt = isoInstant(instantMs(asOf) + hours * HOUR_MS);
  return {
    ok: true,
    grant: { userId: actor.userId, caseId, reason, startsAt: asOf, expiresAt, revokedAt: null },
    notice: {
      kind: 'break_glass_opened',
      caseId,
      userId: actor.userId,
      organisationId: actor.organisationId,
      districtCode: actor.districtCode,
      regionCode: actor.regionCode,
      reason,
      expiresAt,
    },
  };
}

/** True while a grant is in force: started, not expired, not revoked. The expiry instant is already outside. */
export function breakGlassActive(grant: BreakGlassGrant, asOf: string): boolean {
  const at = instantMs(asOf);
  if (at < instantMs(grant.startsAt) || at >= instantMs(grant.expiresAt)) return false;
  return !grant.revokedAt || at < instantMs(grant.revokedAt);
}
