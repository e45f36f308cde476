// A pair in two browsers: signatures travel with the agreement file, the messages appear on the
// agreement, the agreement code matches; and the list's import control, re-drafting from the result,
// and delete with undo by keyboard.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { draftMentoringFromResult, expectNoAxeViolations, fillRequired, openApp, sign, tabTo } from './helpers';

/** Presses Shift+Tab until `target` has focus. */
async function shiftTabTo(page: Page, target: ReturnType<Page['getByRole']>, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`could not reach ${target} with Shift+Tab`);
}

/** A page in its own browser context: its own local storage, as another person's browser. */
async function person(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Downloads the open agreement's file and returns where it was saved. */
async function sendFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the agreement file' }).click();
  const path = await (await download).path();
  expect(path).toBeTruthy();
  return path!;
}

/** Goes to the list and imports `path` with the mouse: a click on the import button opens the picker. */
async function importByMouse(page: Page, path: string) {
  await page.goto('#/agreements');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Import a file…').click();
  await (await chooser).setFiles(path);
}

/** Goes to the list and imports `path` by keyboard alone: Tab to the import button, Enter. */
async function importByKeyboard(page: Page, path: string) {
  await page.goto('#/agreements');
  const control = page.getByRole('button', { name: 'Import a file…' });
  await tabTo(page, control, 60);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
}

/** The agreement code shown in the signatures section. */
async function code(page: Page): Promise<string> {
  const text = await page.getByRole('region', { name: 'Signatures' }).getByText(/^Agreement code:/).textContent();
  const match = /Agreement code: ([0-9a-f]{4} [0-9a-f]{4})/.exec(text ?? '');
  expect(match, text ?? '').not.toBeNull();
  return match![1];
}

/** A new mentoring agreement, filled in with both names. */
async function newFilledAgreement(page: Page) {
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New mentoring agreement' }).click();
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel("Mentor's name").fill('Alex Kim');
  await fillRequired(page);
  await expect(page.getByText('Every required part is filled in.')).toBeVisible();
}

test('two browsers: A signs and sends, B imports, signs and sends back, A imports; both signed in both', async ({ browser }) => {
  const a = await person(browser);
  const b = await person(browser);
  const signatures = (p: Page) => p.getByRole('region', { name: 'Signatures' });

  await newFilledAgreement(a);
  await sign(a, 'Mentee', 'Sam Lee');
  await expect(signatures(a).getByText('Status: Signed by the mentee; waiting for the mentor, Alex Kim, to sign')).toBeVisible();
  const first = await sendFile(a);

  // Transfer 1: B imports, and hears about it on the agreement itself, with the keyboard there.
  await openApp(b, '#/agreements');
  await importByMouse(b, first);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
  const added = b.getByRole('status').filter({ hasText: 'Added “Mentoring agreement” to your agreements.' });
  await expect(added).toContainText('It is signed by the mentee (Sam Lee).');
  await expect(added).toContainText('the mentor, Alex Kim, signs below; then download the agreement file and send it back to your partner');
  await expect(added).toBeFocused();
  await expect(signatures(b).getByText('Signed by Sam Lee on')).toBeVisible();
  expect(await code(b)).toBe(await code(a));
  await expectNoAxeViolations(b);

  await sign(b, 'Mentor', 'Alex Kim');
  await expect(signatures(b).getByText('Status: Signed', { exact: true })).toBeVisible();
  const second = await sendFile(b);

  // Transfer 2: A imports B's copy, by keyboard alone.
  await importByKeyboard(a, second);
  const back = a.getByRole('status').filter({ hasText: "Your partner's copy says exactly what yours says." });
  await expect(back).toContainText("The mentor's signature (Alex Kim) was added.");
  await expect(back).toContainText('You have both signed this exact text.');
  await expect(back).toBeFocused();

  for (const p of [a, b]) {
    await expect(signatures(p).getByText('Status: Signed', { exact: true })).toBeVisible();
    await expect(signatures(p).getByText(/Signed by Sam Lee on/)).toBeVisible();
    await expect(signatures(p).getByText(/Signed by Alex Kim on/)).toBeVisible();
  }
  // The same code in both browsers, with the full fingerprint behind "The full code".
  const short = await code(a);
  expect(await code(b)).toBe(short);
  await a.getByText('The full code').click();
  const full = await signatures(a).getByText(/^[0-9a-f]{64}$/).textContent();
  expect(full).toMatch(/^[0-9a-f]{64}$/);
  expect(full!.slice(0, 8)).toBe(short.replace(' ', ''));
  // Both survive a reload: they are stored, not just shown.
  await a.reload();
  await expect(signatures(a).getByText('Status: Signed', { exact: true })).toBeVisible();

  // Screenshots of the signed agreement and its print view, at a phone's width and a desktop's.
  for (const width of [375, 1280]) {
    await a.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await a.emulateMedia({ media: 'screen' });
    await a.screenshot({ path: `test-results/signed-agreement-${width}.png`, fullPage: true });
    await a.emulateMedia({ media: 'print' });
    const doc = a.locator('article.agreement-document');
    await expect(doc.getByText(/Signed by Sam Lee on/)).toBeVisible();
    await expect(doc.getByText(/Signed by Alex Kim on/)).toBeVisible();
    await expect(doc.getByText(`Agreement code: ${short}`, { exact: false })).toBeVisible();
    await a.screenshot({ path: `test-results/signed-agreement-print-${width}.png`, fullPage: true });
  }
});

