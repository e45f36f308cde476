// Agreements: drafting from the result, signing by both parties, print, downloads, partner import and diff.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { draftMentoringFromResult, expectNoAxeViolations, fillRequired, openApp, sign } from './helpers';

const draftFromResult = (page: Page) => draftMentoringFromResult(page, 'My career path and growth as a whole');

test('both parties sign, and changing the agreement afterwards asks for the signatures again', async ({ page }) => {
  await draftFromResult(page);
  const status = page.getByRole('region', { name: 'Signatures' });
  await expect(status.getByText('Status: Draft')).toBeVisible();
  await page.getByRole('group', { name: 'Mentee', exact: true }).getByRole('button', { name: 'Sign as mentee' }).click();
  await expect(page.getByRole('group', { name: 'Mentee', exact: true }).getByRole('alert')).toHaveText('Tick the box to confirm you agree.');

  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await expect(page.getByText('Every required part is filled in.')).toBeVisible();
  await expect(status.getByText('Status: Ready to sign')).toBeVisible();
  await sign(page, 'Mentee', 'Sam Lee');
  await expect(page.getByRole('group', { name: 'Mentee', exact: true }).getByText(/Signed by Sam Lee on/)).toBeVisible();
  await sign(page, 'Mentor', 'Alex Kim');
  await expect(status.getByText('Status: Signed', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(status.getByText('Status: Signed', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Goal 1', { exact: true })).not.toBeEditable();
  await page.getByRole('button', { name: 'Change the agreement' }).click();
  await page.getByRole('button', { name: 'Remove the signatures and change it' }).click();
  await page.getByLabel('Goal 1', { exact: true }).fill('A changed goal');
  await expect(status.getByText('Status: Ready to sign', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  // The list names the two people, so same-titled agreements can be told apart.
  await expect(page.getByText(/Sam Lee and Alex Kim · Ready to sign/)).toBeVisible();
});

test('printing shows the agreement and its signature lines, without the app around it', async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel("Mentee's name").fill('Sam <b>Lee</b>');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
  await expect(page.getByLabel('Goal 1', { exact: true })).toBeHidden();
  const doc = page.locator('article.agreement-document');
  await expect(doc).toBeVisible();
  await expect(doc.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();
  await expect(doc.getByText('Sam <b>Lee</b>')).toBeVisible();
  await expect(doc.getByText(/Signature: _+/)).toHaveCount(2);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('Markdown, agreement file and calendar downloads hold the agreement', async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel('Goal 1', { exact: true }).fill('Speak at the <script>alert(1)</script> forum');
  await page.getByLabel('How often').selectOption('Monthly');
  await page.getByLabel('How long').selectOption('45 minutes');
  await page.getByLabel('Usual time (optional)').fill('17:30');

  const read = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const d = await download;
    return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
  };
  const md = await read('Download as Markdown');
  expect(md.name).toBe('mentoring-agreement.md');
  expect(md.text).toContain('# Mentoring agreement');
  // Escaped only where Markdown would misread it: a backslash before "<", no entities.
  expect(md.text).toContain('Speak at the \\<script>alert(1)\\</script> forum');
  expect(md.text).not.toMatch(/(^|[^\\])<script>/);
  expect(md.text).not.toContain('&lt;');

  const json = await read('Download the agreement file');
  expect(JSON.parse(json.text).format).toBe('mentoring-or-coaching/agreement');

  const ics = await read('Add the dates to a calendar (.ics)');
  expect(ics.name).toBe('mentoring-agreement.ics');
  expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.text).toContain('RRULE:FREQ=MONTHLY;UNTIL=');
  // At the agreed local time, for the agreed length: not a whole-day event.
  expect(ics.text).toMatch(/\r\nUID:[^\r]*-meetings@[^\r]*\r\nDTSTAMP:[^\r]*\r\nDTSTART:(\d{8})T173000\r\nDTEND:\1T181500\r\n/);
});

test("importing the partner's copy shows each difference and lets the person choose", async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel('Goal 1', { exact: true }).fill('My wording');
  await page.getByLabel('Where (optional)').fill('Room 4');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the agreement file' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  file.draft.fields['goal-1'] = 'Their wording';
  file.draft.fields['place'] = 'The library';

  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  await page
    .getByLabel(/Import a file/)
    .setInputFiles({ name: 'from-partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { name: "Your partner's copy differs" })).toBeVisible();
  await expect(page.getByText('2 parts differ.', { exact: false })).toBeVisible();
  // The status line does not call it ready while the differences are open.
  await expect(page.getByText(/Your partner's copy differs: choose below before anyone signs/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Take theirs: Goal 1', exact: true }).click();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Their wording');
  // The keyboard moves on to the difference left, not back to the top of the page.
  await expect(page.getByRole('button', { name: 'Keep mine: Where' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: "Your partner's copy differs" })).toBeHidden();
  await expect(page.getByText(/Your partner's copy differs: choose below/)).toHaveCount(0);
  await expect(page.getByLabel('Where (optional)')).toHaveValue('Room 4');
});

test('a wrong import file is refused with a clear message and nothing changes', async ({ page }) => {
  await draftFromResult(page);
  await page.goto('#/agreements');
  // The content that matters: answers and drafts (the resume point may still be saving).
  const content = () =>
    page.evaluate(() => {
      const doc = JSON.parse(localStorage.getItem('mentoring-or-coaching/document') ?? '{}');
      return JSON.stringify([doc.assessment, doc.drafts]);
    });
  // Wait until the new draft has been saved, so "before" is the settled state.
  await expect.poll(content).toContain('"kind":"mentoring"');
  const before = await content();
  const importer = page.getByLabel(/Import a file/);
  await importer.setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed' })).toContainText("isn't readable as data");
  await importer.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed' })).toContainText('made by this app');
  await importer.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1_100_000, 32) });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed' })).toContainText('too big');
  await importer.setInputFiles({
    name: 'newer.json', mimeType: 'application/json',
    buffer: Buffer.from('{"format":"mentoring-or-coaching/backup","schema":99,"document":{}}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed' })).toContainText('newer version');
  expect(await content()).toBe(before);
});

test('drafts can be duplicated, and a deleted draft comes back with Undo', async ({ page }) => {
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New coaching agreement' }).click();
  await page.getByLabel('Name of this agreement').fill('Coaching with Jo');
  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  await page.getByRole('button', { name: 'Duplicate Coaching with Jo' }).click();
  await expect(page.getByRole('link', { name: 'Copy of Coaching with Jo' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Coaching with Jo' }).click();
  await expect(page.getByRole('link', { name: 'Coaching with Jo', exact: true })).toBeHidden();
  await expect(page.getByText('Deleted “Coaching with Jo”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Coaching with Jo', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Coaching with Jo', exact: true })).toBeVisible();
});

test('a backup restores into an empty browser without overwriting anything', async ({ page, browser }) => {
  await draftFromResult(page);
  await page.goto('#/agreements');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a full backup' }).click();
  const backup = await readFile((await (await download).path())!);

  const other = await (await browser.newContext()).newPage();
  await openApp(other, '#/agreements');
  await other.getByLabel(/Import a file/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(other.getByText(/Backup restored: 1 agreement added/)).toBeVisible();
  await expect(other.getByRole('link', { name: 'Mentoring agreement' })).toBeVisible();
  await other.goto('#/result');
  // The restored answers are there (too few for a recommendation, so the result says so).
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Not enough to go on yet');
});
