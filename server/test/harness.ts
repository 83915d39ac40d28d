import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { totpCode } from '../src/platform/auth/totp.ts';
import type { AppContext, Clock } from '../src/platform/context.ts';
import type { RouteRecord } from '../src/platform/http/route-access.ts';
import { createLogger, openContext } from '../src/platform/runtime.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { DEFAULT_DEMO_PASSWORD } from '../src/seed/demo-users.ts';
import { seedTerritory } from '../src/seed/territory.ts';

export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Which database the integration tests run on: PGlite always, PostgreSQL when TEST_DB=postgresql. */
export const TEST_DB = process.env.TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';

/** A clock tests move by hand. */
export class TestClock implements Clock {
  private current: number;
  constructor(start = '2026-03-02T05:00:00.000Z') {
    this.current = Date.parse(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  routes: RouteRecord[];
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
}

/** A fresh PostgreSQL database for one test file, dropped afterwards. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DB=postgresql needs TEST_DATABASE_URL');
  const name = `qorgau_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Builds the real application on a fresh database with the territory tree and demo data. */
export async function createTestApp(
  overrides: Partial<Record<string, string>> = {},
  options: { clockStart?: string } = {},
): Promise<TestApp> {
  const clock = new TestClock(options.clockStart);
  const pgdb = TEST_DB === 'postgresql' ? await freshPostgres() : null;
  // Attachments go to disk: every test file gets its own directory, removed afterwards.
  const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-test-'));
  const config: Config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_TOTP_SECRET: TEST_TOTP_SECRET,
    SECRET_KEY: 'ab'.repeat(32),
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
    ...overrides,
  });
  const { ctx, database } = await openContext(config, { log: createLogger('silent'), clock, dataDir: null });
  await seedTerritory(ctx.db);
  await seedDemo(ctx);
  const { app, routes } = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  return {
    app,
    routes,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await database.close();
      await pgdb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in client: sends the session cookie and, on writes, the CSRF token. */
export interface Session {
  username: string;
  cookie: string;
  csrf: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** Signs in as a demo user (with a fresh TOTP code when the account needs one). */
export async function signIn(
  t: TestApp,
  username: string,
  password = DEFAULT_DEMO_PASSWORD,
): Promise<Session> {
  // Move past the previous 30-second step so a TOTP code is never a replay.
  t.clock.advance(31_000);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, totp: totpCode(TEST_TOTP_SECRET, t.clock.now()) },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
  const csrf = response.json().csrfToken as string;
  return {
    username,
    cookie,
    csrf,
    request: (method, url, body, headers = {}) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}
