import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan } from '../src/seed/plan.ts';
import { registration } from './cases/fixtures.ts';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
/** A signed-in person for each permission, so random bodies reach validation instead of the guard. */
const holders = new Map<string, Session>();
/** Real values for the path parameters, so the route behind them is what gets exercised. */
const params: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, 'admin');
  for (const name of ['admin', 'coordinator', 'psychologist', 'supervisor']) {
    const s = name === 'admin' ? admin : await signIn(t, name);
    for (const p of (await s.request('GET', '/api/v1/me')).json().permissions as { permission: string }[]) {
      if (!holders.has(p.permission)) holders.set(p.permission, s);
    }
  }
  params.id = (await admin.request('GET', '/api/v1/users?search=helpline')).json().items[0].id;
  params.organisationId = (
    await admin.request('GET', '/api/v1/organisations?search=kdn-710000000')
  ).json().items[0].id;
  await seedPlan(t.ctx);
  params.planId = (await admin.request('GET', '/api/v1/plans')).json().items[0].id;
  params.number = '16';
  params.locale = 'ru';
  params.code = encodeURIComponent('БҒМ');
  const psychologist = holders.get('create:case') as Session;
  params.caseId = (
    await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, { surname: 'Фаззов', givenName: 'Тест', birthDate: '2012-02-02', sex: 'male' }),
    )
  ).json().caseId;
});
afterAll(async () => t?.close());

/** Bodies a careless or hostile client might send: any JSON value, deep objects, near-miss shapes. */
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.object({
    maxDepth: 3,
    values: [fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double()],
  }),
  fc.record(
    {
      username: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      password: fc.oneof(fc.string(), fc.array(fc.string())),
      fullName: fc.string({ maxLength: 400 }),
      organisationId: fc.oneof(fc.uuid(), fc.string()),
      roles: fc.oneof(fc.array(fc.string()), fc.string()),
      locale: fc.oneof(fc.constantFrom('kk', 'ru', 'en', 'de', ''), fc.string()),
      code: fc.string(),
      name: fc.oneof(fc.string(), fc.record({ kk: fc.string(), ru: fc.string(), en: fc.string() })),
      type: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

/** Raw payloads that are not JSON at all, sent as application/json. */
const rawBody = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '{',
    '[',
    '{"a":',
    'null',
    '"\\u0000"',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{}}}',
  ),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

describe('write routes under 1,000 random or malformed bodies each', () => {
  it('answer every one with a 4xx (or a success for a valid body), never a 5xx', async () => {
    const writes = t.routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(writes.length).toBeGreaterThan(8);
    for (const route of writes) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'id' && route.url.startsWith('/api/v1/organisations')
          ? (params.organisationId as string)
          : (params[name] ?? '00000000-0000-4000-8000-000000000000'),
      );
      const caller = (route.access && holders.get(route.access)) || admin;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            jsonBody.map((b) => JSON.stringify(b) ?? 'null'),
            rawBody,
          ),
          async (payload) => {
            const response = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: {
                cookie: caller.cookie,
                'x-csrf-token': caller.csrf,
                'content-type': 'application/json',
              },
              payload,
            });
            expect(
              response.statusCode,
              `${route.method} ${route.url} ← ${payload.slice(0, 200)}`,
            ).toBeLessThan(500);
            if (response.statusCode >= 400) {
              const body = response.json();
              expect(typeof body.error.code).toBe('string');
              expect(body.error.message.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 1000 },
      );
    }
  }, 600_000);

  it('refuses a body larger than the limit with 413', async () => {
    // The random bodies above may have signed the admin out (an empty body is a valid sign-out).
    admin = await signIn(t, 'admin');
    const response = await admin.request('PATCH', '/api/v1/me', {
      locale: 'kk',
      padding: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a content type it does not read with 415', async () => {
    admin = await signIn(t, 'admin');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/xml' },
      payload: '<locale>kk</locale>',
    });
    expect(response.statusCode).toBe(415);
  });
});
