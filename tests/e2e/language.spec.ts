// The app in German: chosen from the browser's language, switched on any screen without losing the
// place, the whole flow at 360 and 1280 px with axe, offline, and a German agreement opened by a
// partner whose app speaks English. Screenshots of every German screen go to test-results/german/.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp, QUESTION_COUNT } from './helpers';

const SHOTS = 'test-results/german';

/** No sideways scrolling: long German compounds wrap instead. */
async function expectNoSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide).toBeLessThanOrEqual(0);
}

/** Every word of eight letters or more fits the line it is on, so none is broken mid-word: each
 *  word's width in its own font against the width of the box its text flows in. A break after a
 *  hyphen or slash is a place a word may break. */
async function expectLongWordsFit(page: Page) {
  const broken = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return ['no canvas to measure with'];
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.getClientRects().length === 0 || el.closest('input, textarea, select, code, script, style, .skip-link')) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      let box: HTMLElement | null = el;
      while (box && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      if (!box) continue;
      const boxStyle = getComputedStyle(box);
      const room = box.clientWidth - parseFloat(boxStyle.paddingLeft) - parseFloat(boxStyle.paddingRight);
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      for (const word of (node.textContent ?? '').split(/\s+/).flatMap((w) => w.split(/(?<=[-/\u2010–])/))) {
        if ([...word].length < 8) continue;
        const width = ctx.measureText(word).width;
        if (width > room + 1) found.push(`“${word}” is ${Math.round(width)} px in ${Math.round(room)} px`);
      }
    }
    return found;
  });
  expect(broken).toEqual([]);
}

async function shot(page: Page, name: string, width: number) {
  await expectNoSidewaysScroll(page);
  await expectLongWordsFit(page);
  await page.screenshot({ path: `${SHOTS}/${width}-${name}.png`, fullPage: true });
}

