// The generated service worker, run in a small stand-in for a browser: the build's files come from its
// cache; organisation.json and the logo (the organisation's, changed without a build) come from the
// network first, with the last good copy used offline. Run with `node --test scripts/` (scripts/test.sh does).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { after, test } from 'node:test';
import { sw } from './sw.mjs';

const root = mkdtempSync(join(tmpdir(), 'sw-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

function built() {
  const dist = join(root, String(Math.random()).slice(2));
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<head><meta http-equiv="Content-Security-Policy" content="x"></head><!-- split build 0123456789abcdef -->');
  writeFileSync(join(dist, 'app.wasm'), 'wasm');
  // Put there at build time by mistake: still not frozen into the build's cache.
  writeFileSync(join(dist, 'organisation.json'), '{}');
  mkdirSync(join(dist, 'lang'));
  writeFileSync(join(dist, 'lang', 'de.json'), '{}');
  sw(dist);
  return readFileSync(join(dist, 'sw.js'), 'utf8');
}

/** Runs the worker with a fake network (`net`: path -> [status, body], or throws when offline). */
function worker(code, scope = 'https://app.example/sub/') {
  const stores = new Map();
  const key = (r) => (typeof r === 'string' ? new URL(r, scope).href : r.url);
  const open = (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const s = stores.get(name);
    return {
      put: async (r, res) => void s.set(key(r), res),
      delete: async (r) => s.delete(key(r)),
      addAll: async (list) => list.forEach((p) => s.set(key(p), { status: 200, ok: true, body: `cached ${p}`, clone() { return this; } })),
    };
  };
  const net = { online: true, files: {} };
  const listeners = {};
  const self = {
    location: new URL('sw.js', scope),
    addEventListener: (type, fn) => (listeners[type] = fn),
    clients: { claim: async () => {} },
  };
  const context = {
    self,
    URL,
    Promise,
    Response: { error: () => ({ status: 0, ok: false, body: 'network error' }) },
    caches: {
      open: async (name) => open(name),
      keys: async () => [...stores.keys()],
      delete: async (name) => stores.delete(name),
      match: async (r, { cacheName }) => stores.get(cacheName)?.get(key(r)),
    },
    fetch: async (r) => {
      if (!net.online) throw new TypeError('Failed to fetch');
      const path = new URL(key(r)).pathname.replace('/sub/', '');
      const [status, body] = net.files[path] ?? [404, 'Not Found'];
      return { status, ok: status >= 200 && status < 300, body, clone() { return { ...this }; } };
    },
  };
  runInNewContext(code, context);
  const ask = async (path, mode = 'cors') => {
    let responded;
    listeners.fetch({ request: { method: 'GET', url: new URL(path, scope).href, mode }, respondWith: (p) => (responded = p) });
    return responded ? (await responded).body : 'not handled';
  };
  const install = () => new Promise((done) => listeners.install({ waitUntil: (p) => p.then(done) }));
  const activate = () => new Promise((done) => listeners.activate({ waitUntil: (p) => p.then(done) }));
  return { net, ask, install, activate, stores };
}

test('the build is cached first, organisation.json is not part of it', async () => {
  const code = built();
  assert.doesNotMatch(code.match(/const ASSETS = (.*);/)[1], /organisation\.json/);
  const w = worker(code);
  await w.install();
  w.net.files['app.wasm'] = [200, 'new wasm'];
  assert.equal(await w.ask('app.wasm'), 'cached app.wasm');
});

test('the built-in languages are cached with the build, a language added later comes from the network', async () => {
  const code = built();
  assert.match(code.match(/const ASSETS = (.*);/)[1], /"lang\/de\.json"/);
  const w = worker(code);
  await w.install();
  w.net.online = false;
  assert.equal(await w.ask('lang/de.json'), 'cached lang/de.json');
  w.net.online = true;
  w.net.files['lang/fr.json'] = [200, 'fr'];
  assert.equal(await w.ask('lang/fr.json'), 'fr');
  w.net.online = false;
  assert.equal(await w.ask('lang/fr.json'), 'fr');
});

test('organisation.json and the logo come from the network first, the last good copy offline', async () => {
  const w = worker(built());
  await w.install();
  w.net.files['organisation.json'] = [200, 'first'];
  w.net.files['organisation/logo.svg'] = [200, '<svg/>'];
  assert.equal(await w.ask('organisation.json'), 'first');
  assert.equal(await w.ask('organisation/logo.svg'), '<svg/>');
  // Edited on the server: a returning visitor gets the new file, not a frozen one.
  w.net.files['organisation.json'] = [200, 'edited'];
  assert.equal(await w.ask('organisation.json'), 'edited');
  // Offline: the last good copy.
  w.net.online = false;
  assert.equal(await w.ask('organisation.json'), 'edited');
  assert.equal(await w.ask('organisation/logo.svg'), '<svg/>');
  assert.equal(await w.ask('never-seen.png'), 'network error');
});

test('a removed organisation.json is forgotten, and a server error keeps the last good copy', async () => {
  const w = worker(built());
  await w.install();
  w.net.files['organisation.json'] = [200, 'first'];
  await w.ask('organisation.json');
  w.net.files['organisation.json'] = [500, 'oops'];
  assert.equal(await w.ask('organisation.json'), 'oops');
  w.net.online = false;
  assert.equal(await w.ask('organisation.json'), 'first');
  w.net.online = true;
  delete w.net.files['organisation.json'];
  assert.equal(await w.ask('organisation.json'), 'Not Found');
  w.net.online = false;
  assert.equal(await w.ask('organisation.json'), 'network error');
});

test('the organisation cache survives a new build', async () => {
  const w = worker(built());
  w.stores.set('mentoring-or-coaching-0000000000000000', new Map());
  w.net.files['organisation.json'] = [200, 'kept'];
  await w.install();
  await w.ask('organisation.json');
  await w.activate();
  const names = [...w.stores.keys()];
  assert.ok(!names.includes('mentoring-or-coaching-0000000000000000'), 'the old build goes');
  assert.ok(names.includes('mentoring-or-coaching-organisation'), 'the organisation copy stays');
  w.net.online = false;
  assert.equal(await w.ask('organisation.json'), 'kept');
});
