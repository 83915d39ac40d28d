import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectAccessible,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  signIn,
  switchLanguage,
} from '../support/browser.ts';
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

describe('a plan coordinator at the Ministry', () => {
  it('signs in with a second factor, sees their organisation, and reads the app in kk, ru and en', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, '01-sign-in-kk');
    await signIn(page, server.url, 'coordinator', { totp: true });
    await expect(page.getByTestId('home-organisation').textContent()).resolves.toBe(
      'Қазақстан Республикасы Оқу-ағарту министрлігі',
    );
    await expect(page.getByText('Жоспар үйлестірушісі')).toBeTruthy();
    await expectAccessible(page, 'home (kk)');
    await screenshot(page, '02-home-coordinator-kk');

    await switchLanguage(page, 'Рус');
    await page.getByRole('heading', { level: 1, name: /Добро пожаловать/ }).waitFor();
    expect(await page.getByTestId('home-organisation').textContent()).toBe(
      'Министерство просвещения Республики Казахстан',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expectAccessible(page, 'home (ru)');
    await screenshot(page, '03-home-coordinator-ru');

    await switchLanguage(page, 'Eng');
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(await page.getByTestId('home-organisation').textContent()).toBe(
      'Ministry of Enlightenment of the Republic of Kazakhstan',
    );
    await expectAccessible(page, 'home (en)');

    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByRole('cell', { name: 'Akimat of Abai Region' }).waitFor();
    await expectAccessible(page, 'organisations (en)');
    await screenshot(page, '04-organisations-en');

    // The choice is the person's preference: it follows them to the next session.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await context.close();
  });
});

describe('a school psychologist', () => {
  it('sees only what the role allows, and is refused the audit log in the UI and by the API', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, 'psychologist');
    expect(await page.getByTestId('home-organisation').textContent()).toBe('№ 12 мектеп-лицей');
    const menu = page.getByRole('navigation', { name: 'Негізгі навигация' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Басты бет',
      'Істер',
      'Хаттама әрекеттері',
      'Жоспарлар',
      'Пайдаланушылар',
      'Ұйымдар',
      'Менің тіркелгім',
    ]);
    await expectAccessible(page, 'home (psychologist)');

    await page.goto(`${server.url}/admin/audit`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Кіруге рұқсат жоқ');
    await expectAccessible(page, 'forbidden page');
    await screenshot(page, '05-forbidden-psychologist');
    const api = await page.evaluate(async () => (await fetch('/api/v1/audit')).status);
    expect(api).toBe(403);

    // Colleagues only: the staff list stops at the school's door.
    await page.getByRole('link', { name: 'Пайдаланушылар' }).click();
    await page.getByRole('heading', { level: 1, name: 'Пайдаланушылар' }).waitFor();
    await page.getByRole('cell', { name: 'pedagogue', exact: true }).waitFor();
    const usernames = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(usernames.sort()).toEqual(['director', 'pedagogue', 'psychologist']);
    await expectAccessible(page, 'users (psychologist)');
    await context.close();
  });

  it('works on a phone-sized screen: the menu folds behind a button', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, server.url, 'psychologist2');
    // psychologist2 saved Russian as her language.
    const menuButton = page.getByRole('button', { name: 'Меню' });
    expect(await menuButton.isVisible()).toBe(true);
    await menuButton.click();
    await page.getByRole('link', { name: 'Организации' }).click();
    await page.getByRole('heading', { level: 1, name: 'Организации' }).waitFor();
    await expectAccessible(page, 'organisations (phone)');
    await screenshot(page, '06-phone-organisations');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('an administrator', () => {
  it('creates an account, hands over the credentials, and finds the change in the audit log', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, server.url, 'admin', { totp: true });
    await page.getByRole('link', { name: 'Пайдаланушылар' }).click();
    await page.getByRole('button', { name: 'Жаңа пайдаланушы' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Пайдаланушы аты').fill('s.omarova');
    await dialog.getByLabel('Тегі, аты, әкесінің аты').fill('Сәуле Омарова');
    await dialog.getByLabel('Ұйым').fill('№ 47');
    await page.getByRole('option', { name: '№ 47 жалпы білім беретін мектеп' }).click();
    await dialog.getByLabel('Рөлдер').click();
    await page.getByRole('option', { name: 'Әлеуметтік педагог' }).click();
    await dialog.getByLabel('Рөлдер').press('Escape');
    await expectAccessible(page, 'new user dialog');
    await dialog.getByRole('button', { name: 'Сақтау' }).click();
    const credentials = page.getByRole('dialog', { name: 'Мұны пайдаланушыға бір рет беріңіз' });
    await credentials.waitFor();
    const temporary = await credentials.getByLabel('Уақытша құпиясөз').inputValue();
    expect(temporary).toHaveLength(16);
    await screenshot(page, '07-credentials');
    await credentials.getByRole('button', { name: 'Жабу' }).last().click();
    await page.getByRole('cell', { name: 's.omarova', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Аудит журналы' }).click();
    await page.getByRole('cell', { name: 'Пайдаланушы құрылды' }).first().waitFor();
    await page.getByRole('button', { name: 'Тізбекті тексеру' }).click();
    await page.getByText(/Тізбек бүтін: \d+ оқиға тексерілді/).waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, '08-audit');
    await context.close();
  });
});
