import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.ts';
import { type CaseActor, requestBreakGlass } from './break-glass.ts';
import { type CaseAccessFacts, caseAccessCondition, caseRelations, mayOpenCase } from './case-access.ts';

const asOf = '2026-03-02T06:00:00Z';
const theCase: CaseAccessFacts = {
  ownerOrganisationId: 'school-12',
  ownerUserId: 'psychologist',
  districtCode: '751110000',
  regionCode: '750000000',
  assigneeUserIds: ['pedagogue'],
  referrals: [
    { toOrganisationId: 'police-almaly', status: 'accepted' },
    { toOrganisationId: 'clinic-5', status: 'completed' },
  ],
  transfers: [{ toOrganisationId: 'centre', status: 'pending' }],
  breakGlass: [],
};

const actor = (overrides: Partial<CaseActor>): CaseActor => ({
  userId: 'someone',
  organisationId: 'elsewhere',
  districtCode: '351010000',
  regionCode: '350000000',
  roles: ['social_worker'],
  ...overrides,
});

describe('who may open a case', () => {
  it('lets the case team in, each for the reason that makes them part of it', () => {
    expect(
      caseRelations(
        actor({ userId: 'psychologist', organisationId: 'school-12', roles: ['school_psychologist'] }),
        theCase,
        asOf,
      ),
    ).toEqual(['owner', 'owner_organisation']);
    expect(caseRelations(actor({ userId: 'pedagogue', roles: ['social_pedagogue'] }), theCase, asOf)).toEqual(
      ['assignee'],
    );
    expect(
      caseRelations(actor({ organisationId: 'police-almaly', roles: ['juvenile_inspector'] }), theCase, asOf),
    ).toEqual(['referral_partner']);
    expect(
      caseRelations(actor({ organisationId: 'centre', roles: ['case_manager'] }), theCase, asOf),
    ).toEqual(['transfer_partner']);
  });

  it('lets in an organisation the protocol, a dispatch or the KDN involved, while its part is active', () => {
    const involved = {
      ...theCase,
      participants: [
        { organisationId: 'kdn-astana', active: true },
        { organisationId: 'clinic-9', active: false },
      ],
    };
    expect(
      caseRelations(actor({ organisationId: 'kdn-astana', roles: ['kdn_secretary'] }), involved, asOf),
    ).toEqual(['participant']);
    expect(mayOpenCase(actor({ organisationId: 'clinic-9', roles: ['health_worker'] }), involved, asOf)).toBe(
      false,
    );
    // Without a case-working role, being in the organisation is not enough.
    expect(mayOpenCase(actor({ organisationId: 'kdn-astana', roles: ['analyst'] }), involved, asOf)).toBe(
      false,
    );
  });

  it('shuts out an organisation once its referral is completed', () => {
    expect(mayOpenCase(actor({ organisationId: 'clinic-5', roles: ['health_worker'] }), theCase, asOf)).toBe(
      false,
    );
  });

  it('lets supervisors and case managers of the case’s district in, and not those of another district', () => {
    const inDistrict = { districtCode: '751110000', regionCode: '750000000' };
    expect(caseRelations(actor({ ...inDistrict, roles: ['supervisor'] }), theCase, asOf)).toEqual([
      'supervisor_in_scope',
    ]);
    expect(caseRelations(actor({ ...inDistrict, roles: ['case_manager'] }), theCase, asOf)).toEqual([
      'case_manager_in_scope',
    ]);
    expect(
      mayOpenCase(
        actor({ districtCode: '751210000', regionCode: '750000000', roles: ['supervisor'] }),
        theCase,
        asOf,
      ),
    ).toBe(false);
    expect(mayOpenCase(actor({ ...inDistrict, roles: ['school_psychologist'] }), theCase, asOf)).toBe(false);
  });

  it('never lets an analyst or an administrator in, even from the owning organisation or with a grant', () => {
    const grant = {
      userId: 'a',
      caseId: 'c',
      reason: 'x',
      startsAt: asOf,
      expiresAt: '2026-03-02T10:00:00Z',
    };
    const facts = { ...theCase, breakGlass: [grant] };
    for (const roles of [['analyst'], ['analyst', 'supervisor'], ['administrator']] as const) {
      const a = actor({
        userId: 'a',
        organisationId: 'school-12',
        districtCode: '751110000',
        roles: [...roles],
      });
      expect(caseAccessCondition(a)).toEqual({ kind: 'none' });
      expect(mayOpenCase(a, facts, asOf)).toBe(false);
    }
  });

  it('opens a case by break-glass for a limited time, with a reason, telling the supervisor', () => {
    const inspector = actor({ userId: 'night-duty', roles: ['juvenile_inspector'] });
    expect(requestBreakGlass({ actor: inspector, caseId: 'c', reason: 'срочно', asOf })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    const opened = requestBreakGlass({
      actor: inspector,
      caseId: 'c',
      reason: 'Ребёнок найден ночью на вокзале',
      asOf,
    });
    if (!opened.ok) throw new Error(opened.refusal);
    expect(opened.grant.expiresAt).toBe('2026-03-02T10:00:00.000Z');
    expect(opened.notice).toMatchObject({
      kind: 'break_glass_opened',
      userId: 'night-duty',
      districtCode: '351010000',
    });
    const facts = { ...theCase, breakGlass: [opened.grant] };
    expect(caseRelations(inspector, facts, '2026-03-02T09:59:59Z')).toEqual(['break_glass']);
    expect(mayOpenCase(inspector, facts, '2026-03-02T10:00:00Z')).toBe(false);
    const revoked = { ...theCase, breakGlass: [{ ...opened.grant, revokedAt: '2026-03-02T07:00:00Z' }] };
    expect(mayOpenCase(inspector, revoked, '2026-03-02T07:30:00Z')).toBe(false);
  });

  it('refuses break-glass to roles that do not work cases', () => {
    const analyst = actor({ roles: ['analyst'] });
    expect(
      requestBreakGlass({ actor: analyst, caseId: 'c', reason: 'Хочу посмотреть статистику', asOf }),
    ).toEqual({
      ok: false,
      refusal: 'role_not_allowed',
    });
  });

  it('property: an actor with no relationship to a case and outside its district never opens it', () => {
    const org = fc.constantFrom('o1', 'o2', 'o3', 'o4');
    const user = fc.constantFrom('u1', 'u2', 'u3', 'u4');
    const district = fc.constantFrom('751110000', '751210000', '351010000', null);
    const status = <T extends string>(...values: T[]) => fc.constantFrom(...values);
    const facts = fc.record({
      ownerOrganisationId: org,
      ownerUserId: fc.option(user),
      districtCode: district,
      regionCode: fc.constantFrom('750000000', '350000000', null),
      assigneeUserIds: fc.array(user, { maxLength: 3 }),
      referrals: fc.array(
        fc.record({
          toOrganisationId: org,
          status: status('pending', 'accepted', 'declined', 'completed', 'cancelled'),
        }),
        { maxLength: 3 },
      ),
      transfers: fc.array(
        fc.record({ toOrganisationId: org, status: status('pending', 'accepted', 'declined', 'cancelled') }),
        { maxLength: 2 },
      ),
      breakGlass: fc.array(
        fc.record({
          userId: user,
          caseId: fc.constant('c'),
          reason: fc.constant('reason given'),
          startsAt: fc.constant('2026-03-02T00:00:00Z'),
          expiresAt: fc.constantFrom('2026-03-02T04:00:00Z', '2026-03-02T08:00:00Z'),
        }),
        { maxLength: 2 },
      ),
    });
    const anyActor = fc.record({
      userId: user,
      organisationId: org,
      districtCode: district,
      regionCode: fc.constantFrom('750000000', '350000000', null),
      roles: fc.subarray([...ROLES], { minLength: 1 }),
    });
    fc.assert(
      fc.property(anyActor, facts, (a, f) => {
        const related =
          f.ownerUserId === a.userId ||
          f.ownerOrganisationId === a.organisationId ||
          f.assigneeUserIds.includes(a.userId) ||
          f.referrals.some(
            (r) => r.toOrganisationId === a.organisationId && ['pending', 'accepted'].includes(r.status),
          ) ||
          f.transfers.some((t) => t.toOrganisationId === a.organisationId && t.status === 'pending') ||
          f.breakGlass.some((g) => g.userId === a.userId && g.expiresAt > asOf);
        const inScope =
          (a.roles.includes('supervisor') || a.roles.includes('case_manager')) &&
          a.districtCode !== null &&
          a.districtCode === f.districtCode;
        if (!related && !inScope) expect(mayOpenCase(a, f, asOf)).toBe(false);
        if (a.roles.includes('analyst')) expect(mayOpenCase(a, f, asOf)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
