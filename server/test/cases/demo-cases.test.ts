import { CASE_STAGES, RISK_LEVELS } from '@qorgau/domain/cases/index';
import { localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/audit.ts';
import { queryRows } from '../../src/platform/db/database.ts';
import { DEMO_CASES, DEMO_WORKERS } from '../../src/seed/demo-case-stories.ts';
import { seedDemoCases } from '../../src/seed/demo-cases.ts';
import { createTestApp, signIn, type TestApp } from '../harness.ts';

let t: TestApp;
let seeded: { cases: number };
const rows = <T>(query: string) => queryRows<T>(t.ctx.db, sql.raw(query));

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoCases(t.ctx);
});
afterAll(async () => t?.close());

describe('the demo cases', () => {
  it('are about three dozen, and seeded only once', async () => {
    expect(seeded.cases).toBe(DEMO_CASES.length);
    expect(DEMO_CASES.length).toBeGreaterThanOrEqual(30);
    expect(await seedDemoCases(t.ctx)).toEqual({ cases: 0 });
    const [{ n }] = (await rows<{ n: number }>('select count(*)::int as n from cases')) as [{ n: number }];
    expect(n).toBe(DEMO_CASES.length);
  });

  it('cover every risk level, every stage and status, in Astana, Karaganda and Almaty', async () => {
    const cases = await rows<{ risk_level: string; stage: string; status: string; region_code: string }>(
      'select risk_level, stage, status, region_code from cases',
    );
    expect(new Set(cases.map((c) => c.risk_level))).toEqual(new Set(RISK_LEVELS));
    expect(new Set(cases.map((c) => c.stage))).toEqual(new Set(CASE_STAGES));
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['open', 'closure_pending', 'closed']));
    expect(new Set(cases.map((c) => c.region_code))).toEqual(
      new Set(['710000000', '350000000', '750000000']),
    );
  });

  it('leave work to do: a breached response clock, overdue tasks, approvals and a transfer waiting, referrals in every state', async () => {
    const now = t.clock.now().toISOString();
    const [breached] = await rows<{ n: number }>(
      `select count(*)::int as n from cases where first_contact_at is null and status <> 'closed' and response_due_at < '${now}'`,
    );
    expect(breached?.n).toBeGreaterThan(0);
    const [overdue] = await rows<{ n: number }>(
      `select count(*)::int as n from case_tasks where done_at is null and due_at < '${now}'`,
    );
    expect(overdue?.n).toBeGreaterThan(0);
    const referrals = await rows<{ status: string }>('select distinct status from referrals');
    expect(new Set(referrals.map((r) => r.status))).toEqual(
      new Set(['pending', 'accepted', 'declined', 'completed', 'cancelled']),
    );
    const transfers = await rows<{ status: string }>('select distinct status from transfers');
    expect(new Set(transfers.map((r) => r.status))).toEqual(new Set(['pending', 'accepted']));
    const supervisor = await signIn(t, 'supervisor');
    const overview = (await supervisor.request('GET', '/api/v1/cases/supervision')).json();
    expect(overview.awaitingApproval.length).toBeGreaterThan(0);
    expect(overview.responseBreaches.length).toBeGreaterThan(0);
    expect(overview.overdueTasks.length).toBeGreaterThan(0);
  });

  it('show each case-work account a world of its own: at least one case, never all of them', async () => {
    const seen = new Map<string, number>();
    for (const username of DEMO_WORKERS) {
      const session = await signIn(t, username);
      const response = await session.request('GET', '/api/v1/cases?limit=200');
      expect(response.statusCode, username).toBe(200);
      seen.set(username, response.json().items.length);
    }
    for (const [username, count] of seen) {
      expect(count, username).toBeGreaterThan(0);
      expect(count, username).toBeLessThan(DEMO_CASES.length);
    }
  });

  it('contain one child registered twice, in two spellings, which the supervisor finds and can merge', async () => {
    const supervisor = await signIn(t, 'supervisor');
    const pair = await rows<{ id: string; iin: string | null }>(
      `select id, iin from persons where given_name = 'Арман' and surname in ('Жанибеков', 'Жәнібеков') order by iin nulls first`,
    );
    expect(pair).toHaveLength(2);
    const found = (
      await supervisor.request('POST', '/api/v1/persons/duplicates', {
        surname: 'Жәнібеков',
        givenName: 'Арман',
        sex: 'male',
      })
    ).json();
    expect(found.items.map((c: { personId: string }) => c.personId)).toEqual(
      expect.arrayContaining(pair.map((p) => p.id)),
    );
    const [withoutIin, withIin] = pair as unknown as [{ id: string }, { id: string }];
    const merge = await supervisor.request('POST', '/api/v1/persons/merges', {
      fromPersonId: withoutIin.id,
      intoPersonId: withIin.id,
      reason: 'Бір бала: емхана мен мектеп екі рет тіркеген.',
    });
    expect(merge.statusCode, merge.body).toBe(201);
  });

  it('keep the audit chain intact, each seeded event marked as the seed’s', async () => {
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
    const [unmarked] = await rows<{ n: number }>(
      `select count(*)::int as n from audit_events where action like 'case.%' and action not in ('case.list', 'case.read') and coalesce(user_agent, '') <> 'qorgau seed: demo cases'`,
    );
    expect(unmarked?.n).toBe(0);
  });
});

describe('the demo cases seeded just after midnight in Kazakhstan', () => {
  // At 00:10 in Astana the stories told "hours ago" happened the day before — at the turn of a month or a
  // year, in the month or year before: an age estimated on registration is as of the registration day.
  it.each([
    ['on an ordinary night', '2026-03-01T19:30:00.000Z'],
    ['on the first of a month', '2026-04-30T19:10:00.000Z'],
    ['on New Year’s night', '2026-12-31T19:10:00.000Z'],
  ])('seed whole %s', async (_, clockStart) => {
    const night = await createTestApp({}, { clockStart });
    try {
      expect(await seedDemoCases(night.ctx)).toEqual({ cases: DEMO_CASES.length });
      const estimated = await queryRows<{ as_of: string; created: number }>(
        night.ctx.db,
        sql`select p.estimated_age_as_of::text as as_of, (extract(epoch from c.created_at) * 1000)::float8 as created from persons p join cases c on c.child_id = p.id where p.estimated_age_years is not null`,
      );
      expect(estimated.length).toBeGreaterThan(0);
      for (const e of estimated) expect(e.as_of).toBe(localDateOf(Number(e.created)));
    } finally {
      await night.close();
    }
  });
});
