// An organisation's own settings (organisation.json next to index.html) in the release build: a realistic
// file, a broken one, a web page in its place, an unsafe link, a logo from another site, an edited file
// reaching a returning visitor through the service worker (and offline), and the check page.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { countDialogs, expectNoAxeViolations, openApp, openWithAnswers } from './helpers';

const SHIPPED = readFileSync('public/organisation.example.json', 'utf8');
// As a host would use it: their own logo in a folder of their own, which the service worker fetches network-first.
const EXAMPLE = SHIPPED.replace('"organisation.example-logo.svg"', '"organisation/logo.svg"');
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32" viewBox="0 0 64 32"><rect width="64" height="32" rx="6" fill="#0b5cad"/><text x="32" y="22" font-size="16" text-anchor="middle" fill="#fff" font-family="sans-serif">NW</text></svg>';

// Answers that settle on coaching.
const COACHING = {
  'need-scope': 'specific', horizon: 'weeks', focus: 'skill', measurable: 'yes', answers: 'questions',
  structure: 'programme', relationship: 'focused', sponsor: 'closely', situation: 'promoted', assessment: 'had',
  conversation: 'reflect',
};

/** A copy of the release build under its own folder, with this organisation.json (or none) and the logo. */
function site(name: string, file: string | null): string {
  const dir = `target/e2e-site/org-${name}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync('target/e2e-dist', dir, { recursive: true });
  mkdirSync(`${dir}/organisation`, { recursive: true });
  writeFileSync(`${dir}/organisation/logo.svg`, LOGO);
  if (file !== null) writeFileSync(`${dir}/organisation.json`, file);
  return `org-${name}/`;
}

/** Requests that leave the test server's origin. */
function foreignRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) seen.push(r.url());
  });
  return seen;
}

const header = (page: Page) => page.getByRole('banner');

for (const width of [375, 1280]) {
  test(`a realistic file names the organisation, its programme and who to ask (${width} px)`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    const path = site(`real-${width}`, EXAMPLE);
    await openWithAnswers(page, COACHING, '#/result', `${path}#/result`);
    await expect(header(page).getByText('Northwind Health')).toBeVisible();
    const logo = header(page).getByRole('img');
    // A decorative copy of the name: present, drawn (the CSP allows this site's images), and silent.
    await expect(page.locator('.org img')).toHaveAttribute('alt', '');
    // Waited for: the image may still be on its way when the attribute is there.
    await expect.poll(() => page.locator('.org img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(logo).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Coaching for Growth' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Book a first conversation with a coach' })).toHaveAttribute('href', 'https://intranet.northwind.example/coaching/book');
    await expect(page.getByRole('link', { name: 'learning@northwind.example' })).toHaveAttribute('href', 'mailto:learning@northwind.example');
    await expect(page.getByText("Some of your organisation's settings could not be used")).toHaveCount(0);
    await page.screenshot({ path: info.outputPath(`organisation-result-${width}.png`), fullPage: true });
    await page.locator('.org-programmes').screenshot({ path: info.outputPath(`organisation-programmes-${width}.png`) });
    await page.goto(`${path}#/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeVisible();
    await page.screenshot({ path: info.outputPath(`organisation-welcome-${width}.png`) });
    await expectNoAxeViolations(page);
  });

  test(`without a file the app looks as it always has (${width} px)`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    const path = site(`none-${width}`, null);
    await openWithAnswers(page, COACHING, '#/result', `${path}#/result`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Coaching');
    await expect(page.locator('.org *')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /^At / })).toHaveCount(0);
    await page.screenshot({ path: info.outputPath(`no-organisation-result-${width}.png`), fullPage: true });
  });

  test(`the name and logo arriving move nothing in the header (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const boxes = async () => {
      // The app's header (the static copy's has a Start button too, and no organisation).
      await page.waitForFunction(() => document.getElementById('boot') === null);
      await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
      const brand = await page.getByRole('link', { name: 'Mentoring or Coaching?' }).boundingBox();
      const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      return [brand, nav, heading];
    };
    await page.goto(site(`shift-plain-${width}`, null));
    const plain = await boxes();
    // The same file with a long name, which must be cut short rather than push anything.
    await page.goto(site(`shift-${width}`, EXAMPLE.replace('"name": "Northwind Health"', '"name": "Northwind Health and Social Care Partnership NHS Foundation Trust"')));
    await expect(page.locator('.org-name')).toBeVisible();
    expect(await boxes()).toEqual(plain);
  });
}

test('a broken file means the built-in settings, one calm line, and the check page says where', async ({ page }) => {
  const path = site('broken', EXAMPLE.replace('"version": 1,', '"version": 1'));
  await openWithAnswers(page, COACHING, '#/result', `${path}#/result`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Coaching');
  await expect(page.getByText("Some of your organisation's settings could not be used.")).toHaveCount(1);
  await expect(page.locator('.org *')).toHaveCount(0);
  await page.goto(`${path}#/organisation`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation settings check');
  await expect(page.getByRole('listitem').filter({ hasText: 'line 4, column 3' })).toBeVisible();
});

