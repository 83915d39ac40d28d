import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot, signIn } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/server.ts';

const SEED = join(import.meta.dirname, '..', '..', 'domain', 'data', 'roadmap-2020-156.kk.txt');

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  // An installation whose registry is still empty, so the coordinator imports the roadmap by hand.
  [server, browser] = await Promise.all([startServer({ SEED_ROADMAP: 'false' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the plan coordinator and the 2020 roadmap', () => {
  it('uploads the official text, checks the preview, imports it, filters the measures and downloads the XLSX', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, 'coordinator', { totp: true });
    await page.getByRole('link', { name: 'Жоспарлар' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жоспарлар' }).waitFor();
    await page.getByRole('link', { name: 'Жоспарды импорттау' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жоспарды импорттау' }).waitFor();
    await expectAccessible(page, 'import page');

    await page.locator('input[type="file"]').setInputFiles(SEED);
    await page.getByRole('button', { name: 'Файлды тексеру' }).click();
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect((await counts.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^5 Бөлімдер 70 Іс-шаралар \d+ Ведомстволар 1 Ескертулер$/,
    );
    await page.getByRole('cell', { name: 'ЖАО', exact: true }).waitFor();
    await expectAccessible(page, 'import preview');
    await screenshot(page, '10-plan-import-preview');

    await page.getByRole('button', { name: 'Импорттау', exact: true }).click();
    await page.getByRole('link', { name: 'Жоспарды ашу' }).click();
    await page.getByRole('heading', { level: 1, name: /жол картасын бекіту туралы/ }).waitFor();
    await expectAccessible(page, 'plan overview');
    await screenshot(page, '11-plan-overview');

    await page.getByRole('link', { name: 'Барлық іс-шаралар' }).click();
    await page.getByTestId('measure-row').first().waitFor();
    expect(await page.getByTestId('measure-row').count()).toBe(70);
    await page.getByLabel('Орындаушы', { exact: true }).first().click();
    await page.getByRole('option', { name: 'ЖАО', exact: true }).click();
    await page.getByLabel('Орындау жылы', { exact: true }).first().click();
    await page.getByRole('option', { name: '2021', exact: true }).click();
    await expect.poll(() => page.getByTestId('measure-row').count(), { timeout: 10_000 }).toBe(37);
    expect(page.url()).toMatch(/executor=%D0%96%D0%90%D0%9E/);
    expect(page.url()).toMatch(/deadlineYear=2021/);
    await expectAccessible(page, 'measures filtered');
    await screenshot(page, '12-measures-zhao-2021');

    await page.getByRole('link', { name: '16', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Іс-шара 16' }).waitFor();
    expect(await page.getByTestId('measure-original').textContent()).toMatch(
      /^ҚР балалардың әл-ауқаты индексін әзірлеу/,
    );
    const executors = await page.getByTestId('measure-executors').innerText();
    expect(executors).toMatch(/БҒМ/);
    expect(executors).toMatch(/Оқу-ағарту министрлігі/);
    await page.getByText('80,0 млн теңге').waitFor();
    await expectAccessible(page, 'measure 16');
    await screenshot(page, '13-measure-16');

    await page.getByRole('link', { name: 'Барлық іс-шаралар' }).click();
    await page.getByRole('link', { name: 'Жоспарға оралу' }).click();
    await page.getByRole('button', { name: 'Экспорт' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'XLSX, Қазақша' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(strings).toContain('ҚР балалардың әл-ауқаты индексін әзірлеу және сынақтан өткізу');
    await context.close();
  });

  it('lets a school psychologist read the plan but not import one', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, 'psychologist');
    await page.getByRole('link', { name: 'Жоспарлар' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жоспарлар' }).waitFor();
    expect(await page.getByRole('link', { name: 'Жоспарды импорттау' }).count()).toBe(0);
    await page.goto(`${server.url}/plans/import`);
    await page.getByTestId('forbidden').waitFor();
    await context.close();
  });
});