for (const width of [360, 1280]) {
  test.describe(`in German at ${width} px`, () => {
    test.use({ locale: 'de-DE', viewport: { width, height: 800 } });

    test(`the whole flow speaks German, with lang set and no axe violations (${width} px)`, async ({ page }) => {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring oder Coaching: Was hilft dir mehr?');
      await expect(page.getByLabel('Sprache')).toHaveValue('de');
      await expect(page).toHaveTitle('Willkommen · Mentoring oder Coaching?');
      await expectNoAxeViolations(page);
      await shot(page, '1-willkommen', width);

      await page.getByRole('button', { name: 'Fragen starten' }).click();
      // Answers that vary: the second option, then the first, then "Weiß nicht" now and then.
      for (let n = 1; n <= QUESTION_COUNT; n++) {
        await expect(page.getByText(`Frage ${n} von ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toBeFocused();
        const group = page.getByRole('group', { name: await heading.innerText() });
        if (n % 5 === 0) await group.getByRole('radio', { name: 'Weiß nicht' }).check();
        else await group.getByRole('radio').nth(n % 2).check();
        if (n === 1) {
          await expectNoAxeViolations(page);
          await shot(page, '2-frage', width);
        }
        await page.getByRole('button', { name: n === QUESTION_COUNT ? 'Antworten prüfen' : 'Weiter' }).click();
      }

      await expect(page.getByRole('heading', { level: 1, name: 'Antworten prüfen' })).toBeFocused();
      await expectNoAxeViolations(page);
      await shot(page, '3-antworten', width);
      await page.getByRole('button', { name: 'Mein Ergebnis ansehen' }).click();

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dein Ergebnis: |^Noch zu wenig|^Deine Antworten zeigen/);
      await expect(page.getByRole('heading', { name: 'Mentoring und Coaching im Vergleich' })).toBeVisible();
      await expectNoAxeViolations(page);
      await shot(page, '4-ergebnis', width);

      // The agreement is written in German: its labels, status and print view.
      await page.getByRole('button', { name: /Vereinbarung entwerfen$/ }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/-Vereinbarung$/);
      await expect(page.getByText('Status: Entwurf', { exact: true }).first()).toBeVisible();
      await page.getByLabel('Ziel 1', { exact: true }).fill('Bis März zwei Kundentermine allein leiten');
      await expect(page.getByRole('status').filter({ hasText: 'Alle Änderungen auf diesem Gerät gespeichert' })).toBeVisible();
      await expectNoAxeViolations(page);
      await shot(page, '5-vereinbarung', width);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: 'Unterschriften' }).last()).toBeVisible();
      await shot(page, '6-druckansicht', width);
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Vereinbarungen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Deine Vereinbarungen' })).toBeVisible();
      await expect(page.getByText(/zuletzt bearbeitet am \d+\. \p{L}+ \d{4}/u)).toBeVisible();
      await expectNoAxeViolations(page);
      await shot(page, '7-liste', width);
    });
  });
}

test.describe('switching', () => {
  test.use({ locale: 'en-GB' });

  test('the switch on any screen keeps the place and the answers, and the choice is remembered', async ({ page }) => {
    await openApp(page, '#/question/1');
    await page.getByRole('radio', { name: 'Working out what I need is part of the help I want' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'A mix of advice and questions' }).check();

    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was hilft dir am meisten, wenn du nicht weiterkommst?');
    await expect(page.getByRole('radio', { name: 'Eine Mischung aus Rat und Fragen' })).toBeChecked();
    await expect(page.getByLabel('Sprache')).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveURL(/#\/question\/2$/);

    // Remembered: a reload opens in German although the browser prefers English.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was hilft dir am meisten, wenn du nicht weiterkommst?');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await expect(page.getByRole('radio', { name: 'Erst einmal herausfinden, was ich eigentlich brauche' })).toBeChecked();

    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('radio', { name: 'Working out what I need is part of the help I want' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  });

  test('a language file that does not arrive says so and keeps the app in English', async ({ browser }) => {
    // The service worker would serve its cached copy past the failed download below.
    const page = await (await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' })).newPage();
    await page.route('**/lang/de.json', (route) => route.abort());
    await openApp(page);
    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('alert')).toHaveText(/The texts in German could not be downloaded, so the app stays in English/);
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring or coaching: which would help you more?');
  });
});

test.describe('offline', () => {
  test.use({ locale: 'de-DE' });

  test('once loaded, the German app works offline', async ({ page, context }) => {
    await openApp(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 10_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring oder Coaching: Was hilft dir mehr?');
    await page.getByRole('button', { name: 'Fragen starten' }).click();
    await expect(page.getByText(`Frage 1 von ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
    await context.setOffline(false);
  });
});

test('a German agreement opened by a partner whose app speaks English stays German, with a note', async ({ browser }) => {
  const german = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  await openApp(german, '#/agreements');
  await german.getByRole('button', { name: 'Neue Mentoring-Vereinbarung' }).click();
  await german.getByLabel('Name des Mentees').fill('Sam Lee');
  await german.getByLabel('Wie oft').selectOption('every-2-weeks');
  await expect(german.getByRole('status').filter({ hasText: 'Alle Änderungen auf diesem Gerät gespeichert' })).toBeVisible();
  const download = german.waitForEvent('download');
  await german.getByRole('button', { name: 'Vereinbarungsdatei herunterladen' }).click();
  const path = await (await download).path();

  const english = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await openApp(english, '#/agreements');
  const chooser = english.waitForEvent('filechooser');
  await english.getByText('Import a file…').click();
  await (await chooser).setFiles(path);
  await expect(english.getByRole('heading', { level: 1 })).toHaveText('Mentoring-Vereinbarung');
  await expect(english.getByText('This agreement was written in German, so it is shown, printed and exported in German.')).toBeVisible();
  // Its parts in German, the app around it in English.
  await expect(english.getByLabel('Name des Mentees')).toHaveValue('Sam Lee');
  await expect(english.getByLabel('Wie oft')).toHaveValue('every-2-weeks');
  await expect(english.getByRole('option', { name: 'Alle zwei Wochen' })).toBeAttached();
  await expect(english.getByRole('button', { name: 'Download as Markdown' })).toBeVisible();
  await expect(english.locator('fieldset.section').first()).toHaveAttribute('lang', 'de');
  await expectNoAxeViolations(english);

  const md = english.waitForEvent('download');
  await english.getByRole('button', { name: 'Download as Markdown' }).click();
  const text = await (await md).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(text).toContain('## Wer dabei ist');
  expect(text).toContain('- **Wie oft:** Alle zwei Wochen');
  expect(text).toContain('## Unterschriften');
  await english.screenshot({ path: `${SHOTS}/partner-english.png`, fullPage: true });
});
