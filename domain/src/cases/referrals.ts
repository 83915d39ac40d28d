import type { OrganisationType } from '../identity/organisation.ts';
import { HOUR_MS, instantMs, isoInstant } from './instant.ts';
import type { DeclineReason, InterventionType, ReferralOutcome, RiskLevel } from './taxonomy.ts';

/*
 * A referral asks another organisation for a service. The receiving organisation sees the case while the
 * referral is active (pending or accepted: it must read the case to decide), answers by a due date, and
 * records the result by another. Primero's users found that referrals without enforced follow-up are
 * forgotten, so both dates are escalated when missed.
 *
 *   pending ─accept→ accepted ─complete(result)→ completed
 *      │                │
 *      ├─decline(reason)→ declined
 *      └───────cancel(reason)───────→ cancelled   (from pending or accepted, by the referring organisation)
 */

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined', 'completed', 'cancelled'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** On what ground the case was shared with the receiving organisation (see consent.ts). */
export type SharingBasis = 'consent' | 'override' | 'law';

export interface Referral {
  readonly id: string;
  readonly caseId: string;
  readonly fromOrganisationId: string;
  readonly toOrganisationId: string;
  readonly toOrganisationType: OrganisationType;
  readonly service: InterventionType;
  readonly sharingBasis: SharingBasis;
  readonly status: ReferralStatus;
  readonly createdAt: string;
  readonly answerDueAt: string;
  readonly resultDueAt: string;
  readonly answeredAt: string | null;
  readonly declineReason: DeclineReason | null;
  readonly completedAt: string | null;
  readonly outcome: ReferralOutcome | null;
  readonly resultSummary: string | null;
  readonly cancelledAt: string | null;
  readonly cancelReason: string | null;
  /** The decline, completion or cancellation text. */
  readonly comment: string | null;
}

/** Hours to answer a referral by the case's risk level, and hours to record its result once made. */
export interface ReferralDeadlines {
  readonly answerHours: Readonly<Record<RiskLevel, number>>;
  readonly resultHours: number;
}

/** Defaults to adapt: an immediate-risk referral is answered within the triage target of its level. */
export const DEFAULT_REFERRAL_DEADLINES: ReferralDeadlines = {
  answerHours: { immediate: 2, high: 24, medium: 72, low: 120 },
  resultHours: 30 * 24,
};

/** Creates a pending referral with its answer and result due dates. */
export function newReferral(
  input: Pick<
    Referral,
    | 'id'
    | 'caseId'
    | 'fromOrganisationId'
    | 'toOrganisationId'
    | 'toOrganisationType'
    | 'service'
    | 'sharingBasis'
  > & { readonly riskLevel: RiskLevel; readonly createdAt: string },
  deadlines: ReferralDeadlines = DEFAULT_REFERRAL_DEADLINES,
): Referral {
  const created = instantMs(input.createdAt);
  return {
    id: input.id,
    caseId: input.caseId,
    fromOrganisationId: input.fromOrganisationId,
    toOrganisationId: input.toOrganisationId,
    toOrganisationType: input.toOrganisationType,
    service: input.service,
    sharingBasis: input.sharingBasis,
    status: 'pending',
    createdAt: input.createdAt,
    answerDueAt: isoInstant(created + deadlines.answerHours[input.riskLevel] * HOUR_MS),
    resultDueAt: isoInstant(created + deadlines.resultHours * HOUR_MS),
    answeredAt: null,
    declineReason: null,
    completedAt: null,
    outcome: null,
    resultSummary: null,
    cancelledAt: null,
    cancelReason: null,
    comment: null,
  };
}

/** A change asked of a referral. */
export type ReferralCommand =
  | { readonly type: 'accept' }
  | { readonly type: 'decline'; readonly reason: DeclineReason; readonly comment?: string }
  | { readonly type: 'complete'; readonly outcome: ReferralOutcome; readonly summary: string }
  | { readonly type: 'cancel'; readonly reason: string };

