// The trust boundary: a partner's file and stored data are checked before use. Hostile values never reach
// the calendar's structure, odd values are kept with a note, old files with labels still import, and a
// part the template no longer has is kept until the person removes it.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

async function download(page: Page, button: string) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile((await (await file).path())!, 'utf8');
}

async function importFile(page: Page, file: unknown) {
  await page.goto('#/agreements');
  await page
    .getByLabel(/Import a file/)
    .setInputFiles({ name: 'from-partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
}

/** Every unfolded line of a calendar file, and the property each one starts with. */
function properties(ics: string) {
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
  return { lines, names: lines.map((l) => l.split(/[:;]/, 1)[0]) };
}

test("a partner's file cannot add calendar properties, and values that don't fit are kept with a note", async ({ page }) => {
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New coaching agreement' }).click();
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByLabel('How often').selectOption('Weekly');
  await page.getByLabel('Number of sessions').fill('6');
  const file = JSON.parse(await download(page, 'Download the agreement file'));
  file.draft.id = 'frompartner';
  file.draft.title = 'From my partner';
  file.draft.fields.sessions = '6\r\nATTENDEE:mailto:x@example.com';
  file.draft.fields['not-therapy'] = 'no';
  await importFile(page, file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From my partner');

  const sessions = page.getByLabel('Number of sessions');
  await expect(sessions).toHaveAccessibleDescription(/This came from your partner's file and isn't a whole number this part can hold: “6\s+ATTENDEE:mailto:x@example\.com”/);
  const tick = page.getByLabel('I understand coaching is not therapy or counselling.');
  await expect(tick).toHaveAccessibleDescription("This came from your partner's file and isn't a tick: “no”. Tick the box if you both agree.");
  await expect(tick).not.toBeChecked();
  await expectNoAxeViolations(page);

  const ics = await download(page, 'Add the dates to a calendar (.ics)');
  expect(ics).not.toContain('ATTENDEE');
  const { lines, names } = properties(ics);
  const allowed = ['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'DESCRIPTION'];
  expect(names.filter((n) => !allowed.includes(n))).toEqual([]);
  // The series is still there; only the number that didn't fit is left out.
  expect(lines.filter((l) => l.startsWith('RRULE:'))).toEqual(['RRULE:FREQ=WEEKLY']);

  const md = await download(page, 'Download as Markdown');
  expect(md).toContain('ATTENDEE:mailto:x@example.com');
  expect(md).toContain('needs a look');

  // Choosing a real number replaces the kept text, and the calendar counts the sessions again.
  await sessions.fill('8');
  await expect(sessions).not.toHaveAccessibleDescription(/partner's file/);
  expect(await download(page, 'Add the dates to a calendar (.ics)')).toContain('RRULE:FREQ=WEEKLY;COUNT=8\r\n');
});

test('an agreement file from the previous version, with labels for choices, imports as the same choices', async ({ page }) => {
  await openApp(page, '#/agreements');
  const old = {
    format: 'mentoring-or-coaching/agreement',
    schema: 2,
    draft: {
      id: 'oldfile', kind: 'mentoring', title: 'Mentoring from an older file',
      fields: { frequency: 'Every two weeks', 'review-every': 'Once a year', mode: 'Video call', 'goal-1': 'Learn the ropes' },
      prefilled: [], created: 0, updated: 0, signatures: {},
    },
  };
  await importFile(page, old);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring from an older file');
  await expect(page.getByLabel('How often')).toHaveValue('every-2-weeks');
  await expect(page.getByLabel('How often').locator('option:checked')).toHaveText('Every two weeks');
  await expect(page.getByLabel('Review')).toHaveValue('every-12-months');
  await expect(page.getByText(/isn't one of the choices/)).toHaveCount(0);
});

test('a part the template no longer has is kept at the end of the draft until the person removes it', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const draft = {
      id: 'kept', kind: 'mentoring', title: 'Mentoring with Alex',
      fields: { 'goal-1': 'Learn the ropes', 'old-part': 'Words from an older version' },
      prefilled: [], created: 0, updated: 0, signatures: {},
    };
    localStorage.setItem('mentoring-or-coaching/document', JSON.stringify({ schema: 3, assessment: { bank_version: 1, answers: {} }, drafts: [draft], resume: '', revision: 1 }));
  });
  await page.goto('#/agreement/kept');
  await page.reload();
  const retired = page.getByRole('region', { name: 'Parts this agreement no longer has' });
  await expect(retired).toBeVisible();
  await expect(retired.getByText('Words from an older version')).toBeVisible();
  await expect(page.getByText(/kept safely to one side|started fresh/)).toHaveCount(0);
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Learn the ropes');
  expect(await download(page, 'Download as Markdown')).toContain('Words from an older version');
  await retired.getByRole('button', { name: 'Remove old-part' }).click();
  await expect(retired).toBeHidden();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Learn the ropes');
  await expect(page.getByRole('region', { name: 'Parts this agreement no longer has' })).toHaveCount(0);
});
