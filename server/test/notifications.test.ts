import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions, jobSchedules } from '../src/jobs.ts';
import { sendReminders } from '../src/modules/reporting/service.ts';
import { users } from '../src/platform/auth/tables.ts';
import { queryRows } from '../src/platform/db/database.ts';
import { jobs } from '../src/platform/jobs/tables.ts';
import { createWorker, type Worker } from '../src/platform/jobs/worker.ts';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';
import { startSmtp, toOf } from './local-servers.ts';
import { openYear } from './reporting-helpers.ts';

const DAY = 86_400_000;

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestApp;
let worker: Worker;
let coordinator: Session;

beforeAll(async () => {
  smtp = await startSmtp();
  // 3 January 2021: seven days before the executors' due date of the 2020 period.
  t = await createTestApp(
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), PUBLIC_URL: 'https://qorgau.example.kz' },
    { clockStart: '2021-01-03T04:00:00.000Z' },
  );
  for (const [username, email] of [
    ['executor', 'mia@example.kz'],
    ['executor2', 'moh@example.kz'],
    ['coordinator', 'coordinator@example.kz'],
  ] as const) {
    await t.ctx.db.update(users).set({ email }).where(eq(users.username, username));
  }
  await t.ctx.db.execute(
    sql`update organisations set email = 'akimat@astana.example.kz' where code = 'akimat-710000000'`,
  );
  coordinator = await signIn(t, 'coordinator');
  await openYear(t, coordinator, 2020);
  worker = createWorker(t.ctx, jobDefinitions, jobSchedules);
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
});

describe('reminders', () => {
  it('e-mail each executor a week ahead in the language they chose, and ring the bell in the app', async () => {
    await worker.runDue();
    const mia = smtp.received.find((m) => toOf(m) === 'mia@example.kz');
    const moh = smtp.received.find((m) => toOf(m) === 'moh@example.kz');
    expect(mia?.subject).toBe('2020 кезеңі бойынша есеп беруге 7 күн қалды');
    expect(mia?.text).toContain('Есеп беру мерзімі — 2021 ж. 10 қаңтар.');
    expect(mia?.text).toContain('https://qorgau.example.kz/reporting/mine');
    expect(moh?.subject).toBe('До срока отчета осталось 7 дн.: период 2020');
    expect(moh?.text).toMatch(
      /^Министерство здравоохранения Республики Казахстан: по \d+ мероприятиям периода 2020/,
    );
    // Nobody is chased before the grace period ends: no escalation yet.
    expect(smtp.received.some((m) => toOf(m) === 'coordinator@example.kz')).toBe(false);

    const executor = await signIn(t, 'executor');
    const bell = (await executor.request('GET', '/api/v1/notifications')).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0].title).toBe('2020 кезеңі бойынша есеп беруге 7 күн қалды');
    expect(
      (await executor.request('POST', `/api/v1/notifications/${bell.items[0].id}/read`)).statusCode,
    ).toBe(204);
    expect((await executor.request('GET', '/api/v1/notifications')).json().unread).toBe(0);
    // Someone else's notification cannot be touched.
    const other = await signIn(t, 'executor2');
    expect((await other.request('POST', `/api/v1/notifications/${bell.items[0].id}/read`)).statusCode).toBe(
      404,
    );
  });

  it('never send the same reminder twice, however often the round runs', async () => {
    const before = smtp.received.length;
    expect(await sendReminders(t.ctx)).toBe(0);
    await worker.runDue();
    expect(smtp.received.length).toBe(before);
  });

  it('keep an e-mail in the outbox while the SMTP server is down and deliver it when it is back', async () => {
    const port = smtp.port;
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    // 9 January: one day left.
    t.clock.advance(6 * DAY);
    await worker.runDue();
    const [waiting] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select cast(count(*) as int) as n from jobs where kind = 'notify.email' and status = 'queued' and attempts = 1 and last_error is not null`,
    );
    expect(waiting?.n).toBeGreaterThan(0);

    smtp = await startSmtp(port);
    t.clock.advance(60_000);
    await worker.runDue();
    const mia = smtp.received.find((m) => toOf(m) === 'mia@example.kz');
    expect(mia?.subject).toBe('2020 кезеңі бойынша есеп беруге 1 күн қалды');
    const failed = await t.ctx.db.select().from(jobs).where(eq(jobs.status, 'failed'));
    expect(failed).toEqual([]);
  });

  it('escalate to the coordinator and to the organisation’s head once the grace period has passed', async () => {
    // 16 January: six days overdue, past the five-day grace period.
    t.clock.advance(7 * DAY);
    await worker.runDue();
    const mia = smtp.received.filter((m) => toOf(m) === 'mia@example.kz').at(-1);
    expect(mia?.subject).toBe('Есеп беру мерзімі 6 күнге кешікті: 2020 кезеңі');
    const coordinatorMail = smtp.received.filter((m) => toOf(m) === 'coordinator@example.kz');
    expect(coordinatorMail.map((m) => m.subject)).toContain(
      'Мерзімі өткен есептер: Астана қаласының әкімдігі, 2020 кезеңі',
    );
    // The akimat's office gets it in Kazakh and in Russian.
    const head = smtp.received.find((m) => toOf(m) === 'akimat@astana.example.kz');
    expect(head?.subject).toBe(
      'Мерзімі өткен есептер: Астана қаласының әкімдігі, 2020 кезеңі / Просроченные отчеты: Акимат города Астаны, период 2020',
    );
  });
});
