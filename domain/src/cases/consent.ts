import type { OrganisationType } from '../identity/organisation.ts';
import type { CaseRelation } from './case-access.ts';
import type { SharingBasis } from './referrals.ts';
import { type Concern, VIOLENCE_CONCERNS } from './taxonomy.ts';

/*
 * Sharing a case with another organisation needs the consent of the child or their legal representative,
 * recorded on the case. Without it a referral needs an override authorised by a supervisor or a case manager
 * with a reason. Reporting violence against a child to the police is a legal duty, so it is such an override
 * by rule: no consent is asked and none can stop it. (The duty as the issue states it; the norm to cite is
 * left to the legal review of the protocol, see protocol/default-protocol.ts.)
 */

/** Consent to share as recorded on a case. */
export interface ConsentRecord {
  readonly status: 'given' | 'refused' | 'withdrawn';
  readonly givenBy: 'child' | 'parent' | 'legal_representative';
  /** The kinds of organisation the case may be shared with, or 'any'. */
  readonly organisationTypes: readonly OrganisationType[] | 'any';
  readonly recordedAt: string;
}

/** What sharing with an organisation of a given type needs. */
export type ConsentRequirement =
  | { readonly kind: 'allowed' }
  | {
      readonly kind: 'needs_override';
      readonly why: 'no_consent' | 'consent_refused' | 'consent_withdrawn' | 'consent_does_not_cover';
    }
  | { readonly kind: 'override_by_law'; readonly duty: 'report_violence_to_police' };

/** Whether a case with these concerns may be shared with an organisation of this type, given the consent. */
export function consentRequirement(
  concerns: readonly Concern[],
  targetOrganisationType: OrganisationType,
  consent: ConsentRecord | null,
): ConsentRequirement {
  if (targetOrganisationType === 'police_unit' && concerns.some((c) => VIOLENCE_CONCERNS.includes(c))) {
    return { kind: 'override_by_law', duty: 'report_violence_to_police' };
  }
  if (consent === null) return { kind: 'needs_override', why: 'no_consent' };
  if (consent.status === 'refused') return { kind: 'needs_override', why: 'consent_refused' };
  if (consent.status === 'withdrawn') return { kind: 'needs_override', why: 'consent_withdrawn' };
  if (consent.organisationTypes !== 'any' && !consent.organisationTypes.includes(targetOrganisationType)) {
    return { kind: 'needs_override', why: 'consent_does_not_cover' };
  }
  return { kind: 'allowed' };
}

/** An override of missing consent as asked: by whom (their relations to the case) and why. */
export interface ConsentOverride {
  readonly byUserId: string;
  readonly relations: readonly CaseRelation[];
  readonly reason: string;
}

/** Relations that may authorise sharing without consent. */
export const CONSENT_OVERRIDE_RELATIONS: readonly CaseRelation[] = [
  'supervisor_in_scope',
  'case_manager_in_scope',
];

/** The basis a referral is made on, or why it may not be made. */
export function sharingBasis(
  requirement: ConsentRequirement,
  override: ConsentOverride | null,
):
  | { readonly ok: true; readonly basis: SharingBasis }
  | {
      readonly ok: false;
      readonly refusal: 'override_required' | 'override_not_permitted' | 'reason_required';
    } {
  if (requirement.kind === 'allowed') return { ok: true, basis: 'consent' };
  if (requirement.kind === 'override_by_law') return { ok: true, basis: 'law' };
  if (override === null) return { ok: false, refusal: 'override_required' };
  if (!override.relations.some((r) => CONSENT_OVERRIDE_RELATIONS.includes(r))) {
    return { ok: false, refusal: 'override_not_permitted' };
  }
  if (override.reason.trim() === '') return { ok: false, refusal: 'reason_required' };
  return { ok: true, basis: 'override' };
}
