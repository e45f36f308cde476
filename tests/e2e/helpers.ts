// Shared helpers for the end-to-end tests: accessibility scans and keyboard-only movement.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page as it is now and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Waits for the app to be ready: it has replaced the page's static welcome and shows a heading. */
export async function openApp(page: Page, path = '') {
  await page.goto(path);
  await page.waitForFunction(() => document.getElementById('boot') === null);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const QUESTION_COUNT = 13;

/** Each part's text and box (rounded to the pixel), to compare a screen's layout before and after
 *  the app takes over the page's static copy; fails on a part that is not on screen. */
export async function layoutOf(parts: Record<string, Locator>) {
  const out: Record<string, { text: string; box: number[] }> = {};
  for (const [name, locator] of Object.entries(parts)) {
    const box = await locator.boundingBox();
    expect(box, `${name} is on screen`).not.toBeNull();
    out[name] = {
      text: (await locator.innerText()).trim(),
      box: box ? [box.x, box.y, box.width, box.height].map((n) => Math.round(n)) : [],
    };
  }
  return out;
}

/** Counts (and dismisses) any alert or confirm dialog: hostile text must never open one. */
export function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  return () => dialogs;
}

export const STORAGE_KEY = 'mentoring-or-coaching/document';

/** Opens the app with these answers already stored, as an earlier visit would have left them. */
export async function openWithAnswers(page: Page, answers: Record<string, string>, resume: string, path = '') {
  const doc = { schema: 2, assessment: { bank_version: 1, answers }, drafts: [], resume, revision: 1 };
  await page.addInitScript(([key, raw]) => {
    // Only the first load: a reload keeps whatever the app has saved since.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, [STORAGE_KEY, JSON.stringify(doc)]);
  await openApp(page, path);
}

/** Fills every required, still-empty control of the open draft, as a person filling the form would. */
export async function fillRequired(page: Page) {
  const form = page.locator('.editor-form');
  for (const box of await form.getByRole('textbox').all()) {
    if ((await box.getAttribute('required')) !== null && (await box.inputValue()) === '') {
      await box.fill('Agreed wording');
    }
  }
  // A year apart, so the dates pass the checks for slips (an end before the start).
  for (const date of await form.locator('input[type=date][required]').all()) {
    const end = await date.evaluate((el: HTMLInputElement) => el.labels?.[0]?.textContent?.startsWith('End date') ?? false);
    if ((await date.inputValue()) === '') await date.fill(end ? '2027-12-01' : '2026-12-01');
  }
  for (const number of await form.getByRole('spinbutton').all()) {
    if ((await number.getAttribute('required')) !== null && (await number.inputValue()) === '') {
      await number.fill('6');
    }
  }
  for (const select of await form.getByRole('combobox').all()) {
    if ((await select.getAttribute('required')) !== null && (await select.inputValue()) === '') {
      await select.selectOption({ index: 1 });
    }
  }
  // Only the boxes to agree to: "no fixed end" is a choice, not a box everyone ticks.
  for (const tick of await form.locator('.section').getByRole('checkbox').all()) {
    if ((await tick.getAttribute('required')) !== null) await tick.check();
  }
}

/** Answers question 3 with "A year or longer" and question 4 with `focus`, then drafts a mentoring
 * agreement from the result. */
export async function draftMentoringFromResult(page: Page, focus: string) {
  await openApp(page, '#/question/3');
  await page.getByRole('radio', { name: 'A year or longer' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: focus }).check();
  await page.goto('#/result');
  await page.getByRole('button', { name: 'Draft a mentoring agreement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
}

/** Signs as `role` (Mentee, Mentor, Coachee, Coach) with `name`, the way a person would. */
export async function sign(page: Page, role: string, name: string) {
  const group = page.getByRole('group', { name: role, exact: true });
  await group.getByLabel(`Your name, as the ${role.toLowerCase()}`).fill(name);
  await group.getByLabel('I have read this agreement and I agree to it.').check();
  await group.getByRole('button', { name: `Sign as ${role.toLowerCase()}` }).click();
}
