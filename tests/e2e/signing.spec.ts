// Signing that means something: the party's own name, the form gone once signed, who still has to
// sign, the lock on a signed agreement, placeholders that never count as filled, counts in words.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { draftMentoringFromResult, expectNoAxeViolations, fillRequired, openApp, sign } from './helpers';

/** A mentoring draft from a result whose focus is one skill, so Goal 1 carries a placeholder. */
const draftWithPlaceholder = (page: Page) => draftMentoringFromResult(page, 'One specific skill or way of working');

/** A complete draft with both parties' names and no placeholder left. */
async function readyToSign(page: Page) {
  await draftWithPlaceholder(page);
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await page.getByLabel('Goal 1', { exact: true }).fill('Get noticeably better at one skill: negotiation');
  await expect(signatures(page).getByText('Status: Ready to sign')).toBeVisible();
}

const signatures = (page: Page) => page.getByRole('region', { name: 'Signatures' });
const party = (page: Page, role: string) => page.getByRole('group', { name: role, exact: true });

test('a suggestion with its placeholder left in never counts as filled', async ({ page }) => {
  await draftWithPlaceholder(page);
  const goal = page.getByLabel('Goal 1', { exact: true });
  await expect(goal).toHaveValue('Get noticeably better at one skill: (name it here)');
  await expect(page.getByText('Replace “(name it here)” with your own words.')).toBeVisible();
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await expect(signatures(page).getByText('Status: Draft')).toBeVisible();
  await expect(page.getByText('Still to do: Goal 1', { exact: true })).toBeVisible();
  await goal.fill('Get noticeably better at one skill: negotiation');
  await expect(signatures(page).getByText('Status: Ready to sign')).toBeVisible();
  await expect(page.getByText('Replace “(name it here)” with your own words.')).toBeHidden();
});

