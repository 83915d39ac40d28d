import { describe, expect, it } from 'vitest';
import { consentRequirement, sharingBasis } from './consent.ts';
import {
  escalations,
  isReferralActive,
  newReferral,
  type Referral,
  referralTransition,
} from './referrals.ts';
import { requestTransfer, transferTransition } from './transfers.ts';

const createdAt = '2026-03-02T05:00:00Z';
const referral = newReferral({
  id: 'r1',
  caseId: 'c1',
  fromOrganisationId: 'school',
  toOrganisationId: 'clinic',
  toOrganisationType: 'health_facility',
  service: 'medical_examination',
  sharingBasis: 'consent',
  riskLevel: 'high',
  createdAt,
});

const step = (
  r: Referral,
  ...args: Parameters<typeof referralTransition> extends [Referral, ...infer R] ? R : never
) => {
  const result = referralTransition(r, ...args);
  if (!result.ok) throw new Error(result.refusal);
  return result.referral;
};

describe('referrals', () => {
  it('are due for an answer by the risk level and for a result within 30 days', () => {
    expect(referral).toMatchObject({
      status: 'pending',
      answerDueAt: '2026-03-03T05:00:00.000Z',
      resultDueAt: '2026-04-01T05:00:00.000Z',
    });
  });

  it('are accepted and completed by the receiving organisation, which keeps access until completion', () => {
    const accepted = step(referral, { type: 'accept' }, 'clinic', '2026-03-02T09:00:00Z');
    expect(isReferralActive(accepted)).toBe(true);
    const done = step(
      accepted,
      { type: 'complete', outcome: 'service_provided', summary: 'Осмотр проведён' },
      'clinic',
      '2026-03-03T09:00:00Z',
    );
    expect(done).toMatchObject({
      status: 'completed',
      outcome: 'service_provided',
      resultSummary: 'Осмотр проведён',
    });
    expect(isReferralActive(done)).toBe(false);
  });

  it('are declined with a reason, which ends the receiving organisation’s access', () => {
    const declined = step(
      referral,
      { type: 'decline', reason: 'outside_territory' },
      'clinic',
      '2026-03-02T09:00:00Z',
    );
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'outside_territory' });
    expect(isReferralActive(declined)).toBe(false);
  });

  it('refuse answers from anyone but the receiving organisation, and cancellation from anyone but the sender', () => {
    expect(referralTransition(referral, { type: 'accept' }, 'school', createdAt)).toEqual({
      ok: false,
      refusal: 'not_receiving_organisation',
    });
    expect(referralTransition(referral, { type: 'cancel', reason: 'x' }, 'clinic', createdAt)).toEqual({
      ok: false,
      refusal: 'not_referring_organisation',
    });
    expect(
      referralTransition(
        referral,
        { type: 'complete', outcome: 'not_provided', summary: 'x' },
        'clinic',
        createdAt,
      ),
    ).toEqual({
      ok: false,
      refusal: 'wrong_status',
    });
  });

  it('escalate an unanswered referral after its answer date and an unfinished one after its result date', () => {
    const accepted = step({ ...referral, id: 'r2' }, { type: 'accept' }, 'clinic', '2026-03-02T09:00:00Z');
    expect(escalations([referral, accepted], '2026-03-03T04:59:59Z')).toEqual([]);
    expect(escalations([referral, accepted], '2026-03-03T05:00:00Z').map((e) => e.key)).toEqual([
      'referral:r1:unanswered',
    ]);
    expect(
      escalations([referral, accepted], '2026-04-02T05:00:00Z').map((e) => [e.referralId, e.kind]),
    ).toEqual([
      ['r1', 'unanswered'],
      ['r2', 'result_overdue'],
    ]);
  });
});

