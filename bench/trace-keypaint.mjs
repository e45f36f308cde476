// Where a key press's time goes, from a Chromium trace: the same key presses as bench/run.mjs's
// key-to-paint measure (largest agreement, 50 drafts, 4x CPU slowdown), in the app, in the plain
// page with a form of the same size, and in a page with a single input (the floor). Each press is
// split, on the page's main thread, into script (event handlers, the app's effects), style
// recalculation, layout, pre-paint, paint (paint, layerize, commit), other work, and time the main
// thread sat idle waiting for the frame (vsync) or the compositor.
// Usage: node bench/trace-keypaint.mjs [DIST_DIR] [KEYS]; BENCH_PORT picks the server's port; TRACE=0
// times the phases from inside the page only, every page open at once and typed into key by key in
// turn; PAGES=app,plain,plain_http,floor_http,before picks the pages ("before": the app built in
// BEFORE_DIST).
// Writes the traces to bench/results/trace-*.json (open them in chrome://tracing or DevTools).
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { storeLargest, plainForm, singleInput } from './keypaint-pages.mjs';

const dist = process.argv[2] ?? 'dist';
const keys = Number(process.argv[3] ?? 20);
// TRACE=0 times the same phases from inside the page only, without a trace's own overhead.
const tracing = process.env.TRACE !== '0';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  let path = new URL(req.url, 'http://x').pathname;
  // BEFORE_DIST: another build under /before/, to compare two builds key by key in one run.
  let root = dist;
  if (process.env.BEFORE_DIST && path.startsWith('/before/')) {
    root = process.env.BEFORE_DIST;
    path = path.slice('/before'.length);
  }
  const file = join(root, (path.endsWith('/') ? `${path}index.html` : path).slice(1));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'blink', 'cc', 'benchmark'];
// The trace events' names, grouped roughly as DevTools's performance panel groups them. A span's
// own time goes to its kind, or to its nearest parent's with a kind.
const KIND = {
  // The browser's own handling of the key: dispatching events, editing the input's text.
  input: ['EventDispatch', 'Editor::HandleKeyboardEvent', 'TypingCommand::InsertText', 'Editor::SyncSelection', 'FrameSelection::SetSelection'],
  // The page's script: its listeners, the app's effects (microtasks), timers, animation frame callbacks.
  script: ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'v8.callFunction', 'V8.Execute', 'EvaluateScript', 'v8.compile', 'MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'Document::UpdateStyleAndLayout', 'LocalFrameView::UpdateStyleAndLayout', 'Blink.ForcedStyleAndLayout.UpdateTime'],
  layout: ['Layout', 'LocalFrameView::performLayout', 'HitTest'],
  prepaint: ['PrePaint', 'Blink.PrePaint.UpdateTime', 'Blink.CompositingInputs.UpdateTime'],
  paint: ['Paint', 'Blink.Paint.UpdateTime', 'PaintArtifactCompositor::Update', 'Layerize', 'UpdateLayer', 'Commit', 'ProxyMain::BeginMainFrame::commit', 'LayerTreeHost::WaitForCommitCompletion'],
};
const kindOf = new Map(Object.entries(KIND).flatMap(([k, names]) => names.map((n) => [n, k])));

// The key presses, with a mark at each key's keydown (capture, so before the page's own listeners)
// and one when the frame after it has been painted (as bench/run.mjs measures it).
async function prepare(context, page) {
  const cdp = await context.newCDPSession(page);
  await page.evaluate(() => {
    window.__n = 0;
    window.__t = [];
    const channel = new MessageChannel();
    let t = null;
    channel.port1.onmessage = () => {
      t.painted = performance.now();
      performance.mark(`painted-${window.__n}`);
      window.__t.push(t);
      window.__n++;
    };
    document.addEventListener('keydown', (e) => {
      t = { key: e.timeStamp, down: performance.now() };
      performance.mark(`down-${window.__n}`);
      requestAnimationFrame(() => {
        t.raf = performance.now();
        channel.port2.postMessage(0);
      });
    }, true);
    // A message posted when the input event has been handled arrives once the key's task (and its
    // microtasks, where the app's effects run) is over, unless the frame comes first.
    const after = new MessageChannel();
    after.port1.onmessage = () => { t.task_done ??= performance.now(); };
    window.addEventListener('input', () => {
      t.handled = performance.now();
      after.port2.postMessage(0);
    });
  });
  // A few presses first, so the measured ones start warm.
  for (const ch of 'xy') await pressOne(page, cdp, ch);
  await page.waitForTimeout(500);
  await page.evaluate(() => { window.__n = 0; window.__t = []; });
  return cdp;
}

const TEXT = ' and lead the quarterly review on my own by March';
// Only the page being typed into is slowed down: several pages slowed down at once on two cores
// slow each other down far more than 4x.
async function pressOne(page, cdp, ch) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const before = await page.evaluate(() => window.__n);
  await page.keyboard.press(ch === ' ' ? 'Space' : ch);
  await page.waitForFunction((n) => window.__n > n, before);
  await page.waitForTimeout(80);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

