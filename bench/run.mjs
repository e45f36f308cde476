// Benchmarks of the release build in headless Chromium (numbers, not pass/fail):
//   1. cold loads: time until the welcome text is painted, until its start button is usable, and until the
//      first question is usable; and the whole first step as a person takes it: Start clicked the moment
//      it is usable, until the first question's radios are painted, for the app and, in the same run, for
//      a minimal hand-written page with the same welcome and first question (bench/baseline), so the
//      ratio holds however busy the machine is;
//   2. input-to-saved latency while typing in an agreement with 50 drafts stored;
//   3. key press to the next painted frame in the largest agreement (coaching, every field filled) with
//      50 drafts stored, at 4x CPU slowdown; the target is p90 <= 16 ms. Beside it, the same key presses
//      in a plain page with a form of the same size (in about:blank, and served over http like the app)
//      and in a page with a single input (the floor); bench/trace-keypaint.mjs splits each press into
//      script, style, layout, paint and waiting, from a Chromium trace;
//   4. a Lighthouse mobile run (if bench/node_modules has lighthouse: `make bench` installs it).
// Usage: node bench/run.mjs [DIST_DIR] [LOADS]; BENCH_ONLY=keypaint runs only the key-press benchmark,
// BENCH_ONLY=loads only the cold loads and Lighthouse. BENCH_PORT picks the server's port (and the
// next one for Lighthouse's); any free one otherwise.
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { storeLargest, plainForm, singleInput } from './keypaint-pages.mjs';

