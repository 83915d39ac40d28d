import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, 'admin');
});
afterAll(async () => t?.close());

/** A concrete URL for a route pattern, with any :id filled in by a real object. */
function concrete(url: string, ids: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000000');
}

describe('the route inventory', () => {
  it('has an access declaration on every route', () => {
    const undeclared = t.routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    expect(t.routes.length).toBeGreaterThan(20);
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    for (const route of t.routes.filter((r) => r.access !== 'public' && r.method !== 'HEAD')) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url, { code: '710000000' }),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses every permission-guarded route with 403 to a signed-in person who lacks the permission', async () => {
    // The analyst holds only the public directory permissions.
    const analyst = await signIn(t, 'analyst');
    const me = (await analyst.request('GET', '/api/v1/me')).json();
    const held = new Set(me.permissions.map((p: { permission: string }) => p.permission));
    const guarded = t.routes.filter(
      (r) =>
        r.access &&
        r.access !== 'public' &&
        r.access !== 'authenticated' &&
        r.method !== 'HEAD' &&
        !held.has(r.access),
    );
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const response = await analyst.request(
        route.method,
        concrete(route.url, { code: '710000000' }),
        route.method === 'GET' ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
  });

  it('lets a holder of the permission through the guard (the declared permission is the one checked)', async () => {
    const holders = new Map<string, Session>();
    for (const name of ['admin', 'coordinator', 'supervisor', 'inspector', 'kdn']) {
      const s = name === 'admin' ? admin : await signIn(t, name);
      for (const p of (await s.request('GET', '/api/v1/me')).json().permissions as { permission: string }[]) {
        if (!holders.has(p.permission)) holders.set(p.permission, s);
      }
    }
    // Routes that need query parameters are exercised by their own tests.
    const needsQuery = new Set(['/api/v1/cases/lookup']);
    const routes = t.routes.filter(
      (r) =>
        r.method === 'GET' &&
        r.access &&
        r.access !== 'public' &&
        !r.url.includes(':') &&
        !needsQuery.has(r.url),
    );
    for (const route of routes) {
      const holder = route.access === 'authenticated' ? admin : holders.get(route.access as string);
      expect(holder, `nobody in the demo holds ${route.access}`).toBeDefined();
      const response = await (holder as Session).request('GET', route.url);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(200);
    }
  });
});

describe('region scope', () => {
  async function usersVisibleTo(s: Session): Promise<{ id: string; regionCode: string | null }[]> {
    const all: { id: string; regionCode: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        items: { id: string; organisation: { regionCode: string | null } }[];
        nextCursor: string | null;
      } = (await s.request('GET', `/api/v1/users?limit=7${cursor ? `&cursor=${cursor}` : ''}`)).json();
      all.push(
        ...page.items.map((u: { id: string; organisation: { regionCode: string | null } }) => ({
          id: u.id,
          regionCode: u.organisation.regionCode,
        })),
      );
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  it('hides staff of Astana from a Karaganda supervisor, in the list and on the detail page', async () => {
    const supervisor2 = await signIn(t, 'supervisor2');
    const visible = await usersVisibleTo(supervisor2);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((u) => u.regionCode === '350000000')).toBe(true);
    const astana = (await admin.request('GET', '/api/v1/users?search=psychologist'))
      .json()
      .items.find((u: { username: string }) => u.username === 'psychologist');
    const detail = await supervisor2.request('GET', `/api/v1/users/${astana.id}`);
    expect(detail.statusCode).toBe(404);
    expect(detail.json().error.code).toBe('NOT_FOUND');
  });

  it('lets a Karaganda regional administrator manage only Karaganda staff', async () => {
    const regionadmin = await signIn(t, 'regionadmin');
    const astana = (await admin.request('GET', '/api/v1/users?search=inspector'))
      .json()
      .items.find((u: { username: string }) => u.username === 'inspector');
    expect((await regionadmin.request('POST', `/api/v1/users/${astana.id}/deactivate`)).statusCode).toBe(404);
    const karaganda = (await admin.request('GET', '/api/v1/users?search=inspector2')).json().items[0];
    const reset = await regionadmin.request('POST', `/api/v1/users/${karaganda.id}/unlock`);
    expect(reset.statusCode).toBe(200);
  });

  it('does not let a regional administrator create a national administrator', async () => {
    const regionadmin = await signIn(t, 'regionadmin');
    const orgs = (
      await regionadmin.request('GET', '/api/v1/organisations?regionCode=350000000&type=education_department')
    ).json().items;
    const response = await regionadmin.request('POST', '/api/v1/users', {
      username: 'escalation',
      fullName: 'Privilege Escalation',
      organisationId: orgs[0].id,
      roles: ['regional_administrator'],
    });
    expect(response.statusCode).toBe(403);
  });

  it('property: for any reader, every user in the list opens, and every user outside it does not', async () => {
    const readers = [
      'supervisor',
      'supervisor2',
      'regionadmin',
      'psychologist',
      'inspector2',
      'akimat',
      'coordinator',
      'casemanager',
    ];
    const sessions = new Map<string, Session>();
    for (const name of readers) sessions.set(name, await signIn(t, name));
    const everyone = await usersVisibleTo(admin);
    const visibleTo = new Map<string, Set<string>>();
    for (const [name, s] of sessions)
      visibleTo.set(name, new Set((await usersVisibleTo(s)).map((u) => u.id)));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...readers),
        fc.constantFrom(...everyone.map((u) => u.id)),
        async (reader, userId) => {
          const s = sessions.get(reader) as Session;
          const detail = await s.request('GET', `/api/v1/users/${userId}`);
          expect(detail.statusCode === 200, `${reader} → ${userId}`).toBe(visibleTo.get(reader)?.has(userId));
        },
      ),
      { numRuns: 150 },
    );
  });
});