test("once \"Take theirs\" settles every difference, the partner's signature of that wording is kept, and the person hears what next", async ({ browser }) => {
  const a = await person(browser);
  const b = await person(browser);
  await newFilledAgreement(a);
  // An early, unsigned copy reaches B.
  await openApp(b, '#/agreements');
  await importByMouse(b, await sendFile(a));
  await expect(b.getByRole('status').filter({ hasText: 'Added' })).toBeFocused();

  // A changes a goal, signs and sends again.
  await a.getByLabel('Goal 1', { exact: true }).fill('Lead the spring planning round');
  await sign(a, 'Mentee', 'Sam Lee');
  const signed = await sendFile(a);

  await importByMouse(b, signed);
  await expect(b.getByRole('heading', { name: "Your partner's copy differs" })).toBeVisible();
  const note = b.getByRole('status').filter({ hasText: "Your partner's copy" });
  await expect(note).toContainText('(1 part differs)');
  await expect(note).toContainText('Their signature stays if you end up with exactly their wording.');
  await expect(note).toBeFocused();
  await b.getByRole('button', { name: 'Take theirs: Goal 1', exact: true }).click();

  await expect(b.getByRole('heading', { name: "Your partner's copy differs" })).toBeHidden();
  const settled = b.getByRole('status').filter({ hasText: 'Every difference is settled' });
  await expect(settled).toContainText("your copy now says exactly what your partner's says");
  await expect(settled).toContainText("The mentee's signature (Sam Lee) was kept, as it was given to this exact text.");
  await expect(settled).toContainText('send it back to your partner');
  await expect(settled).toBeFocused();
  await b.setViewportSize({ width: 375, height: 812 });
  await b.screenshot({ path: 'test-results/settled-message-375.png' });
  const signatures = b.getByRole('region', { name: 'Signatures' });
  await expect(signatures.getByText('Status: Signed by the mentee; waiting for the mentor, Alex Kim, to sign')).toBeVisible();
  // The code follows the wording once changes pause (no keystroke waits for the hash).
  const theirs = await code(a);
  await expect.poll(() => code(b)).toBe(theirs);
  await expectNoAxeViolations(b);

  // B signs and sends back; A ends with both.
  await sign(b, 'Mentor', 'Alex Kim');
  await importByMouse(a, await sendFile(b));
  await expect(a.getByRole('region', { name: 'Signatures' }).getByText('Status: Signed', { exact: true })).toBeVisible();
});

