// Start before the app has loaded: the page's own script (index.html) shows the static copy of the
// first question at once, and the app, when it arrives, takes over what the person did on it (the
// answer chosen, the focus, a button pressed) without anything moving.
import { expect, test, type Page, type Route } from '@playwright/test';
import { expectNoAxeViolations, layoutOf, openApp, STORAGE_KEY } from './helpers';

// The service worker would fetch the wasm ahead of the page's own request, past the hold below.
test.use({ serviceWorkers: 'block' });

const APP_WASM = /\/mentoring-or-coaching-[0-9a-f]+_bg\.wasm$/;
const PROMPT = 'Which sounds most like what you want help with?';

/** Holds the app's wasm back until the returned function lets it through. */
async function holdApp(page: Page) {
  let held: Route | undefined;
  await page.route(APP_WASM, (route) => {
    held = route;
  });
  return async () => {
    await expect.poll(() => held !== undefined).toBe(true);
    await held?.continue();
  };
}

const tookOver = (page: Page) => page.waitForFunction(() => document.getElementById('boot') === null);

/** What the stored document holds as the answers, once the app has saved. */
async function storedAnswers(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}')?.assessment?.answers ?? null, STORAGE_KEY);
}

/** Where each part of the first question is and what it says, found as a person would find it. */
async function questionLayout(page: Page) {
  const main = page.getByRole('main');
  const parts = {
    header: page.getByRole('banner'),
    nav: page.getByRole('navigation', { name: 'Main' }),
    progress: main.getByText('Question 1 of 13', { exact: true }),
    bar: main.getByRole('progressbar'),
    heading: main.getByRole('heading', { level: 1 }),
    why: main.getByText(/^Why we ask:/),
    first: main.getByLabel(/^Growing more broadly/),
    notSure: main.getByLabel('Not sure'),
    back: main.getByRole('button', { name: 'Back' }),
    next: main.getByRole('button', { name: 'Next' }),
    skip: main.getByRole('button', { name: 'Skip this question' }),
    hint: main.getByText(/^Your answer is saved as soon as you pick it/),
    footer: page.getByRole('contentinfo'),
  };
  return layoutOf(parts);
}

test('Start works before the app has arrived; the answer chosen and the focus stay when it takes over, and the answer is saved', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('');
  await page.getByRole('button', { name: 'Start the questions' }).click();

  // The first question, as the app would show it: address, title, heading focused, Start no longer current.
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeFocused();
  await expect(page).toHaveURL(/#\/question\/1$/);
  await expect(page).toHaveTitle('Question 1 of 13 · Mentoring or Coaching?');
  await expect(page.getByRole('link', { name: 'Start', exact: true })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Mentors share their experience')).toBeHidden();
  await expectNoAxeViolations(page);

  // Chosen with the keyboard, as a person would: Tab to the options, arrow to the second.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  const specific = page.getByLabel(/^One specific thing/);
  await expect(specific).toBeChecked();
  await expect(specific).toBeFocused();

  await release();
  await tookOver(page);
  // The app's own radio: checked, focused, and the answer in the app's document.
  await expect(specific).toBeChecked();
  await expect(specific).toBeFocused();
  await expect.poll(() => storedAnswers(page)).toEqual({ 'need-scope': 'specific' });

  // The app goes on from there.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Working out what I need is part of the help I want')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('main').getByText('Question 2 of 13', { exact: true })).toBeVisible();
  await expect.poll(async () => (await storedAnswers(page))?.['need-scope']).toBe('unknown');
});

test('Next pressed before the app has arrived waits, and goes on once the app is there', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByLabel(/^Growing more broadly/).check();
  await page.getByRole('button', { name: 'Next' }).click();
  // Still on the first question, visibly waiting.
  await expect(page.getByRole('main').getByText('Question 1 of 13', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').locator('form')).toHaveAttribute('aria-busy', 'true');

  await release();
  await expect(page.getByRole('main').getByText('Question 2 of 13', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/question\/2$/);
  await expect.poll(() => storedAnswers(page)).toEqual({ 'need-scope': 'broad' });
});

test('Next without an answer before the app has arrived gets the app\'s own reminder', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await release();
  await expect(page.getByRole('alert')).toHaveText(/Please choose an answer/);
  await expect(page.getByLabel(/^Growing more broadly/)).toBeFocused();
  await expect(page.getByRole('main').getByText('Question 1 of 13', { exact: true })).toBeVisible();
});

test('Back in the browser before the app has arrived shows the welcome again, and the app starts there', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeVisible();
  await page.goBack();
  const start = page.getByRole('button', { name: 'Start the questions' });
  await expect(start).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toHaveAttribute('aria-current', 'page');
  await start.focus();

  await release();
  await tookOver(page);
  // The app's Start has the keyboard, as the static one had.
  await expect(start).toBeFocused();
  await start.click();
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeFocused();
});

for (const width of [360, 1280]) {
  test(`the static first question is laid out as the app draws it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdApp(page);
    await page.goto('');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    const staticCopy = await questionLayout(page);
    await release();
    await tookOver(page);
    expect(await questionLayout(page)).toEqual(staticCopy);
  });
}

test('for someone coming back, Start waits for the app, which knows where they got to', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, JSON.stringify({ schema: 3, assessment: { bank_version: 1, answers: { 'need-scope': 'broad' } }, drafts: [], resume: '#/question/2', revision: 1 }));
      sessionStorage.setItem('seeded', '1');
    }
  }, STORAGE_KEY);
  const release = await holdApp(page);
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  await release();
  await expect(page.getByRole('button', { name: /Continue from question/ })).toBeVisible();
});

test('without JavaScript the welcome text is there and nothing pretends to work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: PROMPT })).toBeHidden();
  await context.close();
});

test('a person who starts after the app has arrived gets the app\'s own question', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeFocused();
  await page.getByLabel('Not sure').check();
  await expect.poll(() => storedAnswers(page)).toEqual({ 'need-scope': 'not-sure' });
});

test.describe('for someone the app greets in German', () => {
  test.use({ locale: 'de-DE' });

  test('the English copy shows only "Wird geladen …" and offers no Start of its own: the app, in German, does', async ({ page }) => {
    const release = await holdApp(page);
    // Whether the English welcome was already hidden when the copy's first element arrived, as it is
    // on a slow connection where the page paints before its last script has come.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.getElementById('boot')) return;
        (window as unknown as { hiddenAtOnce: boolean }).hiddenAtOnce = document.documentElement.classList.contains('elsewhere');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('');
    expect(await page.evaluate(() => (window as unknown as { hiddenAtOnce?: boolean }).hiddenAtOnce)).toBe(true);
    // The copy is English, and its Start would lead into an English question: it stays a placeholder,
    // and the English welcome stays out of sight.
    await expect(page.getByText('Wird geladen …')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Mentoring oder Coaching?');
    await expect(page.getByRole('link', { name: 'Mentoring oder Coaching?' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeHidden();
    await expect(page.getByText('Loading…')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Agreements' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start the questions' })).toHaveCount(0);
    await release();
    await tookOver(page);
    await page.getByRole('button', { name: 'Fragen starten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was beschreibt am besten, wobei du Unterstützung möchtest?');
  });
});
