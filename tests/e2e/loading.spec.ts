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
  // The questions' code may be on its way already (fetched once the welcome is drawn), and after it
  // the saver's (split_data); no other screen's.
  expect(wasm.filter((f) => f.startsWith('split_') && !/^split_(questions|data)-/.test(f))).toEqual([]);
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

test('a first visit draws the welcome without the stored-data code, and the first answer is saved with it', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  // Held back until the welcome is drawn: nothing on a first visit waits for it.
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/split_data-*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  release();

  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('radio').first().check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('mentoring-or-coaching/document'))).toContain('"answers":{"');
  expect(wasm.some((f) => f.startsWith('split_data-'))).toBe(true);

  await page.reload();
  await expect(page.getByRole('radio').first()).toBeChecked();
});

test('a returning visitor whose stored-data code cannot download is told so, and nothing stored is touched', async ({ page }) => {
  const key = 'mentoring-or-coaching/document';
  const stored = JSON.stringify({
    schema: 3, assessment: { bank_version: 1, answers: { 'need-scope': 'broad' } }, drafts: [],
    resume: '#/question/2', revision: 3, persist_asked: true, last_backup: 0,
  });
  await openApp(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, stored]);

  await page.route('**/split_data-*.wasm', (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText("This app couldn't finish loading.");
  await expect(page.getByRole('alert')).toContainText('Anything you entered on an earlier visit is still saved in this browser.');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(stored);

  await page.unroute('**/split_data-*.wasm');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Continue from question 2' })).toBeVisible();
});
