import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueActions } from '../../src/modules/protocol/actions.ts';
import { organisationId, registration } from '../cases/fixtures.ts';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';

/*
 * The interagency response end to end on the API: a school registers a suicide attempt; the sample protocol
 * makes the clinic, the psychological support centre and the school act by set times; the district's mobile
 * group is alerted and a member responds; the school's tertiary-prevention plan; a KDN hearing whose decision
 * becomes a task for social protection; escalation of what nobody did, on a clock the test moves.
 */

let t: TestApp;
const HOUR = 3_600_000;
const USERS = [
  'psychologist',
  'psychologist2',
  'nurse',
  'inspector',
  'casemanager',
  'supervisor',
  'kdn',
  'socialworker',
  'analyst',
  'admin',
];
const sessions = new Map<string, Session>();
/** The session of a demo user, signed in before the test began (signing in moves the clock). */
function as(username: string): Session {
  const session = sessions.get(username);
  if (!session) throw new Error(`${username} is not signed in`);
  return session;
}
let t0: number;
/** Signs everyone in (again, once the clock has moved past a day: sessions end after a day idle). */
async function signInEveryone() {
  for (const name of USERS) sessions.set(name, await signIn(t, name));
}

beforeAll(async () => {
  // Sessions that last through the days the test moves the clock.
  t = await createTestApp({ SESSION_IDLE_MINUTES: '1440', SESSION_ABSOLUTE_HOURS: '72' });
  await signInEveryone();
  t0 = t.clock.now().getTime();
});
afterAll(async () => t?.close());

// The test starts on 2026-03-02 shortly after 05:00Z, 10:00 in Astana (UTC+5): "the same day" ends at 19:00Z,
// "3 days" at 19:00Z on the 5th, "immediately" is within the hour.
let caseId: string;
const suicideAttempt = () =>
  registration(
    t,
    { surname: 'Жұмабаева', givenName: 'Аружан', birthDate: '2011-09-03', sex: 'female' },
    {
      concerns: ['suicide_attempt'],
      incident: {
        occurredOn: '2026-03-01',
        place: 'home',
        description: 'Оқушы қыз дәрі ішіп, өз-өзіне қол жұмсауға әрекеттенді; мектепке сыныптасы хабарлады.',
        perpetrators: [],
      },
      triage: { riskLevel: 'immediate', reason: 'Әрекет қайталануы мүмкін.' },
    },
  );

