// The hosted site: its security policy, offline use and updates, and every screen width.
import { appendFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Records Content-Security-Policy violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

test('the page keeps to its Content-Security-Policy and asks nothing of other sites', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await watchCsp(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");

  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('radio').first().check();
  await page.goto('#/result');
  await page.getByRole('button', { name: /Draft a .* agreement/ }).first().click();
  await page.getByLabel('Goal 1', { exact: true }).fill('Policy check');
  await page.goto('#/agreements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your agreements');

  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  // The test server's own origin, whichever port E2E_PORT chose.
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

/** Waits until the service worker controls the page. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 10_000 });
}

test('once visited, the app works offline with its data intact', async ({ page, context }) => {
  await openApp(page, '#/question/1');
  await waitForWorker(page);
  await page.getByRole('radio', { name: /Growing more broadly/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: /Growing more broadly/ })).toBeChecked();
  await page.goto('#/agreements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your agreements');
  await context.setOffline(false);
});

test('a new deployment is announced and the person can reload into it', async ({ page }) => {
  await openApp(page, 'update/');
  await waitForWorker(page);
  // "Deploy" a new version: any change to the worker file makes the browser install it.
  await appendFile('target/e2e-site/update/sw.js', `\n// deployed ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('A new version of this app is ready.')).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mentoring or coaching/);
  await expect(page.getByText('A new version of this app is ready.')).toBeHidden();
});

const SCREENS = ['#/', '#/question/1', '#/review', '#/result', '#/agreements'];

for (const width of [360, 768, 1024, 1280, 1440]) {
  test(`nothing scrolls sideways at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '#/question/1');
    await page.getByRole('radio').first().check();
    await page.goto('#/result');
    await page.getByRole('button', { name: /Draft a .* agreement/ }).first().click();
    const editor = page.url();
    for (const hash of [...SCREENS, new URL(editor).hash]) {
      await page.goto(hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${hash} at ${width}px`).toBeLessThanOrEqual(0);
      if (width === 360 || width === 1280) {
        const shot = await page.screenshot({ fullPage: true });
        await testInfo.attach(`${hash.replace(/[#/]+/g, '-')}-${width}.png`, { body: shot, contentType: 'image/png' });
      }
    }
  });
}
