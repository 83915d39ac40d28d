import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/platform/auth/totp.ts';
import { DEFAULT_DEMO_PASSWORD } from '../src/seed/demo-users.ts';
import { createTestApp, signIn, TEST_TOTP_SECRET, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, headers });

describe('signing in', () => {
  it('gives a school psychologist an httpOnly, SameSite session cookie and their organisation', async () => {
    const response = await login({ username: 'psychologist', password: DEFAULT_DEMO_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/qorgau_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/);
    const me = response.json();
    expect(me.organisation.type).toBe('school');
    expect(me.roles).toEqual(['school_psychologist']);
    expect(me.permissions).toContainEqual({ permission: 'read:user', scope: 'organisation' });
  });

  it('marks the cookie Secure behind TLS', async () => {
    const tls = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await tls.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'psychologist', password: DEFAULT_DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await tls.close();
    }
  });

  it('answers a wrong password or an unknown username with the same INVALID_CREDENTIALS', async () => {
    const wrong = await login({ username: 'pedagogue', password: 'not-the-password-1' });
    const unknown = await login({ username: 'nobody-here', password: 'not-the-password-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('asks the plan coordinator for the second factor and accepts a correct code', async () => {
    const first = await login({ username: 'coordinator', password: DEFAULT_DEMO_PASSWORD });
    expect(first.statusCode).toBe(401);
    expect(first.json().error.code).toBe('TOTP_REQUIRED');
    t.clock.advance(31_000);
    const second = await login({
      username: 'coordinator',
      password: DEFAULT_DEMO_PASSWORD,
      totp: totpCode(TEST_TOTP_SECRET, t.clock.now()),
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.secondFactor).toBe(true);
  });

  it('refuses a wrong or replayed one-time code', async () => {
    t.clock.advance(31_000);
    const code = totpCode(TEST_TOTP_SECRET, t.clock.now());
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(
      (await login({ username: 'analyst', password: DEFAULT_DEMO_PASSWORD, totp: wrongCode })).json().error
        .code,
    ).toBe('TOTP_INVALID');
    expect(
      (await login({ username: 'analyst', password: DEFAULT_DEMO_PASSWORD, totp: code })).statusCode,
    ).toBe(200);
    const replay = await login({ username: 'analyst', password: DEFAULT_DEMO_PASSWORD, totp: code });
    expect(replay.json().error.code).toBe('TOTP_INVALID');
  });

  it('localises errors by Accept-Language before sign-in', async () => {
    const kk = await login({ username: 'x', password: 'y' });
    const ru = await login({ username: 'x', password: 'y' }, { 'accept-language': 'ru-KZ,ru;q=0.9' });
    const en = await login({ username: 'x', password: 'y' }, { 'accept-language': 'en' });
    expect(kk.json().error.message).toBe('Пайдаланушы аты немесе құпиясөз қате.');
    expect(ru.json().error.message).toBe('Неверное имя пользователя или пароль.');
    expect(en.json().error.message).toBe('Wrong username or password.');
  });
});

describe('lockout', () => {
  it('locks an account after five failures and keeps it locked even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await login({ username: 'nurse', password: `wrong-password-${i}` })).json().error.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const fifth = await login({ username: 'nurse', password: 'wrong-password-5' });
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await login({ username: 'nurse', password: DEFAULT_DEMO_PASSWORD });
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(14 * 60_000);
    expect((await login({ username: 'nurse', password: DEFAULT_DEMO_PASSWORD })).json().error.code).toBe(
      'ACCOUNT_LOCKED',
    );
  });

  it('lets the person in again once the lock time has passed', async () => {
    t.clock.advance(2 * 60_000);
    expect((await login({ username: 'nurse', password: DEFAULT_DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('lets an administrator unlock an account at once', async () => {
    for (let i = 0; i < 5; i++) await login({ username: 'socialworker', password: `wrong-password-${i}` });
    expect(
      (await login({ username: 'socialworker', password: DEFAULT_DEMO_PASSWORD })).json().error.code,
    ).toBe('ACCOUNT_LOCKED');
    const admin = await signIn(t, 'admin');
    const list = await admin.request('GET', '/api/v1/users?search=socialworker');
    const id = list.json().items[0].id;
    expect(list.json().items[0].lockedUntil).not.toBeNull();
    expect((await admin.request('POST', `/api/v1/users/${id}/unlock`)).statusCode).toBe(200);
    expect((await login({ username: 'socialworker', password: DEFAULT_DEMO_PASSWORD })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expire after the idle time without activity', async () => {
    const s = await signIn(t, 'pedagogue');
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await s.request('GET', '/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('expire after the absolute lifetime however active the person is', async () => {
    const s = await signIn(t, 'pedagogue');
    // A request every 25 minutes keeps the session from idling out, up to 11 h 40 min...
    for (let i = 0; i < 28; i++) {
      t.clock.advance(25 * 60_000);
      expect((await s.request('GET', '/api/v1/me')).statusCode, `after ${(i + 1) * 25} minutes`).toBe(200);
    }
    // ...but not past twelve hours from sign-in.
    t.clock.advance(25 * 60_000);
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('end with sign-out, and all of them with sign-out everywhere', async () => {
    const a = await signIn(t, 'kdn');
    const b = await signIn(t, 'kdn');
    const c = await signIn(t, 'kdn');
    expect((await a.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await a.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await b.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const everywhere = await b.request('POST', '/api/v1/auth/logout-everywhere');
    expect(everywhere.json().endedSessions).toBe(2);
    expect((await b.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('refuse a write without the CSRF token, with a wrong one, or from another origin', async () => {
    const s = await signIn(t, 'helpline');
    const noToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie },
      payload: { locale: 'ru' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const wrong = await s.request('PATCH', '/api/v1/me', { locale: 'ru' }, { 'x-csrf-token': 'forged' });
    expect(wrong.json().error.code).toBe('CSRF_INVALID');
    const foreign = await s.request(
      'PATCH',
      '/api/v1/me',
      { locale: 'ru' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.json().error.code).toBe('CSRF_INVALID');
    const ok = await s.request('PATCH', '/api/v1/me', { locale: 'ru' });
    expect(ok.statusCode).toBe(200);
  });

  it('speak the saved language of the person once signed in, whatever the browser says', async () => {
    const s = await signIn(t, 'helpline');
    await s.request('PATCH', '/api/v1/me', { locale: 'en' });
    const forbidden = await s.request('GET', '/api/v1/audit', undefined, { 'accept-language': 'kk' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe('You do not have permission for this.');
  });
});

describe('passwords', () => {
  it('after an administrator reset: the temporary password works once, must be changed, and meets the policy', async () => {
    const admin = await signIn(t, 'admin');
    const target = (await admin.request('GET', '/api/v1/users?search=executor2')).json().items[0];
    const reset = await admin.request('POST', `/api/v1/users/${target.id}/reset-password`);
    const temporary = reset.json().credentials.temporaryPassword as string;
    expect(temporary).toHaveLength(16);
    expect((await login({ username: 'executor2', password: DEFAULT_DEMO_PASSWORD })).statusCode).toBe(401);
    const s = await signIn(t, 'executor2', temporary);
    const blocked = await s.request('GET', '/api/v1/users');
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await s.request('POST', '/api/v1/me/password', {
      currentPassword: temporary,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_POLICY');
    expect(weak.json().error.details[0]).toMatchObject({ field: 'newPassword', code: 'password.too_short' });
    const changed = await s.request('POST', '/api/v1/me/password', {
      currentPassword: temporary,
      newPassword: 'Жаңа құпиясөз 2026!',
    });
    expect(changed.statusCode).toBe(200);
    expect((await s.request('GET', '/api/v1/users')).statusCode).toBe(200);
    expect((await login({ username: 'executor2', password: 'Жаңа құпиясөз 2026!' })).statusCode).toBe(200);
  });

  it('stores argon2id hashes, never the password', async () => {
    const rows = await t.ctx.db.query.users.findMany({ columns: { passwordHash: true } });
    for (const row of rows) expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