test('a web page served in place of the file is ignored silently', async ({ page, baseURL }) => {
  // As a static host's "not found" page, with a 200 status and as HTML.
  const path = site('html', null);
  await page.route('**/organisation.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>404</h1>' }),
  );
  await openWithAnswers(page, COACHING, '#/result', `${path}#/result`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Coaching');
  await expect(page.getByText("Some of your organisation's settings could not be used")).toHaveCount(0);
  await page.unrouteAll();
  // The same page saved under the file's name (served as JSON) is ignored too.
  const saved = site('html-file', '<!DOCTYPE html>\n<html><body>Page not found</body></html>');
  await page.goto(`${baseURL}${saved}#/organisation`);
  await expect(page.getByText('No organisation.json was found')).toBeVisible();
  await page.goto(`${baseURL}${saved}#/result`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Coaching');
  await expect(page.getByText("Some of your organisation's settings could not be used")).toHaveCount(0);
});

test('a javascript: link is never offered, and the check page names it', async ({ page }) => {
  const dialogs = countDialogs(page);
  const path = site('js', EXAMPLE.replace('https://intranet.northwind.example/coaching/book', 'javascript:alert(document.domain)'));
  await openWithAnswers(page, COACHING, '#/result', `${path}#/result`);
  await expect(page.getByRole('heading', { name: 'Coaching for Growth' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Book a first conversation with a coach' })).toHaveCount(0);
  expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
  await expect(page.getByText("Some of your organisation's settings could not be used. If something looks wrong, tell the Learning and Development team.")).toBeVisible();
  await page.goto(`${path}#/organisation`);
  await expect(page.getByRole('listitem').filter({ hasText: '$.programmes.coaching.link.url' })).toContainText('not javascript:');
  expect(dialogs()).toBe(0);
});

test('a logo on another site is not loaded, and the check page says why', async ({ page, baseURL }) => {
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const path = site('foreign', EXAMPLE.replace('"organisation/logo.svg"', '"https://cdn.example/logo.svg"'));
  await openApp(page, path);
  await expect(header(page).getByText('Northwind Health')).toBeVisible();
  await expect(page.locator('.org img')).toHaveCount(0);
  await page.goto(`${path}#/organisation`);
  await expect(page.getByRole('listitem').filter({ hasText: '$.organisation.logo.src' })).toContainText('a file on this site');
  expect(foreign).toEqual([]);
});

test('an edited file reaches a returning visitor through the service worker, and works offline', async ({ page, context }) => {
  const dir = 'target/e2e-site/org-sw';
  const path = site('sw', EXAMPLE);
  await openApp(page, path);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 10_000 });
  await expect(header(page).getByText('Northwind Health')).toBeVisible();
  // The organisation edits its file; the build is unchanged.
  writeFileSync(`${dir}/organisation.json`, EXAMPLE.replace('"name": "Northwind Health"', '"name": "Northwind Care"'));
  // The test server dates files to the second and answers "not modified" to a copy of the same second,
  // as a host would for an edit made within a second of the last: the edit is dated later.
  const later = Date.now() / 1000 + 5;
  utimesSync(`${dir}/organisation.json`, later, later);
  await page.reload();
  await expect(header(page).getByText('Northwind Care')).toBeVisible();
  // Offline, the last good copy (and its logo) are used.
  await context.setOffline(true);
  await page.reload();
  await expect(header(page).getByText('Northwind Care')).toBeVisible();
  await expect(page.locator('.org img')).toBeVisible();
  await expect.poll(() => page.locator('.org img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await context.setOffline(false);
});

test('the check page lists every problem and every setting, and passes axe', async ({ page }, info) => {
  const file = EXAMPLE.replace('"#0b5cad"', '"#ffcc00"').replace('"programmes": {', '"programs": {},\n  "programmes": {');
  const path = site('check', file);
  await openApp(page, `${path}#/organisation`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation settings check');
  const problems = page.locator('.problems').getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: '$.organisation.accent' })).toContainText('4.5:1');
  await expect(problems.filter({ hasText: '$.programs' })).toContainText('Did you mean "programmes"?');
  await expect(page.getByRole('row', { name: /\$\.programmes\.coaching\.sessions 6/ })).toBeVisible();
  // Not linked from the employee's navigation.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /organisation/i })).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 375, height: 900 });
  await page.screenshot({ path: info.outputPath('organisation-check-375.png'), fullPage: true });
});

test('the check page names what is wrong with a language file the organisation adds', async ({ page }, info) => {
  // A translator's copy of English with one text left out and one placeholder renamed.
  const english = readFileSync('public/lang/en.json', 'utf8');
  const french = english
    .replace('  "nav.start": "Start",\n', '')
    .replace('Continue from question {number}', 'Continuer à la question {numéro}');
  expect(french).not.toBe(english);
  const file = EXAMPLE.replace('"languages": ["en", "de"]', '"languages": ["en", "de", "fr"]');
  expect(file).not.toBe(EXAMPLE);
  const path = site('lang-fr', file);
  writeFileSync(`target/e2e-site/${path}lang/fr.json`, french);
  await openApp(page, `${path}#/organisation`);
  await expect(page.getByRole('heading', { level: 2, name: 'Languages' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'French (fr)' })).toBeVisible();
  await expect(page.getByText(/^\d+ problems in lang\/fr\.json:$/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '"nav.start" is missing; the English text is used.' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: '"offer.continue" has the placeholders {numéro}, but English has the placeholders {number}' }),
  ).toBeVisible();
  // The shipped German is complete, and English has no file to check.
  await expect(page.getByRole('heading', { level: 3, name: 'German (de)' })).toBeVisible();
  await expect(page.getByText('lang/de.json is complete')).toBeVisible();
  await expect(page.getByText('English is built into the app, so it has no file to check.')).toBeVisible();
  // organisation.json itself has nothing wrong with it.
  await expect(page.getByRole('heading', { level: 2, name: 'Problems' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 900 });
  await page.screenshot({ path: info.outputPath('organisation-check-languages-375.png'), fullPage: true });
});

// Answers that settle on mentoring.
const MENTORING = {
  'need-scope': 'broad', answers: 'advice', horizon: 'year-plus', focus: 'career', team: 'no', structure: 'self',
  relationship: 'mutual', measurable: 'no', sponsor: 'private', situation: 'growing', assessment: 'no',
  conversation: 'stories', network: 'lots',
};

for (const width of [375, 1280]) {
  test(`a draft for the organisation's programme carries its clauses, and each person ticks theirs (${width} px)`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    const path = site(`terms-${width}`, EXAMPLE);
    await openWithAnswers(page, MENTORING, '#/result', `${path}#/result`);
    await expect(page.getByRole('heading', { name: 'Mentoring Circle' })).toBeVisible();
    await page.getByRole('button', { name: 'Draft a mentoring agreement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mentoring agreement' })).toBeVisible();
    await expect(page.getByText('Mentoring Circle · Status: Draft', { exact: true })).toBeVisible();
    const terms = page.getByRole('region', { name: "Your organisation's terms" });
    await expect(terms.getByRole('heading', { name: 'Confidentiality at Northwind' })).toBeVisible();
    await expect(terms.getByText('Still to do: 2 boxes to tick')).toBeVisible();
    // Each box is heard with the clause it accepts.
    const clause = terms.getByRole('group', { name: 'Confidentiality at Northwind' });
    await clause.getByRole('checkbox', { name: 'The mentor agrees' }).check();
    await expect(terms.getByText('Still to do: 1 box to tick')).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(clause.getByRole('checkbox', { name: 'The mentee agrees' })).toBeChecked();
    await expect(terms.getByText('Complete', { exact: true })).toBeVisible();
    await terms.screenshot({ path: info.outputPath(`organisation-terms-${width}.png`) });
    // Kept across a reload, and in the Markdown a person downloads.
    await page.reload();
    await expect(clause.getByRole('checkbox', { name: 'The mentee agrees' })).toBeChecked();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as Markdown' }).click();
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('Programme: Mentoring Circle');
    expect(text).toContain('### Confidentiality at Northwind');
    expect(text).toContain('- [x] The mentee agrees\n- [x] The mentor agrees');
    await expectNoAxeViolations(page);
  });
}

