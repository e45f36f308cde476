// Filling in: typed input arrives key by key exactly as in a plain input, text stops at 20,000
// characters with a message, long text never spills off the page, and dates that contradict each
// other or an open-ended agreement are explained beside the field.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { draftMentoringFromResult, fillRequired, sign } from './helpers';

const draftFromResult = (page: Page) => draftMentoringFromResult(page, 'My career path and growth as a whole');

// The date typing below follows the en-US order of a date field's parts (month, day, year).
test.use({ locale: 'en-US' });

test('a prefilled date takes a date typed key by key, first keystroke included', async ({ page }) => {
  await draftFromResult(page);
  const end = page.getByLabel('End date');
  // Prefilled from the answers: a year from today.
  await expect(end).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await end.focus();
  // Chromium's date field in the en-US locale takes month, day, year.
  await page.keyboard.type('01252027');
  await expect(end).toHaveValue('2027-01-25');
  // The value is kept, not only shown.
  await page.reload();
  await expect(page.getByLabel('End date')).toHaveValue('2027-01-25');
  // The same typed through the locator, into the start date.
  const start = page.getByLabel('Start date');
  await start.pressSequentially('02282027');
  await expect(start).toHaveValue('2027-02-28');
});

test('the signing date takes a date typed key by key, and the signature shows it in the person\'s style', async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  const mentee = page.getByRole('group', { name: 'Mentee', exact: true });
  const date = mentee.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await date.focus();
  await page.keyboard.type('03052027');
  await expect(date).toHaveValue('2027-03-05');
  await sign(page, 'Mentee', 'Sam Lee');
  await expect(mentee.getByText('Signed by Sam Lee on March 5, 2027.', { exact: true })).toBeVisible();
});

test('text fields take typing key by key, at the caret, exactly as typed', async ({ page }) => {
  await draftFromResult(page);
  const goal = page.getByLabel('Goal 1', { exact: true });
  const before = await goal.inputValue();
  await goal.click();
  await page.keyboard.press('End');
  await page.keyboard.type(', then lead a team of 3.');
  await expect(goal).toHaveValue(`${before}, then lead a team of 3.`);
  // Typing in the middle keeps the caret where it is.
  await page.keyboard.press('Home');
  await page.keyboard.type('First: ');
  await expect(goal).toHaveValue(`First: ${before}, then lead a team of 3.`);
  const place = page.getByLabel('Where (optional)');
  await place.pressSequentially('Room 4 - 2nd floor; or "Teams" @ 5');
  await expect(place).toHaveValue('Room 4 - 2nd floor; or "Teams" @ 5');
  const time = page.getByLabel('Usual time (optional)');
  await time.focus();
  await page.keyboard.type('0530PM');
  await expect(time).toHaveValue('17:30');
});

test('Enter in a box does nothing: no reload, no browser bubble, the text and the screen stay', async ({ page }) => {
  await draftFromResult(page);
  const url = page.url();
  // Marks this page, so a reload (a submitted form) would show.
  await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // An empty required box (no native "fill out this field" bubble), a filled one, a date and the title.
  for (const box of [page.getByLabel("Mentee's name"), page.getByLabel('Goal 1', { exact: true }), page.getByLabel('End date'), page.getByLabel('Name of this agreement'), page.getByLabel('Goal 1: measure of success')]) {
    const before = await box.inputValue();
    await box.press('Enter');
    await expect(box).toHaveValue(before);
    await expect(box).toBeFocused();
  }
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // A form submitted against the page's policy (form-action 'none') would log a violation.
  expect(errors).toEqual([]);
});

