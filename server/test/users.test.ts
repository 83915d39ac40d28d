import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
const orgId = async (code: string) =>
  (await admin.request('GET', `/api/v1/organisations?search=${code}`)).json().items[0].id as string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, 'admin');
});
afterAll(async () => t?.close());

describe('an administrator managing accounts', () => {
  it('creates a school psychologist who must change the temporary password at first sign-in', async () => {
    const response = await admin.request('POST', '/api/v1/users', {
      username: 'A.Nurlanova',
      fullName: 'Әсем Нұрланова',
      email: 'a.nurlanova@school47.edu.kz',
      organisationId: await orgId('school-711110000-2'),
      roles: ['school_psychologist'],
    });
    expect(response.statusCode).toBe(201);
    const { user, credentials } = response.json();
    expect(user).toMatchObject({
      username: 'a.nurlanova',
      mustChangePassword: true,
      secondFactorEnrolled: false,
      active: true,
    });
    expect(credentials.secondFactor).toBeNull();
    const s = await signIn(t, 'a.nurlanova', credentials.temporaryPassword);
    expect((await s.request('GET', '/api/v1/me')).json().user.mustChangePassword).toBe(true);
  });

  it('issues a TOTP key with an account whose role needs a second factor', async () => {
    const response = await admin.request('POST', '/api/v1/users', {
      username: 'analyst2',
      fullName: 'Second Analyst',
      organisationId: await orgId('mop'),
      roles: ['analyst'],
    });
    const { user, credentials } = response.json();
    expect(user.secondFactorEnrolled).toBe(true);
    expect(credentials.secondFactor.uri).toMatch(/^otpauth:\/\/totp\/Qorgau:analyst2\?/);
  });

  it('refuses a taken username, a role that does not fit the organisation, and bad fields — naming them', async () => {
    const taken = await admin.request('POST', '/api/v1/users', {
      username: 'PSYCHOLOGIST',
      fullName: 'Duplicate Person',
      organisationId: await orgId('school-711110000-1'),
      roles: ['school_psychologist'],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('USERNAME_TAKEN');
    const misfit = await admin.request('POST', '/api/v1/users', {
      username: 'misfit',
      fullName: 'Police In A School',
      organisationId: await orgId('school-711110000-1'),
      roles: ['juvenile_inspector'],
    });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json().error.message).toMatch(/juvenile_inspector/);
    const bad = await admin.request(
      'POST',
      '/api/v1/users',
      { username: '1', fullName: '', organisationId: 'x', roles: [] },
      { 'accept-language': 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['fullName', 'organisationId', 'roles', 'username']);
  });

  it('deactivates an account: its sessions end and it cannot sign in', async () => {
    const s = await signIn(t, 'nurse');
    const id = (await admin.request('GET', '/api/v1/users?search=nurse')).json().items[0].id;
    expect((await admin.request('POST', `/api/v1/users/${id}/deactivate`)).json().user.active).toBe(false);
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(401);
    await expect(signIn(t, 'nurse')).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect((await admin.request('POST', `/api/v1/users/${id}/reactivate`)).json().user.active).toBe(true);
    await expect(signIn(t, 'nurse')).resolves.toBeTruthy();
  });

  it('cannot deactivate their own account', async () => {
    const me = (await admin.request('GET', '/api/v1/me')).json();
    expect((await admin.request('POST', `/api/v1/users/${me.user.id}/deactivate`)).json().error.code).toBe(
      'CANNOT_DEACTIVATE_SELF',
    );
  });

  it('moves a person to another organisation and ends their sessions, since what they may see changed', async () => {
    const s = await signIn(t, 'pedagogue');
    const user = (await admin.request('GET', '/api/v1/users?search=pedagogue')).json().items[0];
    const moved = await admin.request('PUT', `/api/v1/users/${user.id}`, {
      fullName: user.fullName,
      position: user.position,
      organisationId: await orgId('school-711110000-2'),
      roles: user.roles,
      locale: user.locale,
    });
    expect(moved.json().user.organisation.name.en).toBe('Secondary School No. 47');
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('sees the role catalogue with scopes and second-factor rules', async () => {
    const roles = (await admin.request('GET', '/api/v1/roles')).json().items;
    expect(roles).toHaveLength(17);
    expect(roles.find((r: { role: string }) => r.role === 'plan_coordinator')).toMatchObject({
      secondFactor: true,
      organisationTypes: ['ministry'],
    });
  });
});

describe('the organisation directory', () => {
  it('holds the 20 regional akimats, 17 of them existing before June 2022', async () => {
    const akimats = (await admin.request('GET', '/api/v1/organisations?type=akimat&limit=100')).json().items;
    expect(akimats).toHaveLength(20);
    expect(akimats.filter((a: { validFrom: string | null }) => a.validFrom === null)).toHaveLength(17);
  });

  it('places organisations on the territory tree by region and district', async () => {
    const police = (
      await admin.request('GET', '/api/v1/organisations?type=police_unit&regionCode=710000000')
    ).json().items;
    expect(police).toHaveLength(1);
    expect(police[0]).toMatchObject({ districtCode: '711110000', regionCode: '710000000' });
  });

  it('lets an administrator add an organisation, refusing a bad BIN or an unknown territory', async () => {
    const input = {
      code: 'school-711110000-3',
      type: 'school',
      agency: 'education',
      level: 'local',
      name: { kk: '№ 88 мектеп', ru: 'Школа № 88', en: 'School No. 88' },
      territoryCode: '711110000',
    };
    const badBin = await admin.request('POST', '/api/v1/organisations', { ...input, bin: '123456789012' });
    expect(badBin.statusCode).toBe(400);
    expect(badBin.json().error.details[0].field).toBe('bin');
    const badPlace = await admin.request('POST', '/api/v1/organisations', {
      ...input,
      territoryCode: '999999999',
    });
    expect(badPlace.json().error.details[0].field).toBe('territoryCode');
    const created = await admin.request('POST', '/api/v1/organisations', input);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ regionCode: '710000000', districtCode: '711110000' });
    const psychologist = await signIn(t, 'psychologist');
    expect(
      (await psychologist.request('POST', '/api/v1/organisations', { ...input, code: 'x-1' })).statusCode,
    ).toBe(403);
  });

  it('lists the territory tree: 20 top-level units, 17 of them on 1 January 2021', async () => {
    expect((await admin.request('GET', '/api/v1/territories')).json().items).toHaveLength(20);
    expect((await admin.request('GET', '/api/v1/territories?asOf=2021-01-01')).json().items).toHaveLength(17);
    const karaganda = (await admin.request('GET', '/api/v1/territories?parentCode=350000000')).json().items;
    expect(karaganda.length).toBe(13);
    const semey = (await admin.request('GET', '/api/v1/territories/101010000')).json();
    expect(semey.path.map((p: { code: string }) => p.code)).toEqual(['100000000', '101000000']);
    expect(semey.validFrom).toBe('2022-06-08');
  });
});