describe('a school registers a suicide attempt', () => {
  it('creates the protocol’s actions for the clinic, the support centre and the school, due by the sample’s times', async () => {
    const psychologist = as('psychologist');
    const registered = await psychologist.request('POST', '/api/v1/cases', suicideAttempt());
    expect(registered.statusCode, registered.body).toBe(201);
    caseId = registered.json().caseId;
    const response = await psychologist.request('GET', `/api/v1/cases/${caseId}/actions`);
    expect(response.statusCode).toBe(200);
    const actions = response.json().items as Record<string, unknown>[];
    const [clinic, centre, school] = await Promise.all([
      organisationId(psychologist, 'clinic-711110000'),
      organisationId(psychologist, 'psc-710000000'),
      organisationId(psychologist, 'school-711110000-1'),
    ]);
    expect(
      actions.map(({ rule, organisationType, organisationId, action, dueAt, doneAt, status }) => ({
        rule,
        organisationType,
        organisationId,
        action,
        dueAt,
        doneAt,
        status,
      })),
    ).toEqual([
      {
        rule: 'suicide-attempt.medical-care',
        organisationType: 'health_facility',
        organisationId: clinic,
        action: 'medical_care',
        dueAt: new Date(t0 + HOUR).toISOString(),
        doneAt: null,
        status: 'open',
      },
      {
        rule: 'self-harm.inform-parents',
        organisationType: 'school',
        organisationId: school,
        action: 'inform_parents',
        dueAt: '2026-03-02T19:00:00.000Z',
        doneAt: null,
        status: 'open',
      },
      {
        rule: 'suicide-attempt.psychologist',
        organisationType: 'psychological_support_centre',
        organisationId: centre,
        action: 'assess',
        dueAt: '2026-03-02T19:00:00.000Z',
        doneAt: null,
        status: 'open',
      },
      {
        rule: 'self-harm.tertiary-prevention-plan',
        organisationType: 'school',
        organisationId: school,
        action: 'plan',
        dueAt: '2026-03-05T19:00:00.000Z',
        doneAt: null,
        status: 'open',
      },
    ]);
  });

  it('shows the clinic the child and its own action only, and records who did it and when', async () => {
    const nurse = as('nurse');
    const detail = (await nurse.request('GET', `/api/v1/cases/${caseId}`)).json();
    expect(detail).toMatchObject({ relations: ['participant'], view: 'participant', notes: [] });
    const own = (await nurse.request('GET', `/api/v1/cases/${caseId}/actions`)).json().items;
    expect(own.map((a: { rule: string }) => a.rule)).toEqual(['suicide-attempt.medical-care']);
    const inbox = (await nurse.request('GET', '/api/v1/protocol/actions')).json().items;
    expect(inbox.map((a: { id: string }) => a.id)).toContain(own[0].id);

    t.clock.advance(40 * 60_000);
    const done = await nurse.request('POST', `/api/v1/protocol/actions/${own[0].id}/done`, {
      note: 'Жедел жәрдем көрсетілді, асқазан жуылды.',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneAt: new Date(t0 + 40 * 60_000).toISOString() });
    const again = await nurse.request('POST', `/api/v1/protocol/actions/${own[0].id}/done`, { note: 'тағы' });
    expect(again.statusCode).toBe(409);
    // Another organisation cannot record the clinic's action.
    const psychologist = as('psychologist');
    const centreAction = (await psychologist.request('GET', `/api/v1/cases/${caseId}/actions`))
      .json()
      .items.find((a: { rule: string }) => a.rule === 'suicide-attempt.psychologist');
    const foreign = await nurse.request('POST', `/api/v1/protocol/actions/${centreAction.id}/done`, {
      note: 'жоқ',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('keeps the case from organisations with no part in it and the actions from an analyst', async () => {
    expect((await as('psychologist2').request('GET', `/api/v1/cases/${caseId}/actions`)).statusCode).toBe(
      404,
    );
    expect((await as('analyst').request('GET', `/api/v1/cases/${caseId}/actions`)).statusCode).toBe(403);
  });
});

describe('the mobile response group', () => {
  it('alerts the group on duty in the district; a member accepts, arrives and completes from a phone', async () => {
    const inspector = as('inspector');
    const mine = (await inspector.request('GET', '/api/v1/dispatches/mine')).json().items;
    const dispatch = mine.find((d: { caseId: string }) => d.caseId === caseId);
    expect(dispatch).toMatchObject({ status: 'alerted', alertedAt: new Date(t0).toISOString() });
    // The inspector's police unit now takes part in the case.
    expect((await inspector.request('GET', `/api/v1/cases/${caseId}`)).json().relations).toContain(
      'participant',
    );

    const casemanager = as('casemanager');
    t.clock.advance(3 * 60_000);
    const accepted = await inspector.request('POST', `/api/v1/dispatches/${dispatch.id}/events`, {
      type: 'accept',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', toAcceptMinutes: 43 });
    // Only the member who accepted reports arrival; a second acceptance is refused.
    expect(
      (await casemanager.request('POST', `/api/v1/dispatches/${dispatch.id}/events`, { type: 'arrive' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await casemanager.request('POST', `/api/v1/dispatches/${dispatch.id}/events`, { type: 'accept' }))
        .statusCode,
    ).toBe(409);
    t.clock.advance(17 * 60_000);
    const arrived = await inspector.request('POST', `/api/v1/dispatches/${dispatch.id}/events`, {
      type: 'arrive',
      note: 'Отбасы үйде, бала ауруханада.',
    });
    expect(arrived.json()).toMatchObject({ status: 'arrived', toArriveMinutes: 60 });
    const completed = await inspector.request('POST', `/api/v1/dispatches/${dispatch.id}/events`, {
      type: 'complete',
      note: 'Ата-анамен сөйлестік, қауіпсіздік жоспары түсіндірілді.',
    });
    expect(completed.json().status).toBe('completed');
    // Someone outside the group cannot touch it.
    expect(
      (await as('nurse').request('POST', `/api/v1/dispatches/${dispatch.id}/events`, { type: 'accept' }))
        .statusCode,
    ).toBe(403);

    const report = (await as('analyst').request('GET', '/api/v1/dispatches/report')).json().items;
    expect(report).toContainEqual(
      expect.objectContaining({
        regionCode: '710000000',
        dispatches: 1,
        accepted: 1,
        medianArriveMinutes: 60,
      }),
    );
  });
});

describe('tertiary prevention in the school', () => {
  it('creates the plan from the template, for the child, classmates, parents and staff; the protocol’s plan action is done', async () => {
    const psychologist = as('psychologist');
    const created = await psychologist.request('POST', `/api/v1/cases/${caseId}/tertiary-plan`);
    expect(created.statusCode, created.body).toBe(201);
    const { plan } = (await psychologist.request('GET', `/api/v1/cases/${caseId}/tertiary-plan`)).json();
    expect(plan.startsOn).toBe('2026-03-02');
    expect(new Set(plan.activities.map((a: { participant: string }) => a.participant))).toEqual(
      new Set(['child', 'classmates', 'parents', 'staff']),
    );
    expect(plan.activities[0]).toMatchObject({ byDate: '2026-03-02', doneAt: null });
    const planAction = (await psychologist.request('GET', `/api/v1/cases/${caseId}/actions`))
      .json()
      .items.find((a: { rule: string }) => a.rule === 'self-harm.tertiary-prevention-plan');
    expect(planAction.status).toBe('done');

    const briefing = plan.activities.find((a: { activity: string }) => a.activity === 'staff_briefing');
    const named = await psychologist.request('PATCH', `/api/v1/tertiary-activities/${briefing.id}`, {
      responsible: 'Мектеп директоры А. Сейітова',
    });
    expect(named.statusCode, named.body).toBe(200);
    const done = await psychologist.request('POST', `/api/v1/tertiary-activities/${briefing.id}/done`, {
      note: 'Педагогтарға нұсқама берілді; оқиға егжей-тегжейі айтылмады.',
    });
    expect(done.statusCode).toBe(200);
    const after = (await psychologist.request('GET', `/api/v1/cases/${caseId}/tertiary-plan`)).json().plan;
    expect(after.activities.find((a: { id: string }) => a.id === briefing.id)).toMatchObject({
      responsible: 'Мектеп директоры А. Сейітова',
      doneAt: expect.any(String),
    });
    const twice = await psychologist.request('POST', `/api/v1/cases/${caseId}/tertiary-plan`);
    expect(twice.json().error.details).toEqual({ refusal: 'plan_exists' });
    // The district's education department sees the plan among those it oversees.
    const list = (await as('supervisor').request('GET', '/api/v1/tertiary-plans')).json().items;
    expect(list).toContainEqual(expect.objectContaining({ caseId, done: 1 }));
  });
});

describe('the KDN hearing', () => {
  let hearingId: string;
  it('lists the case for the next hearing of the commission serving its territory', async () => {
    const kdn = as('kdn');
    const scheduled = await kdn.request('POST', '/api/v1/kdn/hearings', {
      scheduledAt: '2026-03-04T05:00:00Z',
      place: 'Әкімдік, 305-кабинет',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    hearingId = scheduled.json().id;
    const psychologist = as('psychologist');
    const atKdn = (await psychologist.request('GET', `/api/v1/cases/${caseId}/kdn`)).json();
    expect(atKdn.upcoming.map((h: { id: string }) => h.id)).toEqual([hearingId]);
    const listed = await psychologist.request('POST', `/api/v1/kdn/hearings/${hearingId}/agenda`, { caseId });
    expect(listed.statusCode, listed.body).toBe(201);
    const twice = await psychologist.request('POST', `/api/v1/kdn/hearings/${hearingId}/agenda`, { caseId });
    expect(twice.json().error.details).toEqual({ refusal: 'already_listed' });
    // A commission cannot decide before it sits.
    const hearing = (await kdn.request('GET', `/api/v1/kdn/hearings/${hearingId}`)).json();
    expect(hearing.agenda).toHaveLength(1);
    const early = await kdn.request(
      'POST',
      `/api/v1/kdn/hearings/${hearingId}/agenda/${hearing.agenda[0].id}/decision`,
      { decisionType: 'obligations_for_parents', text: 'Ата-анаға міндеттер жүктелсін.' },
    );
    expect(early.json().error.details).toEqual({ refusal: 'hearing_in_future' });
  });

  it('records attendees and a decision whose execution becomes a task for the social-protection department', async () => {
    t.clock.advance(2 * 24 * HOUR + HOUR);
    await signInEveryone();
    const kdn = as('kdn');
    const recorded = await kdn.request('POST', `/api/v1/kdn/hearings/${hearingId}/record`, {
      status: 'held',
      attendees: [
        { name: 'Б. Ахметов', position: 'Төраға', present: true },
        { name: 'С. Нұрғалиева', position: 'Хатшы', present: true },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const hearing = (await kdn.request('GET', `/api/v1/kdn/hearings/${hearingId}`)).json();
    const decided = await kdn.request(
      'POST',
      `/api/v1/kdn/hearings/${hearingId}/agenda/${hearing.agenda[0].id}/decision`,
      {
        decisionType: 'obligations_for_parents',
        text: 'Ата-анаға баланың қауіпсіздігін қамтамасыз ету міндеттелсін.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const social = await organisationId(kdn, 'social-711110000');
    expect(decided.json().tasks).toContainEqual({
      kind: 'kdn.check_parents_obligations',
      organisationId: social,
      // 30 days from the decision (4 March, local), at the end of the local day.
      dueAt: '2026-04-03T19:00:00.000Z',
      resolved: true,
    });
    const socialworker = as('socialworker');
    const detail = (await socialworker.request('GET', `/api/v1/cases/${caseId}`)).json();
    expect(detail.view).toBe('participant');
    const task = detail.tasks.find((x: { kind: string }) => x.kind === 'kdn.check_parents_obligations');
    expect(task).toBeDefined();
    // The task names the organisation that is to carry it out: the one that completes it in the app.
    expect(task.assigneeOrganisationId).toBe(social);
    const completed = await socialworker.request(
      'POST',
      `/api/v1/cases/${caseId}/tasks/${task.id}/complete`,
      {
        result: 'Отбасыға барылды, міндеттер орындалуда.',
      },
    );
    expect(completed.statusCode, completed.body).toBe(200);

    const stats = (await as('analyst').request('GET', '/api/v1/kdn/statistics')).json().items;
    expect(stats).toContainEqual(
      expect.objectContaining({
        regionCode: '710000000',
        hearings: 1,
        casesHeard: 1,
        decisionsByType: { obligations_for_parents: 1 },
      }),
    );
  });
});

describe('rehabilitation', () => {
  it('plans a psychological service with a provider of the catalogue, which records it delivered', async () => {
    const psychologist = as('psychologist');
    const providers = (
      await psychologist.request(
        'GET',
        '/api/v1/rehabilitation/providers?regionCode=710000000&service=psychological',
      )
    ).json().items;
    const centre = providers.find((p: { organisation: { en: string } }) =>
      /support/i.test(p.organisation.en),
    );
    expect(centre).toBeDefined();
    const refused = await psychologist.request('POST', `/api/v1/cases/${caseId}/rehabilitation`, {
      service: 'medical',
      childWas: 'victim',
      providerId: centre.id,
      plannedFrom: '2026-03-05',
    });
    expect(refused.json().error.details).toEqual({ refusal: 'service_not_provided' });
    const planned = await psychologist.request('POST', `/api/v1/cases/${caseId}/rehabilitation`, {
      service: 'psychological',
      childWas: 'victim',
      providerId: centre.id,
      plannedFrom: '2026-03-05',
      sessionsPlanned: 8,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const casemanager = as('casemanager');
    const delivered = await casemanager.request(
      'POST',
      `/api/v1/rehabilitation/services/${planned.json().id}/delivery`,
      { outcome: 'service_provided', note: '8 сессия өтті.' },
    );
    expect(delivered.statusCode, delivered.body).toBe(200);
    const items = (await psychologist.request('GET', `/api/v1/cases/${caseId}/rehabilitation`)).json().items;
    expect(items).toEqual([
      expect.objectContaining({ service: 'psychological', outcome: 'service_provided' }),
    ]);
  });
});

describe('escalation on a clock the test moves', () => {
  it('escalates an action nobody did once its time passes, once, and never for a closed case', async () => {
    const psychologist = as('psychologist');
    const registered = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, { surname: 'Омаров', givenName: 'Тимур', birthDate: '2014-05-05', sex: 'male' }),
    );
    const abuseCase = registered.json().caseId;
    const police = (await psychologist.request('GET', `/api/v1/cases/${abuseCase}/actions`))
      .json()
      .items.find((a: { rule: string }) => a.rule === 'violence.police');
    expect(police.status).toBe('open');
    t.clock.advance(30 * 60_000);
    expect((await escalateOverdueActions(t.ctx, t.clock.now())).map((a) => a.id)).not.toContain(police.id);
    t.clock.advance(HOUR + 31 * 60_000);
    const escalated = await escalateOverdueActions(t.ctx, t.clock.now());
    expect(escalated.map((a) => a.id)).toContain(police.id);
    expect((await escalateOverdueActions(t.ctx, t.clock.now())).map((a) => a.id)).not.toContain(police.id);
    const after = (await psychologist.request('GET', `/api/v1/cases/${abuseCase}/actions`))
      .json()
      .items.find((a: { id: string }) => a.id === police.id);
    expect(after).toMatchObject({ status: 'overdue', escalatedAt: t.clock.now().toISOString() });
  });
});

describe('the child’s school', () => {
  it('is the only school the protocol involves: with none known, the school’s actions wait unassigned and no other school sees the case', async () => {
    const inspector = as('inspector');
    const registered = await inspector.request(
      'POST',
      '/api/v1/cases',
      registration(
        t,
        { surname: 'Қасымов', givenName: 'Данияр', birthDate: '2013-01-20', sex: 'male' },
        { source: 'police', concerns: ['bullying'] },
      ),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const id = registered.json().caseId;
    const actions = (await inspector.request('GET', `/api/v1/cases/${id}/actions`)).json().items;
    const schoolActions = actions.filter(
      (a: { organisationType: string }) => a.organisationType === 'school',
    );
    expect(schoolActions.length).toBeGreaterThan(0);
    for (const action of schoolActions) expect(action.organisationId).toBeNull();
    // The district's first school (by code) is not brought in.
    expect((await as('psychologist').request('GET', `/api/v1/cases/${id}`)).statusCode).toBe(404);
  });
});

describe('the protocol as configuration', () => {
  it('publishes an edited version from YAML that applies to concerns recorded from its date; earlier cases keep theirs', async () => {
    const admin = as('admin');
    const exported = await admin.request('GET', '/api/v1/protocol/versions/1/export?format=yaml');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('suicide-attempt.medical-care');
    const validFrom = new Date(t.clock.now().getTime() + HOUR).toISOString();
    const edited = exported.body
      .replace(/^version: 1$/m, 'version: 2')
      .replace(/^validFrom: .*$/m, `validFrom: ${validFrom}`)
      .replace(/within: same_day\n/, 'within:\n        hours: 4\n');
    const bad = await admin.request('POST', '/api/v1/protocol/versions', { text: 'rules: [unclosed' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('document');
    const wrongVersion = await admin.request('POST', '/api/v1/protocol/versions', {
      text: edited.replace(/^version: 2$/m, 'version: 5'),
    });
    expect(wrongVersion.json().error.details[0].field).toBe('document.version');
    const published = await admin.request('POST', '/api/v1/protocol/versions', { text: edited });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toEqual({ version: 2 });

    // The first case keeps version 1; a case recorded after validFrom is judged by version 2.
    const psychologist = as('psychologist');
    const before = (await psychologist.request('GET', `/api/v1/cases/${caseId}/actions`)).json().items;
    expect(new Set(before.map((a: { protocolVersion: number }) => a.protocolVersion))).toEqual(new Set([1]));
    t.clock.advance(2 * HOUR);
    const again = await as('psychologist').request('POST', '/api/v1/cases', suicideAttempt());
    const later = (
      await as('psychologist').request('GET', `/api/v1/cases/${again.json().caseId}/actions`)
    ).json().items;
    expect(new Set(later.map((a: { protocolVersion: number }) => a.protocolVersion))).toEqual(new Set([2]));
    // The edited rule: the first "same day" became four hours.
    const edits = later.filter(
      (a: { dueAt: string }) => Date.parse(a.dueAt) === t.clock.now().getTime() + 4 * HOUR,
    );
    expect(edits).toHaveLength(1);
    // Not for a school psychologist to edit.
    expect(
      (await as('psychologist').request('POST', '/api/v1/protocol/versions', { text: edited })).statusCode,
    ).toBe(403);
  });
});

describe('closing the case', () => {
  it('ends the part of the organisations the response brought in', async () => {
    const psychologist = as('psychologist');
    const supervisor = as('supervisor');
    expect((await as('nurse').request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    const asked = await psychologist.request('POST', `/api/v1/cases/${caseId}/workflow`, {
      type: 'request_closure',
      reason: 'risk_eliminated',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const approved = await supervisor.request('POST', `/api/v1/cases/${caseId}/workflow`, {
      type: 'approve',
      subject: 'closure',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await as('nurse').request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
  });
});
