import { formatDate, formatDateTime } from '@qorgau/domain/locale-format';
import { localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/server.ts';

/*
 * The interagency response in the browser: a school registers a suicide attempt through the wizard; the sample
 * protocol's actions appear for the clinic, the support centre and the school with their deadlines; the district's
 * mobile group is alerted and a member accepts and reports arrival from a phone; the school draws up its
 * tertiary-prevention plan and completes an activity; the KDN hears the case and its decision becomes a task for
 * the social-protection department. The server runs on the real clock, so the hearing is scheduled a few minutes
 * ahead, the case listed for it, and the decision taken once that time has come.
 */

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const HOUR = 3_600_000;
/** A `datetime-local` value in Kazakhstan's time (UTC+5) for an instant. */
const kzInput = (ms: number) => new Date(ms + 5 * HOUR).toISOString().slice(0, 16);
/** The end of today's local day: 24:00 in Astana, 19:00Z. */
const endOfLocalDay = (ms: number) => Date.parse(`${localDateOf(ms)}T19:00:00Z`);

/** A deadline as the app writes it: the end of a local day as 24:00 of that day, else the date and time. */
const due = (iso: string) => {
  const ms = Date.parse(iso);
  return kzInput(ms).endsWith('T00:00')
    ? `${formatDate('kk', localDateOf(ms - 1))}, 24:00`
    : formatDateTime('kk', iso);
};

/** A form field by its label, whether or not the label carries the required mark. */
const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

interface Action {
  id: string;
  rule: string;
  organisationType: string;
  organisation: { kk: string } | null;
  dueAt: string;
  status: string;
}

/** Picks an option of a Mantine select by the select's label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(field(label)).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the interagency response to a suicide attempt', () => {
  it('runs from the school’s registration to the KDN decision’s task for social protection', async () => {
    /* ── The school psychologist registers the case through the wizard ── */
    const school = await newPage(browser);
    const sp = school.page;
    await signIn(sp, server.url, 'psychologist');
    await sp.goto(`${server.url}/cases/new`);
    await sp.getByRole('heading', { level: 1, name: 'Жаңа істі тіркеу' }).waitFor();
    await sp.getByLabel(field('Тегі')).first().fill('Жұмабаева');
    await sp.getByLabel(field('Аты')).first().fill('Аружан');
    await sp.getByRole('textbox', { name: 'Туған күні', exact: true }).fill('2011-09-03');
    await choose(sp, 'Жынысы', 'Әйел');
    await sp.getByRole('button', { name: 'Бар жазбаны тексеру' }).click();
    await sp.getByText('Ұқсас бала тіркелмеген: жаңа жазба жасалады.').waitFor();
    await sp.getByRole('button', { name: 'Келесі' }).click();
    await choose(sp, 'Хабарлама қайдан түсті', 'Мектеп');
    await sp.getByRole('checkbox', { name: 'Суицид жасауға әрекет' }).check();
    await choose(sp, 'Қай жерде', 'Үйде');
    await sp
      .getByLabel(field('Не болғанын сипаттаңыз'))
      .fill('Оқушы қыз дәрі ішіп, өз-өзіне қол жұмсауға әрекеттенді; мектепке сыныптасы хабарлады.');
    await sp.getByRole('button', { name: 'Келесі' }).click();
    await sp.getByRole('radio', { name: 'Тікелей қауіп' }).check();
    await sp.getByLabel(field('Неге осы деңгей')).fill('Әрекет қайталануы мүмкін.');
    const registeredAt = Date.now();
    await sp.getByRole('button', { name: 'Істі тіркеу' }).click();
    await sp.getByTestId('registered').waitFor();
    const registeredBy = Date.now();
    const caseId = /cases\/([0-9a-f-]{36})/.exec(sp.url())?.[1] as string;
    expect(caseId).toBeTruthy();
    const caseNumber = (
      (await (await sp.request.get(`${server.url}/api/v1/cases/${caseId}`)).json()) as { number: string }
    ).number;

    /* ── The commission schedules its next hearing, a few minutes ahead ── */
    const kdn = await newPage(browser);
    const kp = kdn.page;
    await signIn(kp, server.url, 'kdn');
    await kp.getByRole('link', { name: 'КТІҚҚК отырыстары' }).click();
    await kp.getByRole('heading', { level: 1, name: 'КТІҚҚК отырыстары' }).waitFor();
    const hearingAt = kzInput(Date.now() + 3 * 60_000);
    const hearingMs = Date.parse(`${hearingAt}:00+05:00`);
    await kp.getByLabel(field('Күні мен уақыты')).fill(hearingAt);
    await kp.getByLabel(field('Өтетін орны')).fill('Әкімдік, 305-кабинет');
    await kp.getByRole('button', { name: 'Отырыс тағайындау' }).click();
    await kp.getByRole('heading', { level: 1, name: /^КТІҚҚК отырысы, / }).waitFor();
    const hearingId = /kdn\/([0-9a-f-]{36})/.exec(kp.url())?.[1] as string;

    /* ── The protocol's actions, each for its organisation and by its time ── */
    await sp.getByRole('tab', { name: 'Ведомствоаралық ден қою' }).click();
    await sp.getByTestId('protocol-action').first().waitFor();
    const actions = (
      (await (await sp.request.get(`${server.url}/api/v1/cases/${caseId}/actions`)).json()) as {
        items: Action[];
      }
    ).items;
    const byRule = new Map(actions.map((a) => [a.rule, a]));
    const medical = byRule.get('suicide-attempt.medical-care');
    const psychologist = byRule.get('suicide-attempt.psychologist');
    const parents = byRule.get('self-harm.inform-parents');
    expect(medical?.organisationType).toBe('health_facility');
    expect(medical?.organisation?.kk).toMatch(/қалалық емхана/);
    expect(psychologist?.organisationType).toBe('psychological_support_centre');
    expect(psychologist?.organisation?.kk).toMatch(/психологиялық қолдау орталығы/);
    expect(parents?.organisationType).toBe('school');
    expect(parents?.organisation?.kk).toMatch(/мектеп-лицей/);
    // Medical care within the hour of the registration; the others by the end of the same local day.
    const medicalDue = Date.parse(medical?.dueAt ?? '');
    expect(medicalDue).toBeGreaterThan(registeredAt + HOUR - 2 * 60_000);
    expect(medicalDue).toBeLessThanOrEqual(registeredBy + HOUR);
    expect(Date.parse(psychologist?.dueAt ?? '')).toBe(endOfLocalDay(registeredAt));
    expect(Date.parse(parents?.dueAt ?? '')).toBe(endOfLocalDay(registeredAt));
    for (const action of [medical, psychologist, parents] as Action[]) {
      const row = sp.locator(`[data-testid="protocol-action"][data-rule="${action.rule}"]`);
      expect(await row.getByTestId('action-organisation').innerText()).toBe(action.organisation?.kk);
      // A deadline at the end of a local day reads as 24:00 of that day.
      expect(await row.getByTestId('action-due').innerText()).toBe(due(action.dueAt));
      expect(await row.getByTestId('action-status').innerText()).toBe('Орындалуда');
    }
    // The school answers for telling the parents: it may mark that done, not the clinic's care.
    const parentsRow = sp.locator('[data-testid="protocol-action"][data-rule="self-harm.inform-parents"]');
    expect(
      await sp
        .locator('[data-testid="protocol-action"][data-rule="suicide-attempt.medical-care"]')
        .getByRole('button')
        .count(),
    ).toBe(0);
    await parentsRow.getByRole('button', { name: 'Орындалды деп белгілеу' }).click();
    await sp.getByLabel(field('Не істелді')).fill('Анасына телефон арқылы хабарланды.');
    await sp.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await sp
      .locator('[data-testid="protocol-action"][data-rule="self-harm.inform-parents"][data-status="done"]')
      .waitFor();

    /* ── The school lists the case for the hearing ── */
    const kdnSection = sp.getByTestId('case-kdn');
    await kdnSection.getByLabel(field('Алдағы отырыс')).first().click();
    await sp.getByRole('option', { name: /Әкімдік, 305-кабинет/ }).click();
    await kdnSection.getByRole('button', { name: 'Күн тәртібіне енгізу' }).click();
    await kdnSection.getByTestId('kdn-listed').waitFor();
    await expectAccessible(sp, 'case response tab');
    await screenshot(sp, '40-case-response');

    /* ── The clinic sees its own action in its inbox and records it ── */
    const clinic = await newPage(browser);
    const cp = clinic.page;
    await signIn(cp, server.url, 'nurse');
    await cp.getByRole('link', { name: 'Хаттама әрекеттері' }).click();
    await cp.getByRole('heading', { level: 1, name: 'Хаттама әрекеттері' }).waitFor();
    // Only its own part: the clinic's care, not the centre's or the school's actions.
    const ours = cp.getByTestId('protocol-action').filter({ hasText: caseNumber });
    await ours.first().waitFor();
    expect(await ours.count()).toBe(1);
    const clinicRow = ours.and(cp.locator('[data-rule="suicide-attempt.medical-care"]'));
    await clinicRow.getByRole('button', { name: 'Орындалды деп белгілеу' }).click();
    await cp.getByLabel(field('Не істелді')).fill('Жедел жәрдем көрсетілді.');
    await cp.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await cp.locator('label', { hasText: 'Барлығы' }).click();
    await ours.and(cp.locator('[data-status="done"]')).waitFor();
    await expectAccessible(cp, 'action inbox');

    /* ── The mobile group on duty: the inspector accepts and arrives from a phone ── */
    const inspector = await newPage(browser, PHONE);
    const ip = inspector.page;
    await signIn(ip, server.url, 'inspector');
    await ip.goto(`${server.url}/alerts`);
    await ip.getByRole('heading', { level: 1, name: 'Жедел хабарлар' }).waitFor();
    const alert = ip
      .locator('[data-testid="dispatch"][data-status="alerted"]')
      .filter({ hasText: caseNumber });
    await alert.waitFor();
    await screenshot(ip, '41-alert-phone');
    await alert.getByRole('button', { name: 'Қабылдау, шығамын' }).click();
    const accepted = ip
      .locator('[data-testid="dispatch"][data-status="accepted"]')
      .filter({ hasText: caseNumber });
    await accepted
      .getByLabel(field('Келген кездегі жағдай (міндетті емес)'))
      .fill('Отбасы үйде, бала ауруханада.');
    await accepted.getByRole('button', { name: 'Орнына келдім' }).click();
    const arrived = ip
      .locator('[data-testid="dispatch"][data-status="arrived"]')
      .filter({ hasText: caseNumber });
    await arrived.waitFor();
    // Nothing of the page runs off a phone's width.
    expect(await ip.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(ip, 'alerts (phone)');
    await screenshot(ip, '42-arrived-phone');
    // From the alert to the case: the inspector's police unit now takes part and sees the response tab.
    await arrived.getByRole('link', { name: 'Істі ашу' }).click();
    await ip.getByTestId('case-dispatches').getByTestId('dispatch').first().waitFor();
    expect(await ip.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(ip, 'case response tab (phone)');
    await screenshot(ip, '47-case-response-phone');
    await sp.reload();
    await sp
      .locator('[data-testid="case-dispatches"] [data-testid="dispatch"][data-status="arrived"]')
      .waitFor();

    /* ── The school's tertiary-prevention plan: created from the template, one activity done ── */
    const plan = sp.getByTestId('tertiary-plan');
    await plan.getByRole('button', { name: 'Жоспар құру' }).click();
    await plan.getByTestId('tertiary-activity').first().waitFor();
    for (const participant of ['Баланың өзі', 'Сыныптастар', 'Ата-аналар', 'Мектеп қызметкерлері'])
      await plan.getByText(participant, { exact: true }).first().waitFor();
    const briefing = plan.locator('[data-testid="tertiary-activity"][data-activity="staff_briefing"]');
    await briefing.getByRole('button', { name: 'Орындалды деп белгілеу: Қызметкерлерге нұсқама' }).click();
    await briefing
      .getByLabel(field('Нәтижесі'))
      .fill('Педагогтарға нұсқама берілді; оқиға егжей-тегжейі айтылмады.');
    await briefing.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await plan
      .locator('[data-testid="tertiary-activity"][data-activity="staff_briefing"][data-done="true"]')
      .waitFor();
    // An activity added for the parents, with the person responsible and a date.
    await choose(sp, 'Кімге арналған', 'Ата-аналар');
    await choose(sp, 'Іс-шара', 'Ата-аналармен кездесу');
    await plan.getByLabel(field('Жауапты адам')).fill('Сынып жетекшісі Д. Ахметова');
    await plan.getByRole('button', { name: 'Іс-шара қосу' }).click();
    await plan.getByText(/Сынып жетекшісі Д\. Ахметова/).waitFor();
    // Drawing up the plan was the school's protocol action.
    await sp
      .locator(
        '[data-testid="protocol-action"][data-rule="self-harm.tertiary-prevention-plan"][data-status="done"]',
      )
      .waitFor();
    await expectAccessible(sp, 'tertiary-prevention plan');
    await screenshot(sp, '43-tertiary-plan');

    /* ── Rehabilitation: the school plans psychological help with the support centre, which records it ── */
    const rehabilitation = sp.getByTestId('case-rehabilitation');
    await choose(sp, 'Қызмет', 'Психологиялық көмек');
    await rehabilitation.getByLabel(field('Қызмет көрсетуші')).first().click();
    await sp.getByRole('option', { name: /психологиялық қолдау орталығы/ }).click();
    await rehabilitation.getByLabel(field('Сессиялар саны')).fill('8');
    await rehabilitation.getByRole('button', { name: 'Қызметті жоспарлау' }).click();
    await rehabilitation.getByTestId('rehabilitation-service').waitFor();
    const centre = await newPage(browser);
    const mp = centre.page;
    await signIn(mp, server.url, 'casemanager');
    await mp.goto(`${server.url}/cases/${caseId}?tab=response`);
    const planned = mp.getByTestId('rehabilitation-service');
    await planned.getByRole('button', { name: 'Көрсетілгенін тіркеу' }).click();
    await choose(mp, 'Нәтижесі', 'Қызмет көрсетілді');
    await planned.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await planned.getByText('Қызмет көрсетілді').waitFor();
    await centre.context.close();

    /* ── The hearing: attendees, then the decision once the hearing has begun ── */
    const wait = hearingMs - Date.now() + 2_000;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await kp.goto(`${server.url}/kdn/${hearingId}`);
    const item = kp.getByTestId('agenda-item');
    await item.waitFor();
    await kp.getByLabel(field('1-қатысушының аты-жөні')).fill('Б. Ахметов');
    await kp.getByLabel(field('1-қатысушының лауазымы')).fill('Төраға');
    await kp.getByRole('button', { name: 'Қатысушы қосу' }).click();
    await kp.getByLabel(field('2-қатысушының аты-жөні')).fill('С. Нұрғалиева');
    await kp.getByLabel(field('2-қатысушының лауазымы')).fill('Хатшы');
    await kp.getByRole('button', { name: 'Отырыс өтті деп тіркеу' }).click();
    await kp.getByRole('status').getByText('Сақталды').waitFor();
    await choose(kp, 'Ықпал ету шарасы', 'Ата-анаға міндеттер жүктеу');
    await item
      .getByTestId('decision-preview')
      .getByText(/Ата-ана міндеттерінің орындалуын тексеру/)
      .waitFor();
    await item
      .getByLabel(field('Қаулы мәтіні'))
      .fill('Ата-анаға баланың қауіпсіздігін қамтамасыз ету міндеттелсін.');
    await item.getByRole('button', { name: 'Шешімді тіркеу' }).click();
    const task = item
      .getByTestId('decision-task')
      .filter({ hasText: 'Ата-ана міндеттерінің орындалуын тексеру' });
    await task.waitFor();
    expect(await task.innerText()).toMatch(/жұмыспен қамту және әлеуметтік бағдарламалар бөлімі/);
    await expectAccessible(kp, 'KDN hearing');
    await screenshot(kp, '44-kdn-decision');

    /* ── Social protection finds the task on the case ── */
    const social = await newPage(browser);
    const wp = social.page;
    await signIn(wp, server.url, 'socialworker');
    await wp.goto(`${server.url}/cases/${caseId}?tab=tasks`);
    const socialTask = wp.getByTestId('task').filter({ hasText: 'Ата-ана міндеттерінің орындалуын тексеру' });
    await socialTask.waitFor();
    await socialTask.getByRole('button', { name: 'Орындалды деп белгілеу' }).click();
    await socialTask.getByLabel(field('Не істелді')).fill('Отбасыға барылды, міндеттер орындалуда.');
    await socialTask.getByRole('button', { name: 'Орындалды', exact: true }).click();
    await socialTask
      .getByText(/^Нәтижесі: Отбасыға барылды|Отбасыға барылды, міндеттер орындалуда\./)
      .first()
      .waitFor();
    await expectAccessible(wp, 'case tasks (social protection)');

    for (const c of [school, kdn, clinic, inspector, social]) await c.context.close();
  }, 600_000);

  it('shows the protocol’s versions to the administrator as configurable samples, and the figures to an analyst', async () => {
    const admin = await newPage(browser);
    const ap = admin.page;
    await signIn(ap, server.url, 'admin', { totp: true });
    await ap.getByRole('link', { name: 'Өзара іс-қимыл хаттамасы' }).click();
    await ap.getByRole('heading', { level: 1, name: 'Өзара іс-қимыл хаттамасы' }).waitFor();
    expect(await ap.getByTestId('protocol-sample-notice').innerText()).toMatch(/заң емес/);
    const version = ap.getByTestId('protocol-version').first();
    await version.waitFor();
    const yaml = await ap.request.get(
      `${server.url}${await version.getByRole('link', { name: /YAML/ }).getAttribute('href')}`,
    );
    const exported = await yaml.text();
    expect(exported).toContain('suicide-attempt.medical-care');
    // An edited version is published from the text of the export: version 2, in force an hour from now.
    const edited = exported
      .replace(/^version: 1$/m, 'version: 2')
      .replace(/^validFrom: .*$/m, `validFrom: ${new Date(Date.now() + HOUR).toISOString()}`);
    await ap.getByLabel(field('Хаттама құжаты (YAML немесе JSON)')).fill(edited);
    await ap.getByRole('button', { name: 'Жариялау', exact: true }).click();
    await ap.getByText('2-нұсқа жарияланды.').waitFor();
    expect(await ap.getByTestId('protocol-version').count()).toBe(2);
    await expectAccessible(ap, 'protocol versions');
    await screenshot(ap, '45-protocol-versions');

    await ap.getByRole('link', { name: 'Мобильді топтар' }).click();
    const group = ap.getByTestId('mobile-group').filter({ hasText: 'Алматы ауданы' });
    await group.getByText('Қазір кезекшілікте').waitFor();
    await expectAccessible(ap, 'mobile groups');

    const analyst = await newPage(browser);
    const np = analyst.page;
    await signIn(np, server.url, 'analyst', { totp: true });
    await np.getByRole('link', { name: 'Показатели реагирования' }).click();
    await np.getByTestId('figures-kdn').getByRole('cell', { name: 'Астана' }).first().waitFor();
    await np.getByTestId('figures-dispatches').getByRole('row').nth(1).waitFor();
    await expectAccessible(np, 'response figures');
    await screenshot(np, '46-response-figures');
    for (const c of [admin, analyst]) await c.context.close();
  });
});
