import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, TOTP_SECRET } from './server.ts';

export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/** Debian's Chromium, headless, with the network chatter this closed machine refuses switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

export async function newPage(
  browser: Browser,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'kk-KZ' });
  const page = await context.newPage();
  return { context, page };
}

/** Saves a screenshot as a test artifact (e2e/artifacts/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Switches the UI language with the switcher in the header (the label is what a person clicks). */
export async function switchLanguage(page: Page, short: 'Қаз' | 'Рус' | 'Eng'): Promise<void> {
  await page.locator('label', { hasText: short }).first().click();
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
  expect(bad, `axe on ${where}`).toEqual([]);
}

/** The current one-time code of the demo accounts that need a second factor. */
export function totp(): string {
  return TOTP.generate({ secret: Secret.fromBase32(TOTP_SECRET) });
}

/** Signs in through the form as a person would; types the one-time code when the form asks for it. */
export async function signIn(
  page: Page,
  url: string,
  username: string,
  options: { totp?: boolean } = {},
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Пайдаланушы аты').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Кіру' }).click();
  if (options.totp) {
    await page.getByText('Бір реттік код').waitFor();
    await page.getByLabel('Бір реттік код').first().click();
    await page.keyboard.type(totp());
    await page.getByRole('button', { name: 'Кіру' }).click();
  }
  // The home page greets in the person's saved language, whatever the sign-in page spoke.
  await page.getByTestId('home-organisation').waitFor();
}
