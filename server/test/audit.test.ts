import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit/audit.ts';
import { queryRows } from '../src/platform/db/database.ts';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, 'admin');
});
afterAll(async () => t?.close());

describe('the audit log', () => {
  it('records sign-in success and failure with who, from where and why', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'kdn', password: 'wrong-password!' },
    });
    const failures = (await admin.request('GET', '/api/v1/audit?action=auth.login&outcome=failure')).json()
      .items;
    expect(failures[0]).toMatchObject({
      action: 'auth.login',
      outcome: 'failure',
      ip: '127.0.0.1',
      details: { username: 'kdn', reason: 'wrong_password' },
    });
    const successes = (
      await admin.request('GET', '/api/v1/audit?action=auth.login&outcome=success&actor=admin')
    ).json().items;
    expect(successes.length).toBeGreaterThan(0);
  });

  it('records a change with the fields that changed, and never a secret', async () => {
    const target = (await admin.request('GET', '/api/v1/users?search=pedagogue')).json().items[0];
    await admin.request('PUT', `/api/v1/users/${target.id}`, {
      fullName: target.fullName,
      position: target.position,
      organisationId: target.organisation.id,
      roles: target.roles,
      locale: 'ru',
      phone: '+7 701 234 56 78',
    });
    await admin.request('POST', `/api/v1/users/${target.id}/reset-password`);
    const events = (await admin.request('GET', `/api/v1/audit?objectId=${target.id}`)).json().items;
    const updated = events.find((e: { action: string }) => e.action === 'user.updated');
    expect(updated.changes).toEqual({
      locale: { from: 'kk', to: 'ru' },
      phone: { from: null, to: '+7 701 234 56 78' },
    });
    const reset = events.find((e: { action: string }) => e.action === 'user.password_reset');
    expect(reset.changes.passwordHash).toEqual({ from: '[redacted]', to: '[redacted]' });
    expect(JSON.stringify(events)).not.toMatch(/argon2/);
  });

  it("records every read of a person's record", async () => {
    const target = (await admin.request('GET', '/api/v1/users?search=nurse')).json().items[0];
    await admin.request('GET', `/api/v1/users/${target.id}`);
    const reads = (await admin.request('GET', `/api/v1/audit?action=user.read&objectId=${target.id}`)).json()
      .items;
    expect(reads).toHaveLength(1);
    expect(reads[0].actorUsername).toBe('admin');
  });

  it('is refused to people without the audit permission', async () => {
    const psychologist = await signIn(t, 'psychologist');
    expect((await psychologist.request('GET', '/api/v1/audit')).statusCode).toBe(403);
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const failure = (query: Promise<unknown>) =>
      query.then(
        () => 'allowed',
        (e: Error) => String(e.cause ?? e),
      );
    expect(await failure(t.ctx.db.execute(sql`update audit_events set action = 'x' where id = 1`))).toMatch(
      /append-only/,
    );
    expect(await failure(t.ctx.db.execute(sql`delete from audit_events where id = 1`))).toMatch(
      /append-only/,
    );
  });

  it('verifies an intact chain, then names the first row someone edited behind its back', async () => {
    const intact = (await admin.request('POST', '/api/v1/audit/verify')).json();
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThan(10);
    // Someone with superuser access disables the guard and rewrites history.
    await t.ctx.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await t.ctx.db.execute(sql`update audit_events set details = '{"username":"someone-else"}' where id = 5`);
    await t.ctx.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    const broken = await verifyAuditChain(t.ctx.db, 3);
    expect(broken).toEqual({ ok: false, checked: 4, firstBroken: { id: 5, reason: 'hash_mismatch' } });
  });

  it('notices a deleted row as a gap', async () => {
    await t.ctx.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await t.ctx.db.execute(sql`delete from audit_events where id = 3`);
    await t.ctx.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    expect((await verifyAuditChain(t.ctx.db)).firstBroken).toEqual({ id: 4, reason: 'gap' });
    const [row] = await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from audit_events`);
    expect(row?.n).toBeGreaterThan(10);
  });
});

describe('qorgau audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the first broken event after tampering', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-audit-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['src/cli.ts', ...args], {
        env,
        encoding: 'utf8',
        cwd: join(import.meta.dirname, '..'),
      });
    try {
      expect(cli('seed').status).toBe(0);
      const ok = cli('audit', 'verify');
      expect(ok.status).toBe(0);
      // The demo data and the 2020 roadmap (one event each) and the demo cases' stories, whose events carry
      // the times the stories happened (decision 0009): the chain holds whatever order the times are in.
      const checked = Number(/intact: (\d+) events/.exec(ok.stdout)?.[1]);
      expect(checked).toBeGreaterThan(100);
      const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
      await db.exec(`alter table audit_events disable trigger audit_events_append_only;
        update audit_events set details = '{"organisations":0}' where id = 1;`);
      await db.close();
      const bad = cli('audit', 'verify');
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/BROKEN at event 1 \(hash_mismatch\)/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
