import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiAnswer, ApiSession } from '../support/api.ts';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/server.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The child: 13 years and some months old today in Kazakhstan (UTC+5), with no IIN known. */
const kzNow = new Date(Date.now() + 5 * 3_600_000);
const BIRTH_DATE = new Date(Date.UTC(kzNow.getUTCFullYear() - 13, kzNow.getUTCMonth() - 3, 11))
  .toISOString()
  .slice(0, 10);
const CHILD = { surname: 'Тұрсынбаев', givenName: 'Ерасыл', patronymic: 'Маратұлы' };
const CHILD_NAME = `${CHILD.surname} ${CHILD.givenName} ${CHILD.patronymic}`;
const POLICE = 'Алматы ауданы полиция басқармасының ювеналдық полиция бөлімшесі';

/** The error answer without its request id, which differs on every request by design. */
function withoutRequestId(answer: ApiAnswer): ApiAnswer {
  const { requestId: _, ...rest } = (answer.body ?? {}) as Record<string, unknown>;
  return { status: answer.status, body: rest };
}

/** A field's label, with or without the asterisk of a required field. */
const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** Picks an option of a Mantine select found by its label. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(field(label)).first().click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Opens a case from the case list by its number, as a person would. */
async function openFromList(page: Page, url: string, number: string): Promise<void> {
  await page.goto(`${url}/cases`);
  await page.getByRole('heading', { level: 1, name: 'Істер' }).waitFor();
  // A table on a desk, cards on a phone.
  await page
    .locator('[data-testid="case-row"], [data-testid="case-card"]')
    .filter({ hasText: number })
    .getByRole('link', { name: number })
    .click();
  await page.getByTestId('workflow-bar').waitFor();
}

