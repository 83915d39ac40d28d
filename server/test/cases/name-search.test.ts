import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSearchCondition } from '../../src/modules/cases/persons.ts';
import { cases, persons } from '../../src/modules/cases/tables.ts';
import { queryRows } from '../../src/platform/db/database.ts';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';
import { registration } from './fixtures.ts';

// The name search of a district-wide reader (a supervisor) reads the children's keys kept on the cases
// (case_name_keys, kept by triggers); a worker's reads the persons. Both must find the same cases, and keep
// finding them when a name is corrected and when records are merged or unmerged.

let t: TestApp;
let psychologist: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await createTestApp();
  psychologist = await signIn(t, 'psychologist');
  supervisor = await signIn(t, 'supervisor');
});
afterAll(async () => t?.close());

/** Every case a search lists for a reader, a few at a time (the keyset pages too). */
async function searchIds(s: Session, text: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const response = await s.request(
      'GET',
      `/api/v1/cases?limit=3&search=${encodeURIComponent(text)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: { id: string }[]; nextCursor: string | null } = response.json();
    for (const item of page.items) ids.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

async function listIds(s: Session): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = (
      await s.request('GET', `/api/v1/cases?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    ).json();
    for (const item of page.items) ids.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** What the search must list: the reader's cases whose child's own name keys match (read from the persons). */
async function expectedIds(s: Session, text: string): Promise<Set<string>> {
  const matching = await queryRows<{ id: string }>(
    t.ctx.db,
    sql`select ${cases.id} as id from ${cases} join ${persons} on ${persons.id} = ${cases.childId} where ${nameSearchCondition(text)}`,
  );
  const visible = await listIds(s);
  return new Set(matching.map((r) => r.id).filter((id) => visible.has(id)));
}

async function expectSearch(text: string, contains: string[], lacks: string[]) {
  for (const s of [supervisor, psychologist]) {
    const found = await searchIds(s, text);
    expect(found, `${s.username} searching ${text}`).toEqual(await expectedIds(s, text));
    for (const id of contains) expect(found.has(id), `${s.username} finds ${id} by ${text}`).toBe(true);
    for (const id of lacks) expect(found.has(id), `${s.username} does not find ${id} by ${text}`).toBe(false);
  }
}

async function register(surname: string, givenName: string, birthDate: string) {
  const response = await psychologist.request(
    'POST',
    '/api/v1/cases',
    registration(t, { surname, givenName, birthDate, sex: 'male', iin: null }),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { caseId: string; childId: string };
}

describe('searching cases by the child’s name', () => {
  it('finds a newly registered child by surname, given name or both, in the supervisor’s district as in the worker’s list', async () => {
    const a = await register('Төлеуов', 'Бауыржан', '2014-02-03');
    await expectSearch('Төлеуов', [a.caseId], []);
    await expectSearch('Бауыржан', [a.caseId], []);
    await expectSearch('Төлеуов Бауыржан', [a.caseId], []);
    await expectSearch('Tol', [], []);
    await expectSearch('Бауыржан Серікбаев', [], [a.caseId]);
  });

  it('finds the child by the corrected name after the record is edited, no longer by the old one', async () => {
    const a = await register('Құрманғалиев', 'Ерасыл', '2012-06-07');
    await expectSearch('Құрманғалиев', [a.caseId], []);
    const record = registration(t, {
      surname: 'Жұмабеков',
      givenName: 'Ерасыл',
      birthDate: '2012-06-07',
      sex: 'male',
      iin: null,
    }).child;
    const put = await psychologist.request('PUT', `/api/v1/cases/${a.caseId}/child`, { record });
    expect(put.statusCode, put.body).toBe(200);
    await expectSearch('Жұмабеков', [a.caseId], []);
    await expectSearch('Жумабеков Ерасыл', [a.caseId], []);
    await expectSearch('Құрманғалиев', [], [a.caseId]);
  });

  it('finds a merged child’s cases under the surviving record’s name, and under its own again after the undo', async () => {
    const from = await register('Исабеков', 'Тимур', '2015-09-10');
    const into = await register('Исабеков', 'Темірлан', '2015-09-10');
    await expectSearch('Темірлан', [into.caseId], [from.caseId]);
    await expectSearch('Тимур', [from.caseId], [into.caseId]);
    const merge = await supervisor.request('POST', '/api/v1/persons/merges', {
      fromPersonId: from.childId,
      intoPersonId: into.childId,
      reason: 'Бір бала, екі рет тіркелген.',
    });
    expect(merge.statusCode, merge.body).toBe(201);
    await expectSearch('Темірлан', [into.caseId, from.caseId], []);
    await expectSearch('Исабеков Темірлан', [into.caseId, from.caseId], []);
    await expectSearch('Тимур', [], [from.caseId, into.caseId]);
    const undo = await supervisor.request('POST', `/api/v1/persons/merges/${merge.json().mergeId}/undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    await expectSearch('Темірлан', [into.caseId], [from.caseId]);
    await expectSearch('Тимур', [from.caseId], [into.caseId]);
  });

  it('keeps exactly four keys for each case, those of its child', async () => {
    const [stale] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from (
        (select c.id, c.district_code, c.region_code, k.key from cases c join persons p on p.id = c.child_id,
          lateral (values ('sk:' || p.surname_key), ('gk:' || p.given_name_key), ('sc:' || p.surname_code), ('gc:' || p.given_name_code)) as k(key)
         except select case_id, district_code, region_code, key from case_name_keys)
        union all
        (select case_id, district_code, region_code, key from case_name_keys
         except select c.id, c.district_code, c.region_code, k.key from cases c join persons p on p.id = c.child_id,
          lateral (values ('sk:' || p.surname_key), ('gk:' || p.given_name_key), ('sc:' || p.surname_code), ('gc:' || p.given_name_code)) as k(key))
      ) as difference`,
    );
    expect(stale?.n).toBe(0);
  });
});