test('the check page shows the shipped logo, and says plainly when a logo file is missing', async ({ page }) => {
  const shipped = site('logo-shipped', SHIPPED);
  await openApp(page, `${shipped}#/organisation`);
  await expect(page.getByText('The logo at organisation.example-logo.svg loads')).toBeVisible();
  const missing = site('logo-missing', SHIPPED.replace('organisation.example-logo.svg', 'brand/logo.svg'));
  await page.goto(`${missing}#/organisation`);
  await expect(page.getByText('Not used: the logo file could not be loaded from brand/logo.svg')).toBeVisible();
  // The header shows the name alone, not a broken picture.
  await expect(page.locator('.org img')).toBeHidden();
  await expect(header(page).getByText('Northwind Health')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('a failed download', () => {
  // The service worker would serve the screen from its cache, past the failure this test makes.
  test.use({ serviceWorkers: 'block' });

  test('a screen that fails to download says who to ask', async ({ page }) => {
    const path = site('not-loaded', EXAMPLE);
    await openApp(page, path);
    await expect(header(page).getByText('Northwind Health')).toBeVisible();
    await page.route('**/split_result-*.wasm', (route) => route.abort());
    await page.goto(`${path}#/result`);
    await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible();
    await expect(page.getByText('If it keeps happening, ask the Learning and Development team')).toBeVisible();
    await expect(page.getByRole('link', { name: 'learning@northwind.example' })).toBeVisible();
  });
});

test.describe('the organisation\'s name in the header', () => {
  for (const [width, locale] of [[1280, 'de-DE'], [1280, 'en-GB'], [375, 'en-GB'], [375, 'de-DE']] as const) {
    test.describe(`${locale} at ${width} px`, () => {
      test.use({ locale, viewport: { width, height: 800 } });
      test('is shown wide enough to read, or read out without being shown: never a letter or two', async ({ page }) => {
        const path = site(`header-name-${width}-${locale}`, EXAMPLE);
        await openApp(page, `${path}#/agreements`);
        const name = header(page).getByText('Northwind Health');
        await expect(name).toBeAttached();
        const shown = await name.evaluate((el) => el.getBoundingClientRect().width);
        expect(shown <= 1 || shown >= 56, `${shown} px wide`).toBe(true);
      });
    });
  }
});
