import { ASSESSMENT_DOMAINS } from '@qorgau/domain/cases/index';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database.ts';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';
import { iinFor, organisationId, registration } from './fixtures.ts';

let t: TestApp;
let psychologist: Session;
let inspector: Session;
let supervisor: Session;
const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.ctx.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? 0;

beforeAll(async () => {
  t = await createTestApp();
  psychologist = await signIn(t, 'psychologist');
  inspector = await signIn(t, 'inspector');
  supervisor = await signIn(t, 'supervisor');
});
afterAll(async () => t?.close());

const aliIin = () => iinFor('2013-04-15', 'male', 101);
let caseId: string;
let childId: string;

describe('registering a case', () => {
  it('opens a case of suspected physical abuse of a 13-year-old with the child, the incident and a high risk', async () => {
    const response = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, {
        surname: 'Серікбаев',
        givenName: 'Әлихан',
        patronymic: 'Нұрланұлы',
        birthDate: '2013-04-15',
        sex: 'male',
        iin: aliIin(),
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.number).toMatch(/^QG-2026-\d{6}$/);
    caseId = body.caseId;
    childId = body.childId;
    const detail = (await psychologist.request('GET', `/api/v1/cases/${caseId}`)).json();
    expect(detail).toMatchObject({
      riskLevel: 'high',
      stage: 'registration',
      status: 'open',
      concerns: ['physical_abuse'],
      districtCode: '711110000',
    });
    expect(detail.relations).toContain('owner');
    expect(detail.triage.status).toBe('within');
    expect(new Date(detail.triage.deadline).getTime() - t.clock.now().getTime()).toBe(24 * 3_600_000);
  });

  it('finds the child again when the same child is typed in Russian, or in Latin with the IIN', async () => {
    const russian = (
      await psychologist.request('POST', '/api/v1/persons/duplicates', {
        surname: 'Серикбаев',
        givenName: 'Алихан',
        birthDate: '2013-04-15',
      })
    ).json();
    expect(russian.items[0]).toMatchObject({
      personId: childId,
      knownToYou: true,
      iinEnding: aliIin().slice(-4),
    });
    const latin = (
      await psychologist.request('POST', '/api/v1/persons/duplicates', {
        surname: 'Serikbayev',
        givenName: 'Alikhan',
        iin: aliIin(),
      })
    ).json();
    expect(latin.items[0]).toMatchObject({ personId: childId, sameIin: true });
    const other = (
      await psychologist.request('POST', '/api/v1/persons/duplicates', {
        surname: 'Омарова',
        givenName: 'Айман',
        birthDate: '2010-01-01',
      })
    ).json();
    expect(other.items).toEqual([]);
  });

  it('links a second case to the existing record instead of registering the child twice', async () => {
    const before = await count('persons');
    const response = await psychologist.request('POST', '/api/v1/cases', {
      ...registration(t, {
        surname: 'Серикбаев',
        givenName: 'Алихан',
        birthDate: '2013-04-15',
        sex: 'male',
        iin: aliIin(),
        writtenIn: 'ru',
      }),
      concerns: ['bullying'],
      existingChildId: childId,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().childId).toBe(childId);
    expect(await count('persons')).toBe(before);
  });

  it('refuses the same IIN for a new record, pointing at the existing one', async () => {
    const response = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, {
        surname: 'Басқа',
        givenName: 'Бала',
        birthDate: '2013-04-15',
        sex: 'male',
        iin: aliIin(),
      }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'IIN_TAKEN', details: { personId: childId } });
  });

  it('refuses an invalid IIN, a birth date in the future and a case with no concern, naming the field, storing nothing', async () => {
    const [persons, cases] = [await count('persons'), await count('cases')];
    const badIin = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, {
        surname: 'Тестов',
        givenName: 'Тест',
        birthDate: '2012-01-01',
        sex: 'male',
        iin: '120101500001',
      }),
      { 'accept-language': 'ru' },
    );
    expect(badIin.statusCode).toBe(400);
    expect(badIin.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'child.iin', code: 'validation.iin_check_digit' }),
    );
    const future = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, { surname: 'Тестов', givenName: 'Тест', birthDate: '2030-01-01', sex: 'male' }),
    );
    expect(future.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'child.birthDate', code: 'validation.birth_date_in_future' }),
    );
    const noConcern = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(
        t,
        { surname: 'Тестов', givenName: 'Тест', birthDate: '2012-01-01', sex: 'male' },
        { concerns: [] },
      ),
    );
    expect(noConcern.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'concerns', code: 'validation.case_concern_required' }),
    );
    expect([await count('persons'), await count('cases')]).toEqual([persons, cases]);
  });

  it('leaves nothing half-written when the database fails in the middle of a registration', async () => {
    const [persons, cases] = [await count('persons'), await count('cases')];
    await t.ctx.db.execute(
      sql`create or replace function qg_test_fail() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`,
    );
    await t.ctx.db.execute(
      sql`create trigger qg_test_fail before insert on cases for each row execute function qg_test_fail()`,
    );
    try {
      const response = await psychologist.request(
        'POST',
        '/api/v1/cases',
        registration(t, { surname: 'Тестов', givenName: 'Тест', birthDate: '2012-01-01', sex: 'male' }),
      );
      expect(response.statusCode).toBe(500);
    } finally {
      await t.ctx.db.execute(sql`drop trigger qg_test_fail on cases`);
    }
    expect([await count('persons'), await count('cases')]).toEqual([persons, cases]);
  });
  it('leaves nothing half-written when the last step of a registration fails: no child, case, number, concern, action or audit event', async () => {
    const tables = ['persons', 'cases', 'case_concerns', 'protocol_actions'] as const;
    const registrationEvents = async () =>
      (
        await queryRows<{ n: number }>(
          t.ctx.db,
          sql`select count(*)::int as n from audit_events where action in ('case.registered', 'person.created')`,
        )
      )[0]?.n ?? 0;
    const counts = async () => [
      ...(await Promise.all(tables.map((table) => count(table)))),
      await registrationEvents(),
    ];
    const lastNumber = async () =>
      (await queryRows<{ last: number }>(t.ctx.db, sql`select max(last)::int as last from case_numbers`))[0]
        ?.last ?? 0;
    const before = await counts();
    const numberBefore = await lastNumber();
    // The protocol's actions are written last, after the child, the case, its number, concerns and audit events.
    await t.ctx.db.execute(
      sql`create or replace function qg_test_fail() returns trigger language plpgsql as $$ begin raise exception 'connection lost'; end $$`,
    );
    await t.ctx.db.execute(
      sql`create trigger qg_test_fail_actions before insert on protocol_actions for each row execute function qg_test_fail()`,
    );
    const child = { surname: 'Жартылаев', givenName: 'Сәкен', birthDate: '2013-02-02', sex: 'male' as const };
    try {
      const response = await psychologist.request('POST', '/api/v1/cases', registration(t, child));
      expect(response.statusCode, response.body).toBe(500);
    } finally {
      await t.ctx.db.execute(sql`drop trigger qg_test_fail_actions on protocol_actions`);
    }
    expect(await counts()).toEqual(before);
    expect(await lastNumber()).toBe(numberBefore);

    // Once the fault is gone, the same registration goes through whole, with the next number in sequence.
    const retry = await psychologist.request('POST', '/api/v1/cases', registration(t, child));
    expect(retry.statusCode, retry.body).toBe(201);
    expect(Number(retry.json().number.slice(-6))).toBe(numberBefore + 1);
    const actions = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from protocol_actions where case_id = ${retry.json().caseId}`,
    );
    expect(actions[0]?.n).toBeGreaterThan(0);
  });
});

describe('working across agencies', () => {
  it('refers the case to the police without consent, since reporting violence is a legal duty', async () => {
    const police = await organisationId(psychologist, 'police-711110000');
    const response = await psychologist.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      toOrganisationId: police,
      service: 'protection_order',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ sharingBasis: 'law', status: 'pending' });
  });

  it('shows the case to the juvenile inspector, who accepts the referral and records the result — then sees only the police’s part', async () => {
    const list = (await inspector.request('GET', '/api/v1/cases')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const detail = (await inspector.request('GET', `/api/v1/cases/${caseId}`)).json();
    // The protocol also made the district police act (violence → notify the police): a participant as well.
    expect(detail.relations).toEqual(['referral_partner', 'participant']);
    expect(detail.view).toBe('full');
    const referralId = detail.referrals[0].id;
    expect(
      (await inspector.request('POST', `/api/v1/referrals/${referralId}`, { type: 'accept' })).statusCode,
    ).toBe(200);
    await inspector.request('POST', `/api/v1/cases/${caseId}/notes`, {
      text: 'Отбасыға бардық, әкесімен сөйлестік.',
    });
    const done = await inspector.request('POST', `/api/v1/referrals/${referralId}`, {
      type: 'complete',
      outcome: 'service_provided',
      summary: 'Әкесіне қорғау нұсқамасы берілді.',
    });
    expect(done.statusCode, done.body).toBe(200);
    // The referral is over; the protocol's part is not: the police see the child and their own actions, not the
    // team's notes, forms or referrals.
    const after = (await inspector.request('GET', `/api/v1/cases/${caseId}`)).json();
    expect(after.relations).toEqual(['participant']);
    expect(after).toMatchObject({ view: 'participant', notes: [], referrals: [], transfers: [] });
    expect(after.forms).toEqual({ assessment: null, casePlan: null });
  });

  it('asks for an override to share with social protection without consent; a supervisor gives one with a reason', async () => {
    const social = await organisationId(psychologist, 'social-711110000');
    const refused = await psychologist.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      toOrganisationId: social,
      service: 'social_benefits',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CONSENT_OVERRIDE_REQUIRED');
    const notPermitted = await psychologist.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      toOrganisationId: social,
      service: 'social_benefits',
      overrideReason: 'Отбасы көмекке мұқтаж',
    });
    expect(notPermitted.json().error).toMatchObject({
      code: 'CASE_ACTION_REFUSED',
      details: { refusal: 'override_not_permitted' },
    });
    const overridden = await supervisor.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      toOrganisationId: social,
      service: 'social_benefits',
      overrideReason: 'Бала қауіпте, отбасы келісім беруден бас тартты.',
    });
    expect(overridden.statusCode, overridden.body).toBe(201);
    expect(overridden.json().sharingBasis).toBe('override');
  });

  it('with consent recorded, refers without an override', async () => {
    await psychologist.request('PUT', `/api/v1/cases/${caseId}/consent`, {
      status: 'given',
      givenBy: 'parent',
      organisationTypes: 'any',
    });
    const clinic = await organisationId(psychologist, 'clinic-711110000');
    const response = await psychologist.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      toOrganisationId: clinic,
      service: 'medical_examination',
    });
    expect(response.json().sharingBasis).toBe('consent');
  });
});

describe('need to know', () => {
  it('hides the case from a school psychologist of another region and from an analyst, saying nothing of its existence', async () => {
    const psychologist2 = await signIn(t, 'psychologist2');
    const other = await psychologist2.request('GET', `/api/v1/cases/${caseId}`);
    const missing = await psychologist2.request('GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000');
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toEqual(missing.json().error);
    expect(
      (await psychologist2.request('GET', '/api/v1/cases')).json().items.map((c: { id: string }) => c.id),
    ).not.toContain(caseId);
    const analyst = await signIn(t, 'analyst');
    expect((await analyst.request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(403);
    expect((await analyst.request('GET', '/api/v1/cases')).statusCode).toBe(403);
  });

  it('lets an inspector elsewhere open it only by break-glass, for a few hours, audited', async () => {
    const inspector2 = await signIn(t, 'inspector2');
    expect((await inspector2.request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    const lookup = (await inspector2.request('GET', `/api/v1/cases/lookup?iin=${aliIin()}`)).json();
    expect(lookup.items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
    expect(Object.keys(lookup.items[0]).sort()).toEqual(['caseId', 'number', 'owner', 'status']);
    const short = await inspector2.request('POST', `/api/v1/cases/${caseId}/break-glass`, { reason: 'тез' });
    expect(short.json().error.details.refusal).toBe('reason_required');
    const grant = await inspector2.request('POST', `/api/v1/cases/${caseId}/break-glass`, {
      reason: 'Бала түнде вокзалдан табылды, отбасын анықтау керек.',
    });
    expect(grant.statusCode).toBe(201);
    const open = (await inspector2.request('GET', `/api/v1/cases/${caseId}`)).json();
    expect(open.relations).toEqual(['break_glass']);
    t.clock.advance(4 * 3_600_000 + 1000);
    const again = await signIn(t, 'inspector2');
    expect((await again.request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    psychologist = await signIn(t, 'psychologist');
    const history = (await psychologist.request('GET', `/api/v1/cases/${caseId}/history`)).json();
    expect(history.changes.map((e: { action: string }) => e.action)).toContain('case.break_glass');
    expect(history.access.map((e: { actor: string }) => e.actor)).toContain('inspector2');
  });
});

describe('the workflow with supervisor approvals', () => {
  it('goes from registration to closure: the supervisor approves the assessment, the plan and the closure; reopening needs a reason', async () => {
    psychologist = await signIn(t, 'psychologist');
    supervisor = await signIn(t, 'supervisor');
    const command = (s: Session, body: object) => s.request('POST', `/api/v1/cases/${caseId}/workflow`, body);
    expect((await command(psychologist, { type: 'start_assessment' })).statusCode).toBe(200);
    const assessment = await psychologist.request('PUT', `/api/v1/cases/${caseId}/forms/assessment`, {
      data: {
        version: 1,
        assessedOn: '2026-03-02',
        informationSources: ['child_interview', 'home_visit'],
        childSeen: true,
        childViews: 'Үйге барғым келмейді.',
        safety: { immediateDanger: false, perpetratorHasAccess: true, protectiveAdultPresent: true },
        // Every area is rated, if only as "not known": an assessment that skips one is not complete.
        domains: Object.fromEntries(
          ASSESSMENT_DOMAINS.map((d) => [d, { rating: d === 'safety' ? 'serious_concern' : 'not_known' }]),
        ),
        riskLevel: 'high',
        riskReasoning: 'Әкесі балаға қол жеткізе алады.',
        recommendation: 'case_plan',
      },
    });
    expect(assessment.json()).toEqual({ revision: 1 });
    const malformed = await psychologist.request('PUT', `/api/v1/cases/${caseId}/forms/assessment`, {
      data: { version: 1, childSeen: 'yes' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.map((d: { field: string }) => d.field)).toContain('data.childSeen');
    expect((await command(psychologist, { type: 'submit', subject: 'assessment' })).statusCode).toBe(200);
    const selfApproval = await command(psychologist, { type: 'approve', subject: 'assessment' });
    expect(selfApproval.json().error.details.refusal).toBe('not_permitted');
    expect((await command(supervisor, { type: 'approve', subject: 'assessment' })).json().stage).toBe(
      'case_plan',
    );
    expect((await command(psychologist, { type: 'submit', subject: 'case_plan' })).statusCode).toBe(200);
    const rejected = await command(supervisor, {
      type: 'reject',
      subject: 'case_plan',
      comment: 'Психологтың көмегін қосыңыз.',
    });
    expect(rejected.json().stage).toBe('case_plan');
    expect((await command(psychologist, { type: 'submit', subject: 'case_plan' })).statusCode).toBe(200);
    expect((await command(supervisor, { type: 'approve', subject: 'case_plan' })).json().stage).toBe(
      'implementation',
    );
    expect(
      (await command(psychologist, { type: 'request_closure', reason: 'goals_achieved' })).statusCode,
    ).toBe(200);
    expect((await psychologist.request('GET', `/api/v1/cases/${caseId}`)).json().status).toBe(
      'closure_pending',
    );
    expect((await command(supervisor, { type: 'approve', subject: 'closure' })).json().stage).toBe('closed');
    const noReason = await command(psychologist, { type: 'reopen', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await command(psychologist, { type: 'reopen', reason: 'Жаңа хабарлама түсті.' })).json().stage,
    ).toBe('assessment');
  });
});