async function finish(context, page, cdp, label, trace) {
  const timings = await page.evaluate(() => window.__t);
  await context.close();
  if (!trace) return summary(timings.map((t) => ({
    key_to_painted: t.painted - t.key,
    key_to_listener: t.down - t.key,
    key_to_handled: t.handled - t.key,
    key_to_task_done: Math.min(t.task_done ?? Infinity, t.raf) - t.key,
    key_to_frame_start: t.raf - t.key,
    frame_start_to_painted: t.painted - t.raf,
  })), {});
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/trace-${label}.json`, JSON.stringify(trace));
  return breakdown(trace, timings);
}

function breakdown(trace, timings) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((m) => m.pid === e.pid && m.tid === e.tid && m.name?.startsWith('down-')));
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const mark = (name) => mine.find((e) => e.name === name)?.ts;
  const spans = mine.filter((e) => e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const rows = [];
  const byName = {};
  for (let i = 0; i < timings.length; i++) {
    const from = mark(`down-${i}`);
    const to = mark(`painted-${i}`);
    if (from === undefined || to === undefined) continue;
    const t = timings[i];
    // Self time of each span inside the window, given to its own kind or its nearest known parent's.
    const self = { input: 0, script: 0, autofill: 0, style: 0, layout: 0, prepaint: 0, paint: 0, other: 0 };
    const stack = [];
    const inside = spans.filter((e) => e.ts + e.dur > from && e.ts < to);
    const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, to) - Math.max(e.ts, from));
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      // Chromium's autofill reads the form typed into in a task of its own after each change.
      const kind = parent?.kind === 'autofill' ? 'autofill'
        : e.args?.src_func === 'FormControlDidChange' ? 'autofill'
          : kindOf.get(e.name) ?? parent?.kind ?? 'other';
      const node = { ts: e.ts, dur: e.dur, kind, own: clip(e), name: e.name };
      if (parent) parent.own -= node.own;
      stack.push(node);
      e.__node = node;
    }
    for (const e of inside) {
      self[e.__node.kind] += e.__node.own;
      byName[`${e.__node.kind}:${e.name}`] = (byName[`${e.__node.kind}:${e.name}`] ?? 0) + e.__node.own / 1000;
    }
    const busy = Object.values(self).reduce((a, b) => a + b, 0);
    const ms = (x) => +(x / 1000).toFixed(2);
    rows.push({
      key_to_painted: +(t.painted - t.key).toFixed(2),
      key_to_listener: +(t.down - t.key).toFixed(2),
      key_to_handled: +((t.handled ?? t.down) - t.key).toFixed(2),
      key_to_frame_start: +(t.raf - t.key).toFixed(2),
      ...Object.fromEntries(Object.entries(self).map(([k, v]) => [k, ms(v)])),
      idle: ms(to - from - busy),
    });
  }
  return summary(rows, byName);
}

function summary(rows, byName) {
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return +s[Math.floor((s.length - 1) / 2)].toFixed(2); };
  const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return +s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)].toFixed(2); };
  return {
    n: rows.length,
    self_ms_by_event_per_key: Object.fromEntries(Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => [k, +(v / rows.length).toFixed(2)])),
    median: Object.fromEntries(Object.keys(rows[0]).map((k) => [k, median(rows.map((r) => r[k]))])),
    mean: Object.fromEntries(Object.keys(rows[0]).map((k) => [k, +(rows.reduce((a, r) => a + r[k], 0) / rows.length).toFixed(2)])),
    p90_key_to_painted: p90(rows.map((r) => r.key_to_painted)),
  };
}

const out = {};
// PAGES=app,plain picks some of them.
const pages = {
  app: storeLargest,
  plain: (page) => plainForm(page),
  plain_http: plainForm,
  floor_http: singleInput,
  before: (page, base) => storeLargest(page, `${base}before/`),
  ...(globalThis.extraPages ?? {}),
};
const chosen = (process.env.PAGES ?? 'app,plain,plain_http,floor_http').split(',');
const open = [];
for (const [label, load] of Object.entries(pages).filter(([k]) => chosen.includes(k))) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await load(page, base);
  open.push({ label, context, page });
}
const text = TEXT.slice(0, keys);
if (tracing) {
  // One page at a time: a trace covers the whole browser.
  for (const o of open) {
    const cdp = await prepare(o.context, o.page);
    await browser.startTracing(o.page, { categories: CATEGORIES });
    for (const ch of text) await pressOne(o.page, cdp, ch);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    out[o.label] = await finish(o.context, o.page, cdp, o.label, trace);
  }
} else {
  // Each key in every page in turn, so a busy moment on the shared machine falls on all alike.
  for (const o of open) o.cdp = await prepare(o.context, o.page);
  for (const ch of text) for (const o of open) await pressOne(o.page, o.cdp, ch);
  for (const o of open) out[o.label] = await finish(o.context, o.page, o.cdp, o.label, null);
}
await browser.close();
server.close();
console.log(JSON.stringify(out, null, 2));
