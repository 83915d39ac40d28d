import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions, jobSchedules } from '../../src/jobs.ts';
import { users } from '../../src/platform/auth/tables.ts';
import { queryRows } from '../../src/platform/db/database.ts';
import { createWorker, type Worker } from '../../src/platform/jobs/worker.ts';
import { registration } from '../cases/fixtures.ts';
import { createTestApp, type Session, signIn, type TestApp } from '../harness.ts';
import { type SmsGateway, startSmsGateway, startSmtp, toOf } from '../local-servers.ts';

/*
 * The response's notices leave the system: a school registers a suicide attempt, the clinic hears of its
 * immediate action by e-mail and SMS, the on-duty mobile group by SMS; nobody acts, the clock moves, and the
 * escalation round tells the district's supervisor and the clinic's office. Real SMTP and a real HTTP gateway
 * on this machine receive what Qorgau sends.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let sms: SmsGateway;
let worker: Worker;
let psychologist: Session;
let caseId: string;
let caseNumber: string;
const CHILD = { surname: 'Сейітова', givenName: 'Мадина', birthDate: '2011-04-12', sex: 'female' as const };

const PHONES = {
  nurse: '+7 701 111 22 33',
  inspector: '8 (702) 222-33-44',
  casemanager: '+77053334455',
  supervisor: '+7 707 444 55 66',
  director: '+7 708 555 66 77',
} as const;

beforeAll(async () => {
  [smtp, sms] = await Promise.all([startSmtp(), startSmsGateway()]);
  t = await createTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    PUBLIC_URL: 'https://qorgau.example.kz',
    SMS_GATEWAY_URL: sms.url,
    SMS_GATEWAY_TOKEN: 'gateway-secret',
    SESSION_IDLE_MINUTES: '1440',
  });
  for (const [username, phone] of Object.entries(PHONES)) {
    await t.ctx.db
      .update(users)
      .set({ phone, email: `${username}@example.kz`, locale: username === 'nurse' ? 'ru' : 'kk' })
      .where(eq(users.username, username));
  }
  await t.ctx.db.execute(
    sql`update organisations set email = 'office@clinic.example.kz' where code = 'clinic-711110000'`,
  );
  psychologist = await signIn(t, 'psychologist');
  worker = createWorker(t.ctx, jobDefinitions, jobSchedules);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([new Promise<void>((resolve) => smtp?.server.close(() => resolve())), sms?.close()]);
});

const smsTo = (phone: string) => sms.received.filter((m) => m.body.to === phone);
const mailTo = (address: string) => smtp.received.filter((m) => toOf(m) === address);

describe('notices of the interagency response', () => {
  it('tell the clinic by e-mail and SMS, and the on-duty mobile group by SMS, as soon as the case is registered', async () => {
    const registered = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(t, CHILD, {
        concerns: ['suicide_attempt'],
        triage: { riskLevel: 'immediate', reason: 'Әрекет қайталануы мүмкін.' },
      }),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    caseId = registered.json().caseId;
    caseNumber = registered.json().number;
    expect(caseNumber).toBeTruthy();
    await worker.runDue();

    // The clinic's health worker reads Russian: the e-mail and the SMS are in Russian, with Astana time.
    const [mail] = mailTo('nurse@example.kz');
    expect(mail?.subject).toBe(`Qorgau: требуется действие по случаю ${caseNumber}`);
    expect(mail?.text).toContain('Оказание медицинской помощи');
    expect(mail?.text).toContain(`https://qorgau.example.kz/cases/${caseId}`);
    const [nurseSms] = smsTo('+77011112233');
    expect(nurseSms?.body.text).toMatch(
      new RegExp(
        `^Qorgau: случай ${caseNumber} — Оказание медицинской помощи, срок .*\\d{2}:\\d{2}\\. https://qorgau\\.example\\.kz/cases/${caseId}$`,
      ),
    );
    expect(nurseSms?.body.sender).toBe('Qorgau');
    expect(nurseSms?.headers.authorization).toBe('Bearer gateway-secret');
    expect(nurseSms?.headers['content-type']).toBe('application/json');

    // Both members of the 24/7 group in the district: the phone written as 8 (702) … arrives as +7702….
    for (const phone of ['+77022223344', '+77053334455']) {
      expect(smsTo(phone).map((m) => m.body.text)).toContainEqual(
        `Qorgau ДАБЫЛ: бала тікелей қауіпте, ${caseNumber} ісі. Qorgau-да қабылдаңыз: https://qorgau.example.kz/cases/${caseId}`,
      );
    }

    // Nothing that leaves the system names the child.
    const outgoing = [
      ...smtp.received.map((m) => `${m.subject} ${m.text}`),
      ...sms.received.map((m) => m.body.text),
    ];
    for (const text of outgoing) {
      expect(text).not.toContain(CHILD.surname);
      expect(text).not.toContain(CHILD.givenName);
    }

    // The bell in the app too.
    const nurse = await signIn(t, 'nurse');
    const bell = (await nurse.request('GET', '/api/v1/notifications')).json();
    expect(bell.items.map((n: { title: string }) => n.title)).toContain(
      `Qorgau: требуется действие по случаю ${caseNumber}`,
    );

    // A second round sends nothing twice.
    const before = [smtp.received.length, sms.received.length];
    await worker.runDue();
    expect([smtp.received.length, sms.received.length]).toEqual(before);
  });

  it('escalate an overdue action to the district supervisor and the clinic’s office, and an unanswered alert, once each', async () => {
    const supervisorPhone = '+77074445566';
    expect(smsTo(supervisorPhone)).toEqual([]);
    // Nothing is overdue yet a few minutes in: no escalation.
    t.clock.advance(5 * 60_000);
    await worker.runDue();
    expect(mailTo('supervisor@example.kz')).toEqual([]);

    // Two hours later nobody has given medical care nor accepted the alert.
    t.clock.advance(2 * 3_600_000);
    await worker.runDue();
    const escalations = mailTo('supervisor@example.kz').map((m) => m.subject);
    expect(escalations).toContain(`Qorgau: ${caseNumber} ісі бойынша мерзімі өткен әрекет`);
    expect(escalations).toContain(`Qorgau: ${caseNumber} ісі бойынша мобильді топ дабылы қабылданбады`);
    const office = mailTo('office@clinic.example.kz');
    expect(office.map((m) => m.subject)).toContainEqual(
      `Qorgau: ${caseNumber} ісі бойынша мерзімі өткен әрекет / Qorgau: просроченное действие по случаю ${caseNumber}`,
    );
    expect(office[0]?.text).toContain('Медициналық көмек көрсету');
    expect(smsTo(supervisorPhone).map((m) => m.body.text)).toContainEqual(
      `Qorgau: ${caseNumber} ісі бойынша дабылды 30 минут бойы ешкім қабылдаған жоқ (3-деңгей). https://qorgau.example.kz/cases/${caseId}`,
    );
    const [escalated] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from protocol_actions where case_id = ${caseId} and escalated_at is not null`,
    );
    expect(escalated?.n).toBeGreaterThan(0);

    // The next rounds repeat nothing.
    const before = [smtp.received.length, sms.received.length];
    t.clock.advance(3 * 60_000);
    await worker.runDue();
    expect([smtp.received.length, sms.received.length]).toEqual(before);

    // The school had to tell the parents the same day; the next morning its director hears of it.
    const overdue = `Qorgau: ${caseNumber} ісі бойынша мерзімі өткен әрекет`;
    const directorsOverdue = () => mailTo('director@example.kz').filter((m) => m.subject === overdue);
    // The director heard of the school's actions when they were scheduled, and of nothing overdue yet.
    expect(mailTo('director@example.kz').map((m) => m.subject)).toContain(
      `Qorgau: ${caseNumber} ісі бойынша әрекет қажет`,
    );
    expect(directorsOverdue()).toEqual([]);
    t.clock.advance(16 * 3_600_000);
    await worker.runDue();
    expect(directorsOverdue().map((m) => m.text)).toEqual([expect.stringContaining('Ата-анаға хабарлау')]);
    expect(smsTo('+77085556677').map((m) => m.body.text)).toContainEqual(
      expect.stringMatching(new RegExp(`^Qorgau: ${caseNumber} ісі бойынша мерзімі өткен әрекет`)),
    );
  });

  it('keep an SMS through a gateway outage and send it once the gateway answers again', async () => {
    // A day has passed in this file: a new session.
    psychologist = await signIn(t, 'psychologist');
    sms.failNext = 1;
    const registered = await psychologist.request(
      'POST',
      '/api/v1/cases',
      registration(
        t,
        { surname: 'Ахметов', givenName: 'Ержан', birthDate: '2012-02-02', sex: 'male' },
        {
          concerns: ['suicide_attempt'],
        },
      ),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const number = registered.json().number as string;
    await worker.runDue();
    const [failed] = await queryRows<{ status: string; last_error: string }>(
      t.ctx.db,
      sql`select status, last_error from jobs where kind = 'notify.sms' and last_error is not null`,
    );
    expect(failed).toMatchObject({ status: 'queued' });
    expect(failed?.last_error).toContain('503');
    // The backoff passes; the gateway is back.
    t.clock.advance(60_000);
    await worker.runDue();
    const delivered = smsTo('+77011112233').filter((m) => m.body.text.includes(number));
    expect(delivered).toHaveLength(1);
  });

  it('are removed from the job table a month after delivery, and a job that failed for good is kept', async () => {
    // What existed before the clock jumps a month (the rounds after the jump send new messages).
    const mark = t.clock.now();
    const count = async () =>
      Object.fromEntries(
        (
          await queryRows<{ kind: string; status: string; n: number }>(
            t.ctx.db,
            sql`select kind, status, count(*)::int as n from jobs where created_at <= ${mark} group by 1, 2`,
          )
        ).map((r) => [`${r.kind}/${r.status}`, r.n]),
      );
    await t.ctx.db.execute(
      sql`insert into jobs (id, kind, payload, status, max_attempts, run_at, created_at, finished_at, attempts, last_error)
          values (gen_random_uuid(), 'notify.sms', '{}', 'failed', 8, ${t.clock.now()}, ${t.clock.now()}, ${t.clock.now()}, 8, 'gone')`,
    );
    const before = await count();
    expect(before['notify.sms/done']).toBeGreaterThan(0);
    expect(before['protocol.escalate/done']).toBeGreaterThan(0);
    t.clock.advance(31 * 86_400_000);
    await worker.runDue();
    const after = await count();
    expect(after['notify.sms/done']).toBeUndefined();
    expect(after['protocol.notice/done']).toBeUndefined();
    expect(after['protocol.escalate/done']).toBeUndefined();
    expect(after['notify.sms/failed']).toBe(1);
  });
});