/** Why a referral change was refused. */
export type ReferralRefusal =
  | 'not_receiving_organisation'
  | 'not_referring_organisation'
  | 'wrong_status'
  | 'reason_required'
  | 'summary_required'
  | 'before_creation';

/** Applies a change made by a member of `actorOrganisationId` at `at`: the next referral, or a refusal. */
export function referralTransition(
  referral: Referral,
  command: ReferralCommand,
  actorOrganisationId: string,
  at: string,
):
  | { readonly ok: true; readonly referral: Referral }
  | { readonly ok: false; readonly refusal: ReferralRefusal } {
  const refuse = (refusal: ReferralRefusal) => ({ ok: false, refusal }) as const;
  if (instantMs(at) < instantMs(referral.createdAt)) return refuse('before_creation');
  const receiving = actorOrganisationId === referral.toOrganisationId;
  switch (command.type) {
    case 'accept':
      if (!receiving) return refuse('not_receiving_organisation');
      if (referral.status !== 'pending') return refuse('wrong_status');
      return { ok: true, referral: { ...referral, status: 'accepted', answeredAt: at } };
    case 'decline':
      if (!receiving) return refuse('not_receiving_organisation');
      if (referral.status !== 'pending') return refuse('wrong_status');
      return {
        ok: true,
        referral: {
          ...referral,
          status: 'declined',
          answeredAt: at,
          declineReason: command.reason,
          comment: command.comment?.trim() || null,
        },
      };
    case 'complete': {
      if (!receiving) return refuse('not_receiving_organisation');
      if (referral.status !== 'accepted') return refuse('wrong_status');
      const summary = command.summary.trim();
      if (summary === '') return refuse('summary_required');
      return {
        ok: true,
        referral: {
          ...referral,
          status: 'completed',
          completedAt: at,
          outcome: command.outcome,
          resultSummary: summary,
        },
      };
    }
    case 'cancel': {
      if (actorOrganisationId !== referral.fromOrganisationId) return refuse('not_referring_organisation');
      if (referral.status !== 'pending' && referral.status !== 'accepted') return refuse('wrong_status');
      const reason = command.reason.trim();
      if (reason === '') return refuse('reason_required');
      return {
        ok: true,
        referral: { ...referral, status: 'cancelled', cancelledAt: at, cancelReason: reason },
      };
    }
  }
}

/** True while the receiving organisation has access: pending (it must read to decide) or accepted. */
export function isReferralActive(referral: Pick<Referral, 'status'>): boolean {
  return referral.status === 'pending' || referral.status === 'accepted';
}

/** A referral whose answer or result is overdue; the key lets the server escalate each once. */
export interface ReferralEscalation {
  readonly referralId: string;
  readonly caseId: string;
  readonly kind: 'unanswered' | 'result_overdue';
  readonly dueAt: string;
  readonly overdueMs: number;
  readonly key: string;
}

/** The referrals to escalate as of an instant: unanswered past the answer date, unfinished past the result date. */
export function escalations(referrals: readonly Referral[], asOf: string): ReferralEscalation[] {
  const now = instantMs(asOf);
  const result: ReferralEscalation[] = [];
  for (const r of referrals) {
    const kind = r.status === 'pending' ? 'unanswered' : r.status === 'accepted' ? 'result_overdue' : null;
    if (kind === null) continue;
    const dueAt = kind === 'unanswered' ? r.answerDueAt : r.resultDueAt;
    const overdueMs = now - instantMs(dueAt);
    if (overdueMs >= 0) {
      result.push({
        referralId: r.id,
        caseId: r.caseId,
        kind,
        dueAt,
        overdueMs,
        key: `referral:${r.id}:${kind}`,
      });
    }
  }
  return result.sort((a, b) => b.overdueMs - a.overdueMs || a.referralId.localeCompare(b.referralId));
}