test('the import control is a labelled button, reached and opened by keyboard', async ({ page }) => {
  await openApp(page, '#/agreements');
  const control = page.getByRole('button', { name: 'Import a file…' });
  await expect(control).toHaveCount(1);
  await expect(page.getByLabel('Import a file…')).toHaveAttribute('type', 'file');
  await expect(control).toHaveAccessibleDescription(/an agreement your partner sent you, or a backup/);
  // It looks like the page's other buttons: the label is drawn as one, the native picker is hidden.
  const look = await page.getByText('Import a file…').evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopStyle, height: el.getBoundingClientRect().height };
  });
  expect(look.border).toBe('solid');
  expect(look.height).toBeGreaterThanOrEqual(44);
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, control, 60);
  // The keyboard's place shows on the button drawn for it.
  const button = page.getByText('Import a file…');
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const box = (await button.boundingBox())!;
  await page.screenshot({ path: 'test-results/import-focused.png', clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } });
  await page.keyboard.press('Enter');
  const backup = { format: 'mentoring-or-coaching/backup', schema: 3, document: { schema: 3, drafts: [] } };
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('drafting again from the same result opens the draft already made, and "Start another" adds one', async ({ page }) => {
  await draftMentoringFromResult(page, 'My career path and growth as a whole');
  await page.getByLabel('Goal 1', { exact: true }).fill('My own goal');
  await page.goto('#/result');
  await expect(page.getByRole('button', { name: 'Draft a mentoring agreement' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open your mentoring agreement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('My own goal');
  await page.goto('#/agreements');
  await expect(page.getByRole('link', { name: 'Mentoring agreement' })).toHaveCount(1);

  await page.goto('#/result');
  await page.getByRole('button', { name: 'Start another mentoring agreement' }).click();
  await expect(page.getByLabel('Goal 1', { exact: true })).not.toHaveValue('My own goal');
  await page.goto('#/agreements');
  await expect(page.getByRole('link', { name: 'Mentoring agreement' })).toHaveCount(2);
});

test('delete and undo by keyboard: focus goes to the message, a second Enter deletes nothing, every deletion can be undone', async ({ page }) => {
  await openApp(page, '#/agreements');
  // Three agreements, and an old message on the list (a backup restored).
  for (const name of ['Coaching with Jo', 'Coaching with Ana', 'Coaching with Lee']) {
    await page.getByRole('button', { name: 'New coaching agreement' }).click();
    await page.getByLabel('Name of this agreement').fill(name);
    await page.getByRole('link', { name: 'Back to your agreements' }).click();
  }
  const backup = { format: 'mentoring-or-coaching/backup', schema: 3, document: { schema: 3, drafts: [] } };
  await page.getByLabel('Import a file…').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const old = page.getByRole('status').filter({ hasText: 'Backup restored' });
  await expect(old).toBeVisible();

  const link = (name: string) => page.getByRole('link', { name, exact: true });
  await tabTo(page, page.getByRole('button', { name: 'Delete Coaching with Ana' }), 60);
  await page.keyboard.press('Enter');
  const deleted = page.getByRole('status').filter({ hasText: 'Deleted “Coaching with Ana”.' });
  await expect(deleted).toBeFocused();
  await expect(old).toBeHidden();
  // A second Enter lands on the message, not on the next Delete button.
  await page.keyboard.press('Enter');
  await expect(link('Coaching with Jo')).toBeVisible();
  await expect(link('Coaching with Lee')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Delete Coaching with Lee' }), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Coaching with Lee”.' })).toBeFocused();
  await expect(page.getByText('Deleted “Coaching with Ana”.')).toBeVisible();
  await expectNoAxeViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 812 });
    await page.screenshot({ path: `test-results/deleted-with-undo-${width}.png`, fullPage: true });
  }

  // The earlier deletion is undone first: focus returns to the agreement that came back.
  await tabTo(page, page.getByRole('button', { name: 'Undo deleting Coaching with Ana' }));
  await page.keyboard.press('Enter');
  await expect(link('Coaching with Ana')).toBeFocused();
  await shiftTabTo(page, page.getByRole('button', { name: 'Undo deleting Coaching with Lee' }));
  await page.keyboard.press('Enter');
  await expect(link('Coaching with Lee')).toBeFocused();
  await expect(page.getByText(/Deleted “/)).toHaveCount(0);
  await page.reload();
  for (const name of ['Coaching with Jo', 'Coaching with Ana', 'Coaching with Lee']) await expect(link(name)).toBeVisible();
});
