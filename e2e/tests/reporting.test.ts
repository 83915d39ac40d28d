import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const AKIMAT_TEXT =
  'Астана қаласында мүгедек балалардың білімге қол жеткізуіне мониторинг жүргізілді, 48 мектеп тексерілді.';
const MINISTRY_TEXT = 'Ішкі істер министрлігі ювеналдық полиция инспекторларына арналған 12 семинар өткізді.';

/** The six figures of the completeness screen of a period. */
async function figures(page: Page, url: string, periodId: string): Promise<Record<string, number>> {
  await page.goto(`${url}/reporting/periods/${periodId}`);
  await page.getByTestId('figures').waitFor();
  const read = async (key: string) => Number(await page.getByTestId(`figure-${key}`).innerText());
  return {
    expected: await read('expected'),
    submitted: await read('submitted'),
    accepted: await read('accepted'),
    late: await read('late'),
    missing: await read('missing'),
  };
}

/** Opens the person's obligation on a measure of a period from "My obligations". */
async function openMine(page: Page, url: string, code: string, measure: number): Promise<void> {
  await page.goto(`${url}/reporting/mine`);
  const card = page.locator('.mantine-Card-root', {
    has: page.getByRole('heading', { name: `${code} кезеңі` }),
  });
  await card.getByRole('link', { name: String(measure), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Іс-шара ${measure}, ${code} кезеңі` }).waitFor();
}

describe('the reporting cycle of 2021', () => {
  it('runs from opening the period to the Government report, with the completeness screen right at each step', async () => {
    const coordinator = await newPage(browser);
    const cp = coordinator.page;
    await signIn(cp, server.url, 'coordinator', { totp: true });
    await cp.getByRole('link', { name: 'Есеп беру', exact: true }).click();
    await cp.getByRole('heading', { level: 1, name: 'Есепті кезеңдер' }).waitFor();
    // The demo seed has the 2020 period.
    await cp.getByRole('link', { name: '2020', exact: true }).waitFor();
    expect(await cp.getByTestId('plan-rule').innerText()).toContain('10-не дейін');
    await cp.getByLabel('Жыл', { exact: true }).first().click();
    await cp.getByRole('option', { name: '2021', exact: true }).click();
    await cp.getByRole('button', { name: 'Міндеттерді алдын ала қарау' }).click();
    const counts = await cp.getByTestId('open-counts').innerText();
    const expected = Number(/\((\d+) күтіледі/.exec(counts)?.[1]);
    expect(expected).toBeGreaterThan(600);
    await expectAccessible(cp, 'open a period (preview)');
    await screenshot(cp, '20-open-period-2021');
    await cp.getByRole('button', { name: 'Кезеңді ашу' }).click();
    await cp.getByRole('heading', { level: 1, name: '2021 кезеңі' }).waitFor();
    const periodId = /periods\/([0-9a-f-]{36})/.exec(cp.url())?.[1] as string;
    expect(await figures(cp, server.url, periodId)).toEqual({
      expected,
      submitted: 0,
      accepted: 0,
      late: 0,
      missing: expected,
    });
    await expectAccessible(cp, 'completeness 2021');
    await screenshot(cp, '21-completeness-opened');

    // The akimat of Astana reports on measure 34, with an evidence file; a wrong amount is refused first.
    const akimat = await newPage(browser, PHONE);
    const ap = akimat.page;
    await signIn(ap, server.url, 'akimat');
    await openMine(ap, server.url, '2021', 34);
    await ap.getByLabel('Орындалу мәртебесі', { exact: false }).first().click();
    await ap.getByRole('option', { name: 'Орындалды', exact: true }).click();
    await ap.getByLabel('Қазақ тіліндегі мәтін').fill(AKIMAT_TEXT);
    await ap.getByLabel('Өткізілген іс-шаралар').fill('6');
    await ap.getByLabel('Қатысушылар').fill('320');
    await ap.getByLabel('Жергілікті бюджет').fill('12,5 млн');
    await ap.getByRole('button', { name: 'Жіберу', exact: true }).click();
    await ap
      .getByText('Соманы миллион теңгемен сан түрінде жазыңыз, мысалы 12,5 ("12,5 млн" емес).')
      .waitFor();
    await ap.getByLabel('Жергілікті бюджет').fill('12,5');
    const evidence = join(mkdtempSync(join(tmpdir(), 'qorgau-evidence-')), 'мониторинг-хаттамасы.pdf');
    writeFileSync(
      evidence,
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    await ap.locator('input[type="file"]').setInputFiles(evidence);
    await ap.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await ap.getByTestId('evidence-list').getByText('мониторинг-хаттамасы.pdf').waitFor();
    await expectAccessible(ap, 'report form (phone)');
    await screenshot(ap, '22-report-form-phone');
    await ap.getByRole('button', { name: 'Жіберу', exact: true }).click();
    await ap.getByText(/^Есеп жіберілді\. Үйлестіруші/).waitFor();
    expect(await figures(cp, server.url, periodId)).toMatchObject({
      submitted: 1,
      late: 1,
      missing: expected - 1,
    });

    // A ministry reports on one of its measures whose form asks for no document.
    const ministry = await newPage(browser);
    const mp = ministry.page;
    await signIn(mp, server.url, 'executor');
    const mine = (await (
      await mp.request.get(`${server.url}/api/v1/reporting/obligations/mine?periodId=${periodId}`)
    ).json()) as {
      items: { id: string; measure: number }[];
    };
    let measure = 0;
    for (const o of mine.items) {
      const detail = await (
        await mp.request.get(`${server.url}/api/v1/reporting/obligations/${o.id}`)
      ).json();
      if (!detail.form.documentRequired) {
        measure = o.measure;
        break;
      }
    }
    await openMine(mp, server.url, '2021', measure);
    await mp.getByLabel('Орындалу мәртебесі', { exact: false }).first().click();
    await mp.getByRole('option', { name: 'Ішінара орындалды', exact: true }).click();
    await mp.getByLabel('Қазақ тіліндегі мәтін').fill(MINISTRY_TEXT);
    await mp.getByRole('button', { name: 'Жіберу', exact: true }).click();
    await mp.getByText(/^Есеп жіберілді\. Үйлестіруші/).waitFor();
    await expectAccessible(mp, 'submitted report (ministry)');
    expect(await figures(cp, server.url, periodId)).toMatchObject({
      submitted: 2,
      accepted: 0,
      missing: expected - 2,
    });

    // The coordinator returns the akimat's report from the review queue.
    await cp.getByRole('link', { name: 'Тексеру кезегі' }).click();
    await cp.getByRole('heading', { level: 1, name: 'Тексеру кезегі' }).waitFor();
    await expectAccessible(cp, 'review queue');
    await screenshot(cp, '23-review-queue');
    await cp
      .getByTestId('obligation-row')
      .filter({ hasText: 'Астана қаласының әкімдігі' })
      .getByRole('link')
      .click();
    await cp.getByTestId('report-view').getByText(AKIMAT_TEXT).waitFor();
    await cp
      .getByLabel('Түсініктеме (қайтару үшін міндетті)')
      .fill('Қатысушылар санын тізім бойынша нақтылаңыз.');
    await cp.getByRole('button', { name: 'Түзетуге қайтару' }).click();
    await cp.getByText('Қайтарылды', { exact: true }).first().waitFor();

    // The akimat corrects and sends it again; the coordinator sees the change and accepts.
    await openMine(ap, server.url, '2021', 34);
    await ap.getByTestId('return-comment').getByText('Қатысушылар санын тізім бойынша нақтылаңыз.').waitFor();
    await ap.getByLabel('Қатысушылар').fill('345');
    await ap.getByRole('button', { name: 'Жіберу', exact: true }).click();
    await ap.getByText(/^Есеп жіберілді\. Үйлестіруші/).waitFor();

    await cp.goto(`${server.url}/reporting/periods/${periodId}/obligations?state=submitted`);
    await cp
      .getByTestId('obligation-row')
      .filter({ hasText: 'Астана қаласының әкімдігі' })
      .getByRole('link')
      .click();
    await cp
      .getByTestId('version-change')
      .filter({ hasText: 'indicators.participants' })
      .getByText('345')
      .waitFor();
    await expectAccessible(cp, 'report with versions');
    await screenshot(cp, '24-report-versions');
    await cp.getByRole('button', { name: 'Қабылдау', exact: true }).click();
    await cp.getByText('Қабылданды', { exact: true }).first().waitFor();
    expect(await figures(cp, server.url, periodId)).toEqual({
      expected,
      submitted: 2,
      accepted: 1,
      late: 2,
      missing: expected - 2,
    });
    await cp.getByRole('tab', { name: 'Өңірлер бойынша' }).click();
    await expectAccessible(cp, 'completeness by region');
    await screenshot(cp, '25-completeness-by-region');

    // The coordinator consolidates measure 34 from the automatic draft.
    await cp.goto(`${server.url}/reporting/periods/${periodId}/measures`);
    await cp.getByTestId('period-measure-row').first().waitFor();
    await cp.getByRole('link', { name: '34', exact: true }).click();
    await cp.getByRole('heading', { level: 1, name: 'Іс-шара 34' }).waitFor();
    const consolidation = cp.locator('.mantine-Card-root', {
      has: cp.getByRole('heading', { name: 'Үкіметке есепке арналған жинақталған мәтін' }),
    });
    await consolidation.getByRole('button', { name: 'Автоматты жобаны қою' }).click();
    expect(await consolidation.getByLabel('Қазақ тіліндегі жинақталған мәтін').inputValue()).toContain(
      'Астана қаласы',
    );
    await consolidation.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await consolidation.getByText('Сақталды').waitFor();
    await expectAccessible(cp, 'consolidation of a measure');
    await screenshot(cp, '29-consolidation');
    await cp.goto(`${server.url}/reporting/periods/${periodId}`);

    // The Government report: generated with its progress shown, downloaded, and the accepted text is in it.
    await cp.getByRole('link', { name: 'Үкіметке есеп' }).click();
    await cp.getByRole('heading', { level: 1, name: 'Үкіметке есеп' }).waitFor();
    await cp.getByRole('button', { name: 'Жасау', exact: true }).click();
    await cp.getByText('Есеп дайын.').waitFor({ timeout: 60_000 });
    await expectAccessible(cp, 'government report');
    await screenshot(cp, '26-government-report');
    const [download] = await Promise.all([
      cp.waitForEvent('download'),
      cp.getByTestId('government-report-row').first().getByRole('link', { name: /^DOCX/ }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(AKIMAT_TEXT);
    expect(xml).toContain('Орындалуы туралы ақпарат');

    // The dashboard and the executor's own list.
    await cp.getByRole('link', { name: 'Бақылау тақтасы' }).click();
    await cp.getByTestId('region-map').waitFor();
    await expectAccessible(cp, 'dashboard');
    await screenshot(cp, '27-dashboard');
    await ap.goto(`${server.url}/reporting/mine`);
    await ap.getByTestId('my-obligation-row').first().waitFor();
    await expectAccessible(ap, 'my obligations (phone)');
    await screenshot(ap, '28-my-obligations-phone');
    for (const c of [coordinator, akimat, ministry]) await c.context.close();
  });
});
