// The first paint: index.html carries a static copy of the welcome screen, so its text shows before the
// app has downloaded; the app then draws the same screen in its place without anything moving.
import { expect, test, type Page, type Route } from '@playwright/test';
import { expectNoAxeViolations, layoutOf } from './helpers';

// The service worker would fetch every file ahead; these tests watch the page's own requests.
test.use({ serviceWorkers: 'block' });

const APP_WASM = /\/mentoring-or-coaching-[0-9a-f]+_bg\.wasm$/;

/** Where each part of the welcome screen is and what it says, found as a person would find it. */
async function welcomeLayout(page: Page) {
  const main = page.getByRole('main');
  const parts = {
    header: page.getByRole('banner'),
    nav: page.getByRole('navigation', { name: 'Main' }),
    heading: main.getByRole('heading', { level: 1 }),
    lead: main.getByRole('paragraph').filter({ hasText: 'Mentors share their experience' }),
    steps: main.getByRole('heading', { name: 'What happens' }),
    list: main.getByRole('list'),
    privacy: main.getByRole('paragraph').filter({ hasText: 'never leave this device' }),
    next: main.getByRole('paragraph').filter({ hasText: 'Next: the first question' }),
    footer: page.getByRole('contentinfo'),
  };
  return layoutOf(parts);
}

for (const width of [360, 1280]) {
  test(`before the app has loaded, the welcome text is already there, laid out as the app draws it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // While the wasm is held back, the static copy is all there is.
    await page.route(APP_WASM, () => {});
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeVisible();
    const staticCopy = await welcomeLayout(page);
    // Start already works (the page's own script; tests/e2e/early-start.spec.ts), and it is the only button.
    await expect(page.getByRole('button')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
    await page.emulateMedia({ colorScheme: null });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    // The app's copy: the static one has a Start button too now, so wait for the swap itself.
    await page.waitForFunction(() => document.getElementById('boot') === null);
    await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
    expect(await welcomeLayout(page)).toEqual(staticCopy);
  });
}

/** Records layout shifts and largest-paint times from the very start of every page load. */
async function watchPaints(page: Page) {
  await page.addInitScript(() => {
    const seen = { shift: 0, largest: [] as number[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.largest.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** What the page recorded, once the app has taken over and one more frame has been drawn. */
async function paints(page: Page) {
  await page.waitForFunction(() => document.getElementById('boot') === null);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return page.evaluate(() => {
    const seen = (window as unknown as { seen: { shift: number; largest: number[] } }).seen;
    const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
    const wasm = performance.getEntriesByType('resource').find((e) => /mentoring-or-coaching-[0-9a-f]+_bg\.wasm$/.test(e.name));
    return { firstPaint, wasmStart: wasm?.startTime ?? -1, largest: seen.largest, shift: seen.shift };
  });
}

test('the app downloads at once but starts only once the welcome text is on screen, and nothing moves when it takes over', async ({ page }) => {
  // The wasm does not wait for the glue script (held back here) nor for the first paint: it is
  // fetched and compiled while the page draws. The app starts only once the text is painted.
  let glue: Route | undefined;
  await page.route(/\/mentoring-or-coaching-[0-9a-f]+\.js$/, (route) => {
    glue = route;
  });
  const wasmRequested = page.waitForRequest(APP_WASM);
  await page.goto('');
  await wasmRequested;
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring or coaching: which would help you more?' })).toBeVisible();
  await expect.poll(() => glue !== undefined).toBe(true);
  await glue?.continue();
  await page.waitForFunction(() => document.getElementById('boot') === null);
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();

  await watchPaints(page);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  const timing = await paints(page);
  expect(timing.firstPaint).toBeGreaterThan(0);
  // The largest paint is the first one: the static text, not the app's later copy of it.
  expect(timing.largest).toEqual([timing.firstPaint]);
  expect(timing.shift).toBe(0);
});

test('the questions\' code arrives while the welcome is read, so Start shows the first question without a download', async ({ page }) => {
  const questions = /\/split_questions-[0-9a-f]+\.wasm$/;
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  await page.goto('');
  const start = page.getByRole('button', { name: 'Start the questions' });
  await expect(start).toBeVisible();
  // Fetched without a click.
  await expect.poll(() => wasm.some((url) => questions.test(url))).toBe(true);
  await page.waitForLoadState('networkidle');
  const before = wasm.length;
  await start.click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(wasm.slice(before)).toEqual([]);
});

for (const width of [360, 768, 1280]) {
  test(`for someone coming back, the app takes over without moving anything (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await watchPaints(page);
    await page.goto('#/question/1');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('main').getByText('Question 2 of 13')).toBeVisible();

    // Back to the start with answers stored: the welcome offers to continue.
    await page.goto('');
    await page.reload();
    await expect(page.getByRole('button', { name: /Continue from question/ })).toBeVisible();
    expect((await paints(page)).shift).toBe(0);

    // Straight to a question: "Loading…", then the question.
    await page.goto('#/question/2');
    await page.reload();
    await expect(page.getByRole('main').getByText('Question 2 of 13')).toBeVisible();
    expect((await paints(page)).shift).toBe(0);
  });
}

test('a link straight to a question shows "Loading…" rather than the welcome text, then the question', async ({ page }) => {
  let held: Route | undefined;
  await page.route(APP_WASM, (route) => {
    held = route;
  });
  await page.goto('#/question/3');
  await expect(page.getByRole('main').getByText('Loading…')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect.poll(() => held !== undefined).toBe(true);

  await held?.continue();
  await expect(page.getByRole('main').getByText('Question 3 of 13')).toBeVisible();
  await expect(page.getByRole('main').getByText('Loading…')).toBeHidden();
});

test('if the app cannot download, the page says so instead of waiting for ever', async ({ page }) => {
  await page.route(APP_WASM, (route) => route.abort());
  await page.goto('#/question/3');
  await expect(page.getByRole('alert')).toHaveText(/couldn't finish loading. Check your connection, then reload the page/);
  await expect(page.getByText('Loading…')).toBeHidden();

  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole('main').getByText('Question 3 of 13')).toBeVisible();
  await expect(page.getByText(/couldn't finish loading/)).toHaveCount(0);
});