test('a signature carries the name as written; once given, the form goes and the status says who is left', async ({ page }, testInfo) => {
  await draftWithPlaceholder(page);
  // An error about an earlier state does not stay once the agreement is ready.
  await party(page, 'Mentee').getByRole('button', { name: 'Sign as mentee' }).click();
  await expect(party(page, 'Mentee').getByRole('alert')).toHaveText('Tick the box to confirm you agree.');
  // The keyboard goes to the box the message is about.
  await expect(party(page, 'Mentee').getByRole('checkbox', { name: 'I have read this agreement and I agree to it.' })).toBeFocused();
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await expect(party(page, 'Mentee').getByRole('alert')).toHaveText('');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await page.getByLabel('Goal 1', { exact: true }).fill('Get noticeably better at one skill: negotiation');
  await expect(signatures(page).getByText('A typed signature does not check who you are')).toBeVisible();

  await sign(page, 'Mentee', 'x');
  await expect(party(page, 'Mentee').getByRole('alert')).toHaveText(
    'This part is for the mentee, Sam Lee: type the name as it is written in the agreement.',
  );
  await sign(page, 'Mentee', 'Alex Kim');
  await expect(party(page, 'Mentee').getByRole('alert')).toContainText('Sam Lee');
  await sign(page, 'Mentee', '  sam   LEE ');
  await expect(party(page, 'Mentee').getByText(/^Signed by Sam Lee on (?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\.$/)).toBeVisible();
  // The form the keyboard was in has gone; focus is on the signature that replaced it.
  await expect(party(page, 'Mentee').getByText(/^Signed by Sam Lee on /)).toBeFocused();
  await expect(party(page, 'Mentee').getByRole('button', { name: 'Sign as mentee' })).toHaveCount(0);
  await expect(party(page, 'Mentee').getByRole('textbox')).toHaveCount(0);
  await expect(party(page, 'Mentee').getByRole('alert')).toHaveCount(0);
  await expect(signatures(page).getByText('Status: Signed by the mentee; waiting for the mentor, Alex Kim, to sign')).toBeVisible();

  await expect(page.getByText('Next: your partner reads it through and signs.', { exact: false })).toBeVisible();
  await sign(page, 'Mentor', 'Alex Kim');
  await expect(signatures(page).getByText('Status: Signed', { exact: true })).toBeVisible();
  await expect(party(page, 'Mentor').getByText(/^Signed by Alex Kim on/)).toBeVisible();
  // Nothing on a signed agreement still asks for it to be filled in and signed.
  await expect(page.getByText('You have both signed this text.', { exact: false })).toBeVisible();
  await expect(page.getByText('send it to your partner, so their copy holds both signatures too', { exact: false })).toBeVisible();
  await expect(page.getByText(/Next: when every part is filled in/)).toHaveCount(0);
  await expect(page.getByRole('main').getByText('Status: Signed', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: testInfo.outputPath(`signed-${width}.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('article.agreement-document');
    await expect(printed.getByText('Signed by Sam Lee on', { exact: false })).toBeVisible();
    await expect(printed.getByText('Signed by Alex Kim on', { exact: false })).toBeVisible();
    // The printed status agrees with the signatures below it.
    await expect(printed.getByText('Status: Signed', { exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`signed-print-${width}.png`), fullPage: true });
  }
});

test('a signed agreement is locked until "Change the agreement" is confirmed', async ({ page }) => {
  await readyToSign(page);
  await sign(page, 'Mentee', 'Sam Lee');
  const goal = page.getByLabel('Goal 1', { exact: true });
  await expect(page.getByRole('heading', { name: 'A signature has been given, so this agreement is locked' })).toBeVisible();
  await expect(goal).not.toBeEditable();
  await expect(page.getByLabel('How often')).toBeDisabled();
  await sign(page, 'Mentor', 'Alex Kim');
  await page.reload();
  await expect(goal).not.toBeEditable();
  // Typing into a locked field changes nothing, so the status never flips on its own.
  await goal.focus();
  await page.keyboard.type('more');
  await expect(goal).toHaveValue('Get noticeably better at one skill: negotiation');
  await expect(signatures(page).getByText('Status: Signed', { exact: true })).toBeVisible();

  // A locked field no longer invites changes.
  await expect(page.getByText('Filled in from your answers: change it freely')).toHaveCount(0);
  await page.getByRole('button', { name: 'Change the agreement' }).click();
  await expect(page.getByText('Changing it removes the signatures given so far: you will both have to sign again.')).toBeVisible();
  // The keyboard stays where the person is on this long page, on the choice that loses nothing.
  await expect(page.getByRole('button', { name: 'Keep it as signed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Change the agreement' })).toBeFocused();
  await expect(goal).not.toBeEditable();
  await expect(signatures(page).getByText('Status: Signed', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Change the agreement' }).click();
  await page.getByRole('button', { name: 'Remove the signatures and change it' }).click();
  await expect(goal).toBeEditable();
  await expect(page.locator('.editor-form input, .editor-form textarea, .editor-form select').first()).toBeFocused();
  await expect(signatures(page).getByText('Status: Ready to sign', { exact: true })).toBeVisible();
  await expect(signatures(page).getByText(/Signed by/)).toHaveCount(0);
  await expect(party(page, 'Mentee').getByRole('button', { name: 'Sign as mentee' })).toBeVisible();
});

test('a name left as a placeholder is refused before signing', async ({ page }) => {
  await readyToSign(page);
  await page.getByLabel("Mentor's name").fill('TBC');
  await expect(page.getByText('“TBC” is a placeholder: type the mentor\'s real name before anyone signs.')).toBeVisible();
  await expect(signatures(page).getByText('Status: Draft')).toBeVisible();
  await sign(page, 'Mentee', 'Sam Lee');
  await expect(party(page, 'Mentee').getByRole('alert')).toHaveText(
    'The mentor\'s name is still “TBC”: write their real name in the agreement before anyone signs.',
  );
  await expect(signatures(page).getByText(/Signed by/)).toHaveCount(0);
});

test("one difference in the partner's copy reads \"1 part differs\"", async ({ page }) => {
  await readyToSign(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the agreement file' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  file.draft.fields['place'] = 'The library';
  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  await page
    .getByLabel(/Import a file/)
    .setInputFiles({ name: 'from-partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { name: "Your partner's copy differs" })).toBeVisible();
  await expect(page.getByText('1 part differs.', { exact: false })).toBeVisible();
  await expect(page.getByText(/\(s\)/)).toHaveCount(0);
});

test("a partner's different wording cannot quietly undo the signatures of a locked copy", async ({ page }) => {
  await readyToSign(page);
  await sign(page, 'Mentee', 'Sam Lee');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the agreement file' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  file.draft.fields['place'] = 'The library';
  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  await page
    .getByLabel(/Import a file/)
    .setInputFiles({ name: 'from-partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText('Your copy is signed, so it is locked', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take theirs: Where' })).toBeDisabled();
  await expect(signatures(page).getByText(/^Status: Signed by the mentee; waiting for the mentor/)).toBeVisible();
  await page.getByRole('button', { name: 'Change the agreement' }).click();
  await page.getByRole('button', { name: 'Remove the signatures and change it' }).click();
  await page.getByRole('button', { name: 'Take theirs: Where' }).click();
  await expect(page.getByLabel('Where (optional)')).toHaveValue('The library');
});