const dist = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 20);
const CHROMIUM = '/usr/bin/chromium';
// BENCH_EXTRA_FLAGS adds Chromium flags, e.g. "--disable-gpu-vsync --disable-frame-rate-limit" to take the
// wait for the display's next frame out of the key-press times and see each page's own cost.
const FLAGS = [...(process.env.BENCH_EXTRA_FLAGS ?? '').split(' ').filter(Boolean), '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

// A plain static server on loopback that compresses like a real host (GitHub Pages, nginx with gzip).
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.webmanifest']);
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  // The baseline page lives beside this script, not in the build.
  const root = path.startsWith('/baseline/') ? 'bench' : dist;
  const name = path.endsWith('/') ? `${path}index.html` : path;
  const file = join(root, name.slice(1));
  try {
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
const port = Number(process.env.BENCH_PORT ?? 0);
await new Promise((r) => server.listen(port, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: +at(0.5).toFixed(1), p90: +at(0.9).toFixed(1), min: +s[0].toFixed(1), max: +s[s.length - 1].toFixed(1) };
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const only = process.env.BENCH_ONLY;
const loadsOnly = only === 'loads';

// 1. Cold loads: a fresh context each time, so nothing is cached.
async function coldLoad(hash, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base + hash);
  await ready(page).waitFor({ state: 'visible' });
  const ms = await page.evaluate(() => performance.now());
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  return [ms, paint];
}
// A cold load clicked through as a person would, timed inside the page so Playwright's own polling
// adds nothing: Start is clicked the moment it is usable (a visible button of that name once the
// page's scripts have run; the app's static copy has only a placeholder), and the clock stops when
// the frame showing the first question's radios has been painted. Times from the navigation's start.
// `delay` waits that long before clicking, like a person's reaction time.
async function startToQuestion(url, delay = 0) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((delay) => {
    const t = {};
    window.__flow = t;
    const shown = (el) => el?.isConnected && el.checkVisibility();
    const findStart = () => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the questions');
    const check = () => {
      if (t.click === undefined && document.readyState !== 'loading') {
        const start = findStart();
        if (shown(start)) {
          t.usable = performance.now();
          t.click = Infinity;
          // After a delay, the Start on screen then: the app may have replaced the page's static copy
          // (and its Start) meanwhile, and a person cannot press a button that is gone.
          const click = () => {
            t.click = performance.now();
            (shown(start) ? start : findStart()).click();
          };
          if (delay) setTimeout(click, delay);
          else click();
        }
      }
      if (t.click !== undefined && t.radios === undefined && shown(document.querySelector('input[type=radio]'))) {
        if (t.click === Infinity) throw new Error('radios before the click');
        t.radios = performance.now();
        observer.disconnect();
        // A message posted from the next animation frame arrives once that frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { t.painted = performance.now(); };
        requestAnimationFrame(() => channel.port2.postMessage(0));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('DOMContentLoaded', check);
  }, delay);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__flow.painted !== undefined);
  const t = await page.evaluate(() => window.__flow);
  await context.close();
  return t;
}

const paint = [];
const start = [];
const question = [];
const flow = Object.fromEntries(['app', 'app_after_300ms', 'baseline'].map((k) => [k, { usable: [], question: [], click: [], painted: [] }]));
const t0 = Date.now();
for (let i = 0; i < (only && !loadsOnly ? 0 : loads); i++) {
  process.stderr.write(`cold load ${i + 1}/${loads}\r`);
  const [usable, painted] = await coldLoad('', (p) => p.getByRole('button', { name: 'Start the questions' }));
  start.push(usable);
  paint.push(painted);
  question.push((await coldLoad('#/question/1', (p) => p.getByRole('radio').first()))[0]);
  // Alternating, so a busy moment on the machine falls on both pages alike.
  for (const [which, url, delay] of [['app', base, 0], ['baseline', `${base}baseline/`, 0], ['app_after_300ms', base, 300]]) {
    const t = await startToQuestion(url, delay);
    flow[which].usable.push(t.usable);
    flow[which].question.push(t.painted);
    flow[which].click.push(t.radios - t.click);
    flow[which].painted.push(t.painted - t.click);
  }
}

process.stderr.write(`\ncold loads took ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);

// 3. Key press to next painted frame: 50 drafts stored, the first a coaching agreement with every field
// filled, typed into at 4x CPU slowdown. The time runs from the keydown event to a message posted from
// the next animation frame, which arrives once that frame has been painted (a message rather than a
// timer: it waits for nothing but the paint). Also timed: key press to the end of the page's own
// handling of the input event (a listener on window, added last, runs after the app's).
// The key presses and their timing, on a page already open with `goal` focused at its end.
async function typeAndTime(context, page, goal) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__keyPaint = [];
    window.__handled = [];
    const channel = new MessageChannel();
    let t0 = 0;
    channel.port1.onmessage = () => window.__keyPaint.push(performance.now() - t0);
    document.addEventListener('keydown', (e) => {
      t0 = e.timeStamp;
      requestAnimationFrame(() => channel.port2.postMessage(0));
    }, true);
    window.addEventListener('input', () => window.__handled.push(performance.now() - t0));
  });
  const text = ' and lead the quarterly review on my own by March';
  for (const ch of text) {
    const before = await page.evaluate(() => window.__keyPaint.length);
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => window.__keyPaint.length > n, before);
    // A pause like a person's between keys, so each press is measured on its own.
    await page.waitForTimeout(80);
  }
  const samples = await page.evaluate(() => ({ paint: window.__keyPaint, handled: window.__handled }));
  const typed = await goal.inputValue();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  if (!typed.endsWith(text)) throw new Error(`the key presses did not all arrive: ${typed.slice(-60)}`);
  return samples;
}

async function keyToPaint() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  return typeAndTime(context, page, await storeLargest(page, base));
}
const keyPaint = loadsOnly ? { paint: [], handled: [] } : await keyToPaint();

// The same key presses in a plain hand-written page with a form of the same size and no script:
// the browser's own cost of a key press at 4x slowdown on this machine, measured in the same run.
async function keyToPaintPlain() {
  const context = await browser.newContext();
  const page = await context.newPage();
  return typeAndTime(context, page, await plainForm(page));
}
const keyPaintPlain = loadsOnly ? { paint: [], handled: [] } : await keyToPaintPlain();

// The same plain page served from this server, like the app: on an http page Chromium's autofill reads
// the form typed into on every keystroke, which it skips on about:blank (where the page above is).
async function keyToPaintPlainHttp() {
  const context = await browser.newContext();
  const page = await context.newPage();
  return typeAndTime(context, page, await plainForm(page, base));
}
const keyPaintPlainHttp = loadsOnly ? { paint: [], handled: [] } : await keyToPaintPlainHttp();

// And a page with one input and nothing else, served the same way: the floor set by how the browser
// handles a key press and schedules the next frame, which no page goes below.
async function keyToPaintFloor() {
  const context = await browser.newContext();
  const page = await context.newPage();
  return typeAndTime(context, page, await singleInput(page, base));
}
const keyPaintFloor = loadsOnly ? { paint: [], handled: [] } : await keyToPaintFloor();

// 2. Typing with 50 drafts stored: time from each input event to the save that holds it.
async function typing() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Start the questions' }).waitFor();
  await page.evaluate(() => {
    const drafts = [];
    for (let i = 0; i < 50; i++) {
      const fields = {};
      for (const f of ['goal-1', 'goal-1-measure', 'mentee-will', 'mentor-will', 'channels', 'private', 'conflicts', 'feedback']) {
        fields[f] = `Draft ${i}: ${'words '.repeat(40)}`;
      }
      drafts.push({ id: `b${i}`, kind: 'mentoring', title: `Agreement ${i}`, fields, prefilled: [], created: 0, updated: i, signatures: {} });
    }
    localStorage.setItem('mentoring-or-coaching/document', JSON.stringify({ schema: 2, assessment: { bank_version: 1, answers: {} }, drafts, resume: '', revision: 1 }));
  });
  await page.goto(base + '#/agreement/b0');
  await page.reload();
  const goal = page.getByLabel('Goal 1', { exact: true });
  await goal.waitFor();
  await page.evaluate(() => {
    window.__inputs = [];
    window.__saves = [];
    document.addEventListener('input', (e) => window.__inputs.push([performance.now(), e.target.value]), true);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      original.call(this, k, v);
      window.__saves.push([performance.now(), v]);
    };
  });
  await goal.fill('');
  await goal.pressSequentially('Lead the quarterly review on my own', { delay: 60 });
  await page.waitForTimeout(400); // lets the last throttled save land
  const latency = await page.evaluate(() =>
    window.__inputs
      .map(([t, value]) => {
        const saved = window.__saves.find(([ts, v]) => ts >= t && v.includes(JSON.stringify(value).slice(1, -1)));
        return saved ? saved[0] - t : null;
      })
      .filter((x) => x !== null),
  );
  const storedBytes = await page.evaluate(() => localStorage.getItem('mentoring-or-coaching/document').length);
  await context.close();
  return { latency, storedBytes };
}
const { latency, storedBytes } = loadsOnly ? { latency: [], storedBytes: 0 } : await typing();
await browser.close();
server.close();

// 4. Lighthouse, mobile simulation.
let lighthouse = null;
const lhBin = 'bench/node_modules/.bin/lighthouse';
if (existsSync(lhBin) && (!only || loadsOnly)) {
  const lhServer = createServer(server.listeners('request')[0]);
  await new Promise((r) => lhServer.listen(port ? port + 1 : 0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${lhServer.address().port}/`;
  // Asynchronous on purpose: the static server answering Lighthouse runs in this same process.
  const { stdout: out } = await promisify(execFile)(lhBin, [url, '--only-categories=performance', '--output=json', '--quiet',
    // These four flags are the set known to work with Lighthouse here; more of them made Chromium exit early.
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20, timeout: 180_000 });
  lhServer.close();
  const report = JSON.parse(out);
  const a = report.audits;
  lighthouse = {
    performance: Math.round(report.categories.performance.score * 100),
    fcp_ms: Math.round(a['first-contentful-paint'].numericValue),
    lcp_ms: Math.round(a['largest-contentful-paint'].numericValue),
    tbt_ms: Math.round(a['total-blocking-time'].numericValue),
    cls: +a['cumulative-layout-shift'].numericValue.toFixed(3),
  };
}

const results = {
  when: new Date().toISOString(),
  cold_loads: only && !loadsOnly ? 0 : loads,
  ...(only && !loadsOnly ? {} : {
    welcome_text_painted_ms: stats(paint),
    start_button_usable_ms: stats(start),
    first_question_usable_ms: stats(question),
    ...Object.fromEntries(Object.entries(flow).flatMap(([which, f]) => [
      [`${which}_start_usable_ms`, stats(f.usable)],
      [`${which}_navigation_to_first_question_painted_ms`, stats(f.question)],
      [`${which}_click_to_radios_shown_ms`, stats(f.click)],
      [`${which}_click_to_radios_painted_ms`, stats(f.painted)],
    ])),
    navigation_to_first_question_vs_baseline: +(stats(flow.app.question).median / stats(flow.baseline.question).median).toFixed(2),
  }),
  ...(loadsOnly ? {} : {
    key_press_to_painted_frame_ms_largest_agreement_50_drafts_4x_cpu: { ...stats(keyPaint.paint), target_p90: 16 },
    key_press_to_painted_frame_ms_plain_page_same_form_4x_cpu: stats(keyPaintPlain.paint),
    key_press_to_painted_frame_ms_plain_page_served_over_http_4x_cpu: stats(keyPaintPlainHttp.paint),
    key_press_to_painted_frame_ms_single_input_page_4x_cpu: stats(keyPaintFloor.paint),
    key_press_to_input_handled_ms_largest_agreement_4x_cpu: stats(keyPaint.handled),
    key_press_to_input_handled_ms_plain_page_4x_cpu: stats(keyPaintPlain.handled),
    key_press_to_input_handled_ms_plain_page_served_over_http_4x_cpu: stats(keyPaintPlainHttp.handled),
    key_press_to_input_handled_ms_single_input_page_4x_cpu: stats(keyPaintFloor.handled),
    input_to_saved_ms_with_50_drafts: { ...stats(latency), stored_kb: +(storedBytes / 1024).toFixed(1) },
  }),
  lighthouse_mobile: lighthouse ?? 'not run: `make bench` installs Lighthouse into bench/node_modules',
};
await mkdir('bench/results', { recursive: true });
await writeFile(`bench/results/${results.when.replace(/[:.]/g, '-')}.json`, JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 2));