describe('consent to share', () => {
  const consent = {
    status: 'given',
    givenBy: 'parent',
    organisationTypes: ['health_facility'],
    recordedAt: createdAt,
  } as const;

  it('allows sharing with the kinds of organisation consented to', () => {
    expect(consentRequirement(['neglect'], 'health_facility', consent)).toEqual({ kind: 'allowed' });
    expect(consentRequirement(['neglect'], 'ngo', consent)).toEqual({
      kind: 'needs_override',
      why: 'consent_does_not_cover',
    });
    expect(consentRequirement(['neglect'], 'ngo', null)).toEqual({
      kind: 'needs_override',
      why: 'no_consent',
    });
    expect(consentRequirement(['neglect'], 'ngo', { ...consent, status: 'withdrawn' })).toEqual({
      kind: 'needs_override',
      why: 'consent_withdrawn',
    });
  });

  it('treats reporting violence to the police as a legal duty, whatever the consent says', () => {
    const refused = { ...consent, status: 'refused' } as const;
    expect(consentRequirement(['sexual_abuse'], 'police_unit', refused)).toEqual({
      kind: 'override_by_law',
      duty: 'report_violence_to_police',
    });
    expect(sharingBasis(consentRequirement(['physical_abuse'], 'police_unit', null), null)).toEqual({
      ok: true,
      basis: 'law',
    });
    expect(consentRequirement(['bullying'], 'police_unit', null).kind).toBe('needs_override');
  });

  it('lets a supervisor or case manager override missing consent with a reason, and nobody else', () => {
    const needs = consentRequirement(['neglect'], 'ngo', null);
    expect(sharingBasis(needs, null)).toEqual({ ok: false, refusal: 'override_required' });
    expect(sharingBasis(needs, { byUserId: 'w', relations: ['owner'], reason: 'urgent' })).toEqual({
      ok: false,
      refusal: 'override_not_permitted',
    });
    expect(sharingBasis(needs, { byUserId: 's', relations: ['supervisor_in_scope'], reason: '' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(
      sharingBasis(needs, { byUserId: 's', relations: ['supervisor_in_scope'], reason: 'Ребёнок без еды' }),
    ).toEqual({
      ok: true,
      basis: 'override',
    });
  });
});

describe('transfers', () => {
  const owner = { organisationId: 'school', userId: 'psychologist' };
  const asked = requestTransfer(
    {
      id: 't1',
      caseId: 'c1',
      fromOrganisationId: 'school',
      toOrganisationId: 'centre',
      toUserId: null,
      reason: 'Нужен кейс-менеджер',
      requestedAt: createdAt,
    },
    owner,
    [],
  );

  it('move ownership only when the receiving organisation accepts', () => {
    if (!asked.ok) throw new Error(asked.refusal);
    expect(asked.transfer).toMatchObject({ status: 'pending', answerDueAt: '2026-03-05T05:00:00.000Z' });
    const accepted = transferTransition(
      asked.transfer,
      { type: 'accept', ownerUserId: 'manager' },
      'centre',
      '2026-03-03T05:00:00Z',
    );
    expect(accepted).toMatchObject({ ok: true, newOwner: { organisationId: 'centre', userId: 'manager' } });
    const declined = transferTransition(
      asked.transfer,
      { type: 'decline', reason: 'no_capacity' },
      'centre',
      '2026-03-03T05:00:00Z',
    );
    expect(declined).toMatchObject({ ok: true, newOwner: null, transfer: { status: 'declined' } });
  });

  it('allow one pending transfer at a time, from the owner, to another organisation', () => {
    if (!asked.ok) throw new Error(asked.refusal);
    const input = {
      id: 't2',
      caseId: 'c1',
      fromOrganisationId: 'school',
      toOrganisationId: 'kdn',
      toUserId: null,
      reason: 'x',
      requestedAt: createdAt,
    };
    expect(requestTransfer(input, owner, [asked.transfer])).toEqual({
      ok: false,
      refusal: 'transfer_pending',
    });
    expect(requestTransfer({ ...input, toOrganisationId: 'school' }, owner, [])).toEqual({
      ok: false,
      refusal: 'same_organisation',
    });
    expect(requestTransfer({ ...input, fromOrganisationId: 'police' }, owner, [])).toEqual({
      ok: false,
      refusal: 'not_owner',
    });
  });
});