/** Gives a workflow command that asks for words in a dialog (approve, request closure), and waits for it. */
async function commandWithDialog(page: Page, name: string, fill?: (page: Page) => Promise<void>) {
  await page.getByTestId('workflow-bar').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(page);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a case of suspected physical abuse across a school, the police and the supervisor', () => {
  it('is registered on the existing record, referred to the police, answered, planned and closed — and stays hidden from those with no part in it', async () => {
    // An earlier call to the 111 helpline about the same child made the record the duplicate check will find.
    const helpline = await ApiSession.signIn(server.url, 'helpline');
    const earlier = await helpline.request('POST', '/api/v1/cases', {
      source: 'helpline',
      reportedAt: new Date().toISOString(),
      concerns: ['bullying'],
      child: {
        name: { ...CHILD, writtenIn: 'kk' },
        iin: null,
        birthDate: BIRTH_DATE,
        sex: 'male',
        citizenship: 'KZ',
        address: { katoCode: '711110000', line: null },
        languages: ['kk'],
        family: [],
      },
      incident: {
        place: 'school',
        description: 'Бала сенім телефонына қоңырау шалып, сыныптастары мазақ ететінін айтты.',
        perpetrators: [],
      },
      triage: { riskLevel: 'low', reason: 'Балаға қазір тікелей қауіп жоқ.' },
    });
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
    const earlierChildId = (earlier.body as { childId: string }).childId;

    // The school psychologist registers the new case in four steps.
    const psychologist = await newPage(browser);
    const pp = psychologist.page;
    await signIn(pp, server.url, 'psychologist');
    await pp.getByRole('link', { name: 'Істер', exact: true }).click();
    await pp.getByRole('link', { name: 'Іс тіркеу' }).click();
    await pp.getByRole('heading', { level: 1, name: 'Жаңа істі тіркеу' }).waitFor();
    await pp.getByRole('textbox', { name: 'Тегі', exact: true }).fill(CHILD.surname);
    await pp.getByRole('textbox', { name: 'Аты', exact: true }).fill(CHILD.givenName);
    await pp.getByRole('textbox', { name: 'Әкесінің аты', exact: true }).fill(CHILD.patronymic);
    await choose(pp, 'Жынысы', 'Ер');
    await pp.getByLabel('Туған күні').and(pp.locator('input[type="date"]')).fill(BIRTH_DATE);
    await pp.getByRole('button', { name: 'Бар жазбаны тексеру' }).click();

    // The duplicate check finds the helpline's record; the psychologist uses it.
    const candidate = pp.getByTestId('duplicate-candidate').filter({ hasText: CHILD_NAME });
    await candidate.waitFor();
    expect(await candidate.innerText()).toContain('Аты-жөні бірдей');
    await expectAccessible(pp, 'registration: duplicate check');
    await screenshot(pp, '30-case-duplicate-check');
    await candidate.getByRole('button', { name: 'Осы жазбаны пайдалану' }).click();
    await pp.getByTestId('using-existing').waitFor();
    await pp.getByRole('button', { name: 'Келесі' }).click();

    await choose(pp, 'Хабарлама қайдан түсті', 'Мектеп');
    await pp.getByRole('checkbox', { name: 'Физикалық зорлық-зомбылық' }).check();
    await choose(pp, 'Қай жерде', 'Үйде');
    await pp
      .getByRole('textbox', { name: 'Не болғанын сипаттаңыз' })
      .fill('Баланың білегінде көгерген іздер бар. «Әкем белбеумен ұрды» деді.');
    await pp.getByRole('button', { name: 'Келесі' }).click();

    await pp.getByRole('radio', { name: 'Жоғары' }).check();
    await pp
      .getByRole('textbox', { name: 'Неге осы деңгей' })
      .fill('Күдікті әкесі баламен бірге тұрады, зорлық қайталануы мүмкін.');
    await pp.getByRole('button', { name: 'Істі тіркеу' }).click();
    await pp.getByTestId('registered').waitFor();
    const caseId = /cases\/([0-9a-f-]{36})/.exec(pp.url())?.[1] as string;
    const number = /QG-\d{4}-\d{6}/.exec(await pp.getByTestId('registered').innerText())?.[0] as string;
    expect(number).toBeTruthy();

    // The new case is on the existing record, with the risk set at registration.
    const psychologistApi = await ApiSession.signIn(server.url, 'psychologist');
    const registered = (await psychologistApi.request('GET', `/api/v1/cases/${caseId}`)).body as {
      child: { id: string };
      riskLevel: string;
      concerns: string[];
    };
    expect(registered.child.id).toBe(earlierChildId);
    expect(registered.riskLevel).toBe('high');
    expect(registered.concerns).toEqual(['physical_abuse']);
    await expectAccessible(pp, 'case page after registration');
    await screenshot(pp, '31-case-registered');

    // … and refers it to the juvenile police unit: reporting violence is a legal duty, no consent needed.
    await pp.getByRole('tab', { name: 'Жолдамалар' }).click();
    await pp.getByLabel(field('Ұйым')).first().fill('ювеналдық');
    await pp.getByRole('option', { name: new RegExp(POLICE) }).click();
    await choose(pp, 'Не үшін', 'Қорғау нұсқамасы');
    await pp.getByRole('button', { name: 'Жолдаманы жіберу' }).click();
    const sent = pp.getByTestId('referral').filter({ hasText: POLICE });
    await sent.getByTestId('referral-status').getByText('Жауап күтуде').waitFor();

    // The juvenile inspector, on a phone, finds it in their list, accepts the referral and records the result.
    const inspector = await newPage(browser, PHONE);
    const ip = inspector.page;
    await signIn(ip, server.url, 'inspector');
    await openFromList(ip, server.url, number);
    await ip.getByRole('tab', { name: 'Жолдамалар' }).click();
    const received = ip.getByTestId('referral').filter({ hasText: POLICE });
    await received.getByRole('button', { name: 'Қабылдау', exact: true }).click();
    await received.getByTestId('referral-status').getByText('Қабылданды').waitFor();
    await expectAccessible(ip, 'referral accepted (inspector)');
    await screenshot(ip, '32-referral-accepted');
    await received.getByRole('button', { name: 'Нәтижесін енгізу' }).click();
    const resultDialog = ip.getByRole('dialog');
    await choose(ip, 'Нәтижесі', 'Қызмет көрсетілді');
    await resultDialog
      .getByRole('textbox', { name: 'Не істелді' })
      .fill('Әкесіне қорғау нұсқамасы шығарылды, ол профилактикалық есепке алынды.');
    await resultDialog.getByRole('button', { name: 'Нәтижесін енгізу' }).click();
    // The police stay involved by the protocol: the inspector is told the referral is done and what they see now.
    await ip
      .getByTestId('referral-finished')
      .getByText(/^Жауабыңыз тіркелді/)
      .waitFor();
    await received.getByTestId('referral-status').getByText('Орындалды').waitFor();
    await expectAccessible(ip, 'referral result recorded (inspector)');
    await screenshot(ip, '33-referral-result');

    await pp.reload();
    await pp
      .getByTestId('referral-outcome')
      .getByText(/Қызмет көрсетілді/)
      .waitFor();

    // The psychologist assesses the child and sends the assessment for approval.
    await pp.getByTestId('workflow-bar').getByRole('button', { name: 'Бағалауды бастау' }).click();
    await pp.getByTestId('case-stage').getByText('Қазіргі кезеңі: Бағалау').waitFor();
    await pp.getByRole('tab', { name: 'Бағалау' }).click();
    await pp.getByRole('checkbox', { name: 'Баламен әңгіме' }).check();
    await pp.getByRole('checkbox', { name: 'Ата-анамен әңгіме' }).check();
    for (const rating of await pp.locator('[data-testid^="rating-"]').all()) {
      await rating.click();
      await pp.getByRole('option', { name: 'Біршама алаңдаушылық бар', exact: true }).click();
    }
    await choose(pp, 'Әрі қарай не істеу керек', 'Жұмыс жоспарын құру');
    await pp
      .getByRole('textbox', { name: 'Неге осы деңгей' })
      .fill('Әкесі баламен бірге тұрады; анасы баланы қорғауға дайын.');
    await pp.getByRole('button', { name: 'Жаңа нұсқаны сақтау' }).click();
    await pp.getByTestId('form-saved').waitFor();
    await pp.getByTestId('workflow-bar').getByRole('button', { name: 'Бекітуге жіберу: Бағалау' }).click();
    await pp.getByTestId('approval-assessment').getByText('Бағалау: Бекітуді күтуде').waitFor();

    // The supervisor sees it waiting on the supervision page and approves the assessment.
    const supervisor = await newPage(browser);
    const sp = supervisor.page;
    await signIn(sp, server.url, 'supervisor');
    await sp.getByRole('link', { name: 'Бақылау', exact: true }).click();
    const awaiting = sp.getByTestId('awaiting-approval');
    await awaiting.getByRole('link', { name: number }).waitFor();
    await expectAccessible(sp, 'supervision page');
    await screenshot(sp, '34-supervision');
    await awaiting.getByRole('link', { name: number }).click();
    await sp.getByRole('tab', { name: 'Бағалау' }).click();
    expect(await sp.getByRole('textbox', { name: 'Неге осы деңгей' }).inputValue()).toMatch(/^Әкесі баламен/);
    await commandWithDialog(sp, 'Бекіту: Бағалау');
    await sp.getByTestId('case-stage').getByText('Қазіргі кезеңі: Жұмыс жоспары').waitFor();

    // The psychologist writes the case plan and sends it; the supervisor reads it — the case comes back from
    // the cache first, then fresh, and the form follows — and approves it.
    await pp.reload();
    await pp.getByRole('tab', { name: 'Жұмыс жоспары' }).click();
    await pp
      .getByRole('textbox', { name: 'Мақсат', exact: true })
      .fill('Бала үйде қауіпсіз: әкесі баламен бөлек тұрады, анасы психологтан көмек алады.');
    await pp.getByRole('button', { name: 'Жаңа нұсқаны сақтау' }).click();
    await pp.getByTestId('form-saved').waitFor();
    await pp
      .getByTestId('workflow-bar')
      .getByRole('button', { name: 'Бекітуге жіберу: Жұмыс жоспары' })
      .click();
    await pp.getByTestId('approval-case_plan').waitFor();

    await sp.getByRole('link', { name: 'Бақылау', exact: true }).click();
    await sp.getByTestId('awaiting-approval').getByRole('link', { name: number }).click();
    await sp.getByRole('tab', { name: 'Жұмыс жоспары' }).click();
    await sp
      .getByTestId('plan-revision')
      .getByText(/^1-нұсқа/)
      .waitFor();
    expect(await sp.getByRole('textbox', { name: 'Мақсат' }).inputValue()).toMatch(/^Бала үйде қауіпсіз/);
    await commandWithDialog(sp, 'Бекіту: Жұмыс жоспары', async (page) => {
      await page.getByRole('dialog').getByRole('textbox', { name: 'Түсініктеме' }).fill('Келісемін.');
    });
    await sp.getByTestId('case-stage').getByText('Қазіргі кезеңі: Жоспарды орындау').waitFor();
    await expectAccessible(sp, 'case plan approved');
    await screenshot(sp, '35-plan-approved');

    // Later the psychologist asks to close the case, and the supervisor approves the closure.
    await pp.reload();
    await commandWithDialog(pp, 'Жабуды сұрау', async (page) => {
      await choose(page, 'Жабу себебі', 'Қауіп жойылды');
      await page
        .getByRole('dialog')
        .getByRole('textbox', { name: 'Түсініктеме' })
        .fill('Әкесі бөлек тұрады, бала қауіпсіз, оңалту аяқталды.');
    });
    await pp.getByText('Жабу сұралды: Қауіп жойылды', { exact: false }).waitFor();

    await sp.getByRole('link', { name: 'Бақылау', exact: true }).click();
    await sp.getByTestId('awaiting-approval').getByRole('link', { name: number }).click();
    await commandWithDialog(sp, 'Бекіту: Істі жабу');
    await sp.getByTestId('case-stage').getByText('Қазіргі кезеңі: Жабық').waitFor();
    await sp.getByText('Жабылды: Қауіп жойылды').waitFor();
    await screenshot(sp, '36-case-closed');

    // A social pedagogue of another school cannot open it: a refusal page, and the API says nothing more
    // about this case than about one that does not exist.
    const other = await newPage(browser);
    const op = other.page;
    await signIn(op, server.url, 'pedagogue2');
    await op.goto(`${server.url}/cases/${caseId}`);
    await op.getByTestId('case-not-available').waitFor();
    await op.getByRole('heading', { level: 1, name: 'Іс қолжетімсіз' }).waitFor();
    await op.getByRole('link', { name: 'Істер тізіміне оралу' }).waitFor();
    await expectAccessible(op, 'case not available (other school)');
    await screenshot(op, '37-case-not-available');
    // Searching by the case number or the child's name finds nothing either.
    for (const q of [number, CHILD.surname]) {
      await op.goto(`${server.url}/cases?q=${encodeURIComponent(q)}`);
      await op.getByText('Сәйкес істер жоқ.').waitFor();
    }

    const nowhere = crypto.randomUUID();
    const pedagogueApi = await ApiSession.signIn(server.url, 'pedagogue2');
    for (const [method, path, body] of [
      ['GET', '/api/v1/cases/:id', undefined],
      ['GET', '/api/v1/cases/:id/history', undefined],
      ['GET', '/api/v1/cases/:id/summary.pdf', undefined],
      ['POST', '/api/v1/cases/:id/notes', { text: 'Бала туралы не білесіздер?' }],
      ['POST', '/api/v1/cases/:id/workflow', { type: 'reopen', reason: 'Қайта ашу керек.' }],
    ] as const) {
      const real = await pedagogueApi.request(method, path.replace(':id', caseId), body);
      const none = await pedagogueApi.request(method, path.replace(':id', nowhere), body);
      expect([403, 404], `${method} ${path}`).toContain(real.status);
      expect(withoutRequestId(real), `${method} ${path}`).toEqual(withoutRequestId(none));
    }

    // An analyst sees figures, never a case: the page is refused, and so is the API, alike for any id.
    const analyst = await newPage(browser);
    const ap = analyst.page;
    await signIn(ap, server.url, 'analyst', { totp: true });
    await ap.goto(`${server.url}/cases/${caseId}`);
    await ap.getByTestId('forbidden').waitFor();
    await expectAccessible(ap, 'case refused (analyst)');
    await screenshot(ap, '38-case-refused-analyst');
    // The analyst's own session (a one-time code is used once, so the browser's session is reused).
    const asAnalyst = async (path: string): Promise<ApiAnswer> => {
      const response = await ap.request.get(`${server.url}${path}`);
      return { status: response.status(), body: await response.json().catch(() => null) };
    };
    for (const path of ['/api/v1/cases/:id', '/api/v1/cases/:id/history']) {
      const real = await asAnalyst(path.replace(':id', caseId));
      const none = await asAnalyst(path.replace(':id', nowhere));
      expect([403, 404], path).toContain(real.status);
      expect(withoutRequestId(real), path).toEqual(withoutRequestId(none));
    }

    for (const c of [psychologist, inspector, supervisor, other, analyst]) await c.context.close();
  });
});
