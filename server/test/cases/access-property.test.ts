import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';
import { iinFor, organisationId, registration } from './fixtures.ts';

// Everyone who works cases in the demo, in three regions and many kinds of organisation.
const READERS = [
  'psychologist',
  'psychologist2',
  'pedagogue',
  'inspector',
  'inspector2',
  'supervisor',
  'supervisor2',
  'casemanager',
  'nurse',
  'socialworker',
  'kdn',
  'helpline',
] as const;
const REGISTRARS = [
  'psychologist',
  'psychologist2',
  'inspector',
  'nurse',
  'socialworker',
  'helpline',
] as const;
const TARGETS = [
  'police-711110000',
  'clinic-711110000',
  'social-711110000',
  'police-351000000',
  'psc-710000000',
  'kdn-710000000',
];

const NAMES = [
  'Айгерім',
  'Дана',
  'Әсем',
  'Мадина',
  'Аружан',
  'Томирис',
  'Жансая',
  'Амина',
  'Камила',
  'Сабина',
];

let t: TestApp;
const sessions = new Map<string, Session>();
const session = async (name: string) => {
  // Sign in again when a session idled out while the clock moved.
  const existing = sessions.get(name);
  if (existing && (await existing.request('GET', '/api/v1/me')).statusCode === 200) return existing;
  const fresh = await signIn(t, name);
  sessions.set(name, fresh);
  return fresh;
};

async function visibleIds(s: Session): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = (
      await s.request('GET', `/api/v1/cases?limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    ).json();
    for (const item of page.items) ids.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('case access', () => {
  it('property: for random cases, referrals and readers, a case is in a reader’s list exactly when its page opens', async () => {
    const caseIds: string[] = [];
    let serial = 200;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REGISTRARS),
        fc.constantFrom('711110000', '351000000', '751110000'),
        fc.subarray(TARGETS, { maxLength: 2 }),
        fc.boolean(),
        async (registrar, kato, targets, accept) => {
          const s = await session(registrar);
          const created = await s.request(
            'POST',
            '/api/v1/cases',
            registration(t, {
              surname: 'Тестова',
              givenName: NAMES[serial % NAMES.length] as string,
              birthDate: '2014-05-05',
              sex: 'female',
              iin: iinFor('2014-05-05', 'female', serial++),
              katoCode: kato,
            }),
          );
          expect(created.statusCode, created.body).toBe(201);
          const caseId = created.json().caseId as string;
          caseIds.push(caseId);
          await s.request('PUT', `/api/v1/cases/${caseId}/consent`, {
            status: 'given',
            givenBy: 'parent',
            organisationTypes: 'any',
          });
          for (const target of targets) {
            const referred = await s.request('POST', `/api/v1/cases/${caseId}/referrals`, {
              toOrganisationId: await organisationId(s, target),
              service: 'psychological_counselling',
            });
            if (referred.statusCode === 201 && accept) {
              // Somebody of the receiving organisation answers, when the demo has one.
              const receiver = {
                'police-711110000': 'inspector',
                'clinic-711110000': 'nurse',
                'social-711110000': 'socialworker',
                'police-351000000': 'inspector2',
                'psc-710000000': 'casemanager',
                'kdn-710000000': 'kdn',
              }[target];
              if (receiver)
                await (await session(receiver)).request('POST', `/api/v1/referrals/${referred.json().id}`, {
                  type: 'accept',
                });
            }
          }
        },
      ),
      { numRuns: 25 },
    );
    for (const reader of READERS) {
      const s = await session(reader);
      const listed = await visibleIds(s);
      for (const caseId of caseIds) {
        const detail = await s.request('GET', `/api/v1/cases/${caseId}`);
        expect(detail.statusCode === 200, `${reader} → ${caseId}`).toBe(listed.has(caseId));
      }
    }
    // The property is not vacuous: every reader sees something, nobody sees everything but the overseers.
    const psychologist2 = await visibleIds(await session('psychologist2'));
    const psychologist = await visibleIds(await session('psychologist'));
    expect(psychologist.size + psychologist2.size).toBeGreaterThan(0);
    expect([...psychologist].some((id) => psychologist2.has(id))).toBe(false);
  });
});
