// The split build: the first visit downloads only the welcome screen's code; the rest arrives on demand.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

// The service worker would fetch every file ahead; these tests watch the page's own requests.
test.use({ serviceWorkers: 'block' });

test('the welcome screen loads without any other screen, and the questions arrive when needed', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  // The questions' code may be on its way already (fetched once the welcome is drawn); nothing else.
  expect(wasm.filter((f) => f.startsWith('split_') && !f.startsWith('split_questions-'))).toEqual([]);
  expect(wasm.filter((f) => f.startsWith('mentoring-or-coaching-'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Which sounds most like what you want help with/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(wasm.some((f) => f.startsWith('split_questions-'))).toBe(true);
  expect(wasm.some((f) => f.startsWith('split_agreements-'))).toBe(false);
});

test('a screen that fails to download says so, keeps the work, and loads on retry', async ({ page }) => {
  await openApp(page);
  await page.route('**/split_result-*.wasm', (route) => route.abort());
  await page.goto('#/result');
  await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible();
  await expect(page.getByText('Everything you entered is still safe in this browser.')).toBeVisible();

  await page.unroute('**/split_result-*.wasm');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'No result yet' })).toBeVisible();
});
