// Never lose a person's data: two tabs, a reload straight after typing, and hostile text everywhere.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { countDialogs, openApp } from './helpers';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'مرحبا، هذا نص من اليمين إلى اليسار',
  'Emoji 👩🏽‍💻🎉 and combining e\u0301\u0302\u0303',
  '"; DROP TABLE; \\n END:VEVENT',
];

test('an edit in one tab appears in another within a second', async ({ context }) => {
  const one = await context.newPage();
  await openApp(one, '#/agreements');
  await one.getByRole('button', { name: 'New mentoring agreement' }).click();
  await expect(one.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
  const address = one.url();

  const two = await context.newPage();
  await two.goto(address);
  await expect(two.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
  await one.getByLabel('Goal 1', { exact: true }).fill('Typed in the first tab');
  await expect(two.getByLabel('Goal 1', { exact: true })).toHaveValue('Typed in the first tab', { timeout: 1000 });
  await two.getByLabel("Mentee's name").fill('Sam from the second tab');
  await expect(one.getByLabel("Mentee's name")).toHaveValue('Sam from the second tab', { timeout: 1000 });
});

test('reloading straight after typing keeps the last keystroke', async ({ page }) => {
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New coaching agreement' }).click();
  const goal = page.getByLabel('Goal 1', { exact: true });
  await goal.fill('First words');
  await goal.fill('First words, and the very last');
  await page.reload();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('First words, and the very last');
});

test('hostile text in every field stays text on screen, in print, in Markdown and in the calendar file', async ({ page }) => {
  const dialogs = countDialogs(page);
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New mentoring agreement' }).click();
  await page.getByLabel('Name of this agreement').fill(HOSTILE.join(' '));
  const boxes = await page.locator('.editor-form .section').getByRole('textbox').all();
  for (const [i, box] of boxes.entries()) {
    if (await box.isVisible()) await box.fill(HOSTILE[i % HOSTILE.length]);
  }
  // Pasting 100,000 characters keeps the 20,000 a part holds.
  const huge = 'x'.repeat(20_000);
  await page.getByLabel('The mentee will').fill('x'.repeat(100_000));
  await page.getByLabel('Start date').fill('2026-12-01');
  await page.getByLabel('End date').fill('2027-12-01');
  await page.getByLabel('How often').selectOption('Monthly');
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('The mentee will')).toHaveValue(huge);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.join(' '));
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.agreement-document').getByText(HOSTILE[1]).first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const read = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    return readFile((await (await download).path())!, 'utf8');
  };
  const md = await read('Download as Markdown');
  // Every "<" is escaped, so Markdown never reads a tag; no entities are needed for that.
  expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
  expect(md).toContain('\\<script>');
  expect(md).toContain(huge);
  const ics = await read('Add the dates to a calendar (.ics)');
  // Hostile text must not start a line of its own: after unfolding, every line is one the writer makes.
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
  const names = lines.map((l) => l.split(/[:;]/, 1)[0]);
  const allowed = ['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'DESCRIPTION'];
  expect(names.filter((n) => !allowed.includes(n))).toEqual([]);
  expect(names.filter((n) => n === 'BEGIN')).toHaveLength(names.filter((n) => n === 'END').length);
  // Events are named after the two people (their hostile names stay text), and every ";" or "," in
  // a person's text is escaped.
  expect(lines.filter((l) => l.startsWith('SUMMARY:'))[0]).toContain('<script>alert(1)</script>');
  const texts = lines.filter((l) => /^(SUMMARY|DESCRIPTION):/.test(l)).map((l) => l.slice(l.indexOf(':') + 1));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toMatch(/(^|[^\\])[;,]/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(dialogs()).toBe(0);
});

test('blocked storage still shows the app, with a polite warning and a way to export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByText("This browser isn't letting the app save anything")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download a copy of my work' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('radio', { name: /Growing more broadly/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();
});
