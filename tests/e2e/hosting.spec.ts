// The built site works from a sub-path of a plain static server, with no rewrite rules.
// scripts/nginx-check.mjs runs it once more through nginx with the README's block (E2E_SUBPATH).
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

const subPath = process.env.E2E_SUBPATH ?? 'any/sub/path/';
const escaped = subPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the app runs from a sub-path and keeps its data across reloads there', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    // organisation.json is optional; without one, its 404 is expected (the built-in settings are used).
    if (r.status() >= 400 && !r.url().endsWith('/organisation.json')) failed.push(`${r.status()} ${r.url()}`);
  });
  await openApp(page, subPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mentoring or coaching/);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('radio', { name: /Growing more broadly/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`/${escaped}#/question/2$`));
  await page.reload();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();
  expect(failed).toEqual([]);
});

test('the sub-path without its trailing slash leads to the app', async ({ page }) => {
  await openApp(page, subPath.replace(/\/$/, ''));
  await expect(page).toHaveURL(new RegExp(`/${escaped}$`));
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
});