test('a part holds at most 20,000 characters and says so when pasting more', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await draftFromResult(page);
  const will = page.getByLabel('The mentee will');
  await will.fill('y'.repeat(25_000));
  await expect(will).toHaveValue('y'.repeat(20_000));
  const message = page.getByText('This part holds at most 20,000 characters');
  await expect(message).toBeVisible();
  await expect(will).toHaveAccessibleDescription(/at most 20,000 characters/);
  await will.fill('Shorter now');
  await expect(message).toBeHidden();

  // Long unbroken text never pushes the page sideways, on screen or in print.
  const long = 'z'.repeat(20_000);
  await page.getByLabel('Name of this agreement').fill(long);
  await page.getByLabel('Goal 1', { exact: true }).fill(long);
  await will.fill(long);
  const fits = () =>
    page.evaluate(() => {
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
      const names = wide.map((el) => `${el.tagName}.${el.className}`).slice(0, 5).join(', ');
      return document.documentElement.scrollWidth <= window.innerWidth ? 'fits' : `too wide: ${names}`;
    });
  expect(await fits()).toBe('fits');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.agreement-document')).toBeVisible();
  expect(await fits()).toBe('fits');
  await page.screenshot({ path: 'test-results/fields-long-text-375.png' });
});

test('dates that contradict each other are explained beside the field and block signing', async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  const status = page.getByRole('region', { name: 'Signatures' });
  await expect(status.getByText('Status: Ready to sign')).toBeVisible();
  const start = await page.getByLabel('Start date').inputValue();
  const end = page.getByLabel('End date');
  await end.fill(start.replace(/^(\d{4})/, (y) => String(Number(y) - 1)));
  await expect(end).toHaveAccessibleDescription(/The end date is before the start date/);
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(status.getByText('Status: Draft')).toBeVisible();
  await expect(page.getByText(/Still to do: End date/)).toBeVisible();
  await end.fill(start.replace(/^(\d{4})/, (y) => String(Number(y) + 1)));
  await expect(status.getByText('Status: Ready to sign')).toBeVisible();
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Goal 1: target date').fill(start.replace(/^(\d{4})/, (y) => String(Number(y) + 2)));
  await expect(page.getByLabel('Goal 1: target date')).toHaveAccessibleDescription(/after the agreement ends/);
  await expect(status.getByText('Status: Draft')).toBeVisible();
});

test('an open-ended agreement needs no end date, only reviews', async ({ page }) => {
  await draftFromResult(page);
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await page.getByLabel('No set end: we carry on for as long as it helps us both.').check();
  const end = page.getByLabel('End date');
  await expect(end).toHaveAccessibleDescription(/leave the end date empty/);
  await end.fill('');
  await expect(page.getByLabel('End date (optional)')).toBeVisible();
  const status = page.getByRole('region', { name: 'Signatures' });
  await expect(status.getByText('Status: Ready to sign')).toBeVisible();
  await page.getByLabel('Review', { exact: true }).selectOption({ index: 0 });
  await expect(status.getByText('Status: Draft')).toBeVisible();
  await expect(page.getByText(/Still to do: Review/)).toBeVisible();
});

for (const [locale, start, signed] of [
  ['en-GB', '25 January 2027', /Signed by Sam Lee on \d{1,2} [A-Z][a-z]+ \d{4}/],
  ['en-US', 'January 25, 2027', /Signed by Sam Lee on [A-Z][a-z]+ \d{1,2}, \d{4}/],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`dates are written in the ${locale} style in print and in the Markdown`, async ({ page }) => {
      await draftFromResult(page);
      await page.getByLabel("Mentee's name").fill('Sam Lee');
      await page.getByLabel("Mentor's name").fill('Alex Kim');
      await page.getByLabel('Start date').fill('2027-01-25');
      await page.getByLabel('End date').fill('2028-01-24');
      await fillRequired(page);
      await sign(page, 'Mentee', 'Sam Lee');
      await page.emulateMedia({ media: 'print' });
      const doc = page.locator('article.agreement-document');
      await expect(doc.getByText(start, { exact: true })).toBeVisible();
      await expect(doc.getByText(signed)).toBeVisible();
      await expect(doc).not.toContainText('2027-01-25');
      const download = page.waitForEvent('download');
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Download as Markdown' }).click();
      const md = await readFile((await (await download).path())!, 'utf8');
      expect(md).toContain(`- **Start date:** ${start}\n`);
      expect(md).not.toContain('2027-01-25');
    });
  });
}
