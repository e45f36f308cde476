// The build's rewrites of Trunk's and wasm-bindgen's output: each one, fed input that is not
// what it expects, must stop the build with a message naming the file and what was missing.
// Run with `node --test scripts/` (scripts/test.sh does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { csp } from './csp.mjs';
import { END, START, firstScreen } from './first-screen.mjs';
import { BuildError } from './lib/rewrite.mjs';
import { split } from './split.mjs';
import { sw } from './sw.mjs';
import { dropClasses, unusedExports } from './unused-exports.mjs';

const root = mkdtempSync(join(tmpdir(), 'rewrite-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

// A small copy of what Trunk 0.21 writes, in its attribute order.
const TRUNK_HTML = `<!doctype html>
<html>
  <head>
    <title>t</title>
<script type="module">
import init, * as bindings from './app-0123456789abcdef.js';
const wasm = await init({ module_or_path: './app-0123456789abcdef_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
    <link rel="stylesheet" href="./main-aaaaaaaaaaaaaaaa.css" integrity="sha384-old"/>
    <script>document.documentElement.classList.add("deep");</script>
  <link rel="modulepreload" href="./app-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-old"><link rel="preload" href="./app-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-old" as="fetch" type="application/wasm"></head>
  <body>
    <!-- first-screen:start -->
    <!-- first-screen:end -->
    <script>document.querySelector(".boot-placeholder"); document.querySelector(".boot-question");</script>
  </body>
</html>
`;
// What wasm-bindgen and wasm-split-cli write, reduced to the lines that load files.
const BUILT = {
  'app.js': `import { load } from "./__wasm_split.js";\nexport function initSync() {}\nexport default async function init() { return new URL('app_bg.wasm', import.meta.url); }\nexport { load };\n`,
  '__wasm_split.js': `import { initSync } from "./app.js";\nexport const load = () => fetch(new URL("./split_a.wasm", import.meta.url));\nexport { initSync };\n`,
  'app_bg.wasm': 'main wasm',
  'split_a.wasm': 'screen wasm',
};

// What render-welcome prints, reduced: one boot element with the shell, a heading, the start
// button's placeholder and the hidden first question.
const BOOT = '<div id="boot" class="boot"><header>h</header><main><h1>Welcome</h1><span class="button boot-placeholder">Start</span><div hidden class="boot-question"><h1>Q</h1></div></main><footer>f</footer></div>';
const RENDERED = BOOT.replace('</main>', '<!><!--<() />--></main>') + '\n';

let n = 0;
// A fresh Trunk dist and split build; `change` edits them before the step runs.
function fixture({ html = TRUNK_HTML, built = BUILT, trunkFiles = ['app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm'] } = {}) {
  const dir = join(root, String(n++));
  const dist = join(dir, 'dist');
  const out = join(dir, 'built');
  mkdirSync(dist, { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 'main-aaaaaaaaaaaaaaaa.css'), 'body { color: red; }\n');
  for (const f of trunkFiles) writeFileSync(join(dist, f), 'trunk');
  for (const [f, body] of Object.entries(built)) writeFileSync(join(out, f), body);
  const rendered = join(dir, 'first-screen.html');
  writeFileSync(rendered, RENDERED);
  return { dist, out, rendered };
}

// Asserts that `run` stops with a BuildError naming `file` and matching `message`.
function stops(run, file, message) {
  assert.throws(run, (error) => {
    assert.ok(error instanceof BuildError, `expected a BuildError, got ${error}`);
    assert.ok(error.message.includes(file), `"${error.message}" should name ${file}`);
    assert.match(error.message, message);
    return true;
  });
}

test('the unchanged Trunk output goes through the first screen, split, CSP and service worker', () => {
  const { dist, out, rendered } = fixture();
  firstScreen(dist, rendered);
  const { tag } = split(dist, out, 'app');
  csp(dist);
  sw(dist);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /0123456789abcdef/);
  // The loader fetches the wasm itself, at once, and hands the compiled module to the glue.
  assert.match(html, new RegExp(`fetch\\('./app-${tag}_bg\\.wasm'\\)`));
  assert.match(html, /module_or_path: compiled/);
  // The first screen sits between its markers, without Leptos's placeholders.
  assert.ok(html.includes(BOOT));
  // The source's comments, the markers among them, are gone; split's own marker is the one left.
  assert.deepEqual(html.match(/<!--[\s\S]*?-->/g), [`<!-- split build ${tag} -->`]);
  assert.match(html, new RegExp(`<link rel="modulepreload" href="./app-${tag}.js"`));
  assert.match(html, new RegExp(`<link rel="modulepreload" href="./__wasm_split-${tag}.js"`));
  assert.doesNotMatch(html, /rel="preload"/);
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /sha384-old/);
  const files = readdirSync(dist).sort();
  assert.deepEqual(files, [`__wasm_split-${tag}.js`, `app-${tag}.js`, `app-${tag}_bg.wasm`, 'index.html', `split_a-${tag}.wasm`, 'sw.js']);
  // The stylesheet is in the page, minified, and allowed by its hash; so are the page's own scripts.
  assert.match(html, /<style>body\{color:red\}<\/style>/);
  assert.doesNotMatch(html, /rel="stylesheet"/);
  const hash = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  assert.ok(html.includes(`style-src 'self' ${hash('body{color:red}')}`), 'style-src names the stylesheet\'s hash');
  assert.ok(html.includes('<script>document.documentElement.classList.add("deep");</script>'), 'the page\'s own script is minified');
  assert.ok(html.includes(hash('document.documentElement.classList.add("deep");')), 'script-src names the minified script\'s hash');
  assert.doesNotMatch(html, /unsafe-inline/);
  const loader = readFileSync(join(dist, `__wasm_split-${tag}.js`), 'utf8');
  assert.match(loader, new RegExp(`split_a-${tag}\\.wasm`));
  assert.match(loader, new RegExp(`app-${tag}\\.js`));
  assert.match(readFileSync(join(dist, `app-${tag}.js`), 'utf8'), new RegExp(`app-${tag}_bg\\.wasm`));
});

test('attributes in another order are still found', () => {
  const html = TRUNK_HTML.replace(
    /<link rel="preload" href="([^"]+)" crossorigin="anonymous" integrity="sha384-old" as="fetch" type="application\/wasm">/,
    '<link as="fetch" type="application/wasm" integrity="sha384-old" crossorigin="anonymous" href="$1" rel="preload">',
  ).replace('<link rel="stylesheet" href="./main-aaaaaaaaaaaaaaaa.css" integrity="sha384-old"/>', '<link integrity="sha384-old" href="./main-aaaaaaaaaaaaaaaa.css" rel="stylesheet"/>');
  const { dist, out } = fixture({ html });
  split(dist, out, 'app');
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.doesNotMatch(page, /rel="preload"|sha384-old/);
});

test('split stops without the stylesheet link it puts into the page', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace(/<link rel="stylesheet"[^>]*>/, '') });
  stops(() => split(dist, out, 'app'), 'index.html', /expected exactly 1 <link rel="stylesheet"> of Trunk's main-aaaaaaaaaaaaaaaa\.css, found 0/);
});

test('a stylesheet with "</style>" in a string cannot end the inlined <style> early', () => {
  const { dist, out } = fixture();
  writeFileSync(join(dist, 'main-aaaaaaaaaaaaaaaa.css'), 'a::after { content: "</style>"; }\n');
  split(dist, out, 'app');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.equal(html.match(/<\/style/gi)?.length, 1);
});

test('CSP stops when the page has no stylesheet in it, or a style attribute', () => {
  const noStyle = fixture();
  split(noStyle.dist, noStyle.out, 'app');
  const file = join(noStyle.dist, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/<style>[^<]*<\/style>/, ''));
  stops(() => csp(noStyle.dist), 'index.html', /expected at least 1 <style> element/);
  const attr = fixture();
  split(attr.dist, attr.out, 'app');
  const file2 = join(attr.dist, 'index.html');
  writeFileSync(file2, readFileSync(file2, 'utf8').replace('<title>', '<title style="color:red">'));
  stops(() => csp(attr.dist), 'index.html', /style="\.\.\." attribute/);
});

test('split stops without the preload of Trunk\'s wasm', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace(/<link rel="preload"[^>]*>/, '') });
  stops(() => split(dist, out, 'app'), 'index.html', /expected exactly 1 <link rel="preload"> of Trunk's wasm/);
});

test('split stops without Trunk\'s modulepreload of its glue', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace(/<link rel="modulepreload"[^>]*>/, '') });
  stops(() => split(dist, out, 'app'), 'index.html', /expected exactly 1 <link rel="modulepreload"> of Trunk's glue/);
});

test('split stops when Trunk\'s loader script has changed', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace('module_or_path', 'module') });
  stops(() => split(dist, out, 'app'), 'index.html', /expected exactly 1 Trunk loader script/);
});

test('split stops without </head>', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace('</head>', '') });
  stops(() => split(dist, out, 'app'), 'index.html', /expected exactly 1 <\/head>, found 0/);
});

test('split stops when Trunk\'s files carry another name', () => {
  const { dist, out } = fixture({ trunkFiles: ['other-0123456789abcdef.js', 'other-0123456789abcdef_bg.wasm'] });
  stops(() => split(dist, out, 'app'), 'dist', /expected exactly 1 Trunk glue file named app-HASH\.js, found 0/);
});

test('split stops when a script loads a file the split build did not produce', () => {
  const built = { ...BUILT, '__wasm_split.js': BUILT['__wasm_split.js'].replace('./split_a.wasm', './split_b.wasm') };
  const { dist, out } = fixture({ built });
  stops(() => split(dist, out, 'app'), '__wasm_split.js', /loads "\.\/split_b\.wasm", which the split build did not produce/);
});

test('split stops when no script loads a screen (its name would not be rewritten)', () => {
  const built = { ...BUILT, '__wasm_split.js': BUILT['__wasm_split.js'].replace('new URL("./split_a.wasm", import.meta.url)', '"split_a.wasm"') };
  const { dist, out } = fixture({ built });
  stops(() => split(dist, out, 'app'), 'built', /expected a script to load "\.\/split_a\.wasm"/);
});

test('split stops when wasm-split-cli left out its loader', () => {
  const { '__wasm_split.js': _, ...built } = BUILT;
  const { dist, out } = fixture({ built });
  stops(() => split(dist, out, 'app'), '__wasm_split.js', /missing/);
});

test('CSP refuses a page that split.mjs has not rewritten', () => {
  const { dist } = fixture();
  stops(() => csp(dist), 'index.html', /run split\.mjs first/);
});

test('CSP refuses to run twice, and split refuses to run after it', () => {
  const { dist, out } = fixture();
  split(dist, out, 'app');
  csp(dist);
  stops(() => csp(dist), 'index.html', /already has a Content-Security-Policy/);
  const again = fixture();
  writeFileSync(join(again.dist, 'index.html'), readFileSync(join(dist, 'index.html')));
  stops(() => split(again.dist, again.out, 'app'), 'index.html', /split must run before csp\.mjs/);
});

test('CSP stops without a <head> tag', () => {
  const { dist, out } = fixture({ html: TRUNK_HTML.replace('<head>', '<head class="x">') });
  split(dist, out, 'app');
  stops(() => csp(dist), 'index.html', /expected exactly 1 <head> tag, found 0/);
});

test('the service worker refuses a page without its CSP', () => {
  const { dist, out } = fixture();
  split(dist, out, 'app');
  stops(() => sw(dist), 'index.html', /run csp\.mjs first/);
});

test('the build driver exits with one clear line when a rewrite misses', () => {
  const { dist, out, rendered } = fixture({ html: TRUNK_HTML.replace(/<link rel="preload"[^>]*>/, '') });
  const run = spawnSync(process.execPath, ['scripts/finish.mjs', dist, out, 'app', rendered], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^build stopped: split: .*index\.html: expected exactly 1 <link rel="preload"> of Trunk's wasm/m);
});

test('the first screen stops without its markers, or with either one twice', () => {
  for (const html of [TRUNK_HTML.replace(`${START}\n`, ''), TRUNK_HTML.replace(`${END}\n`, ''), TRUNK_HTML.replace(START, `${START}${START}`)]) {
    const { dist, rendered } = fixture({ html });
    stops(() => firstScreen(dist, rendered), 'index.html', /expected exactly 1 "<!-- first-screen:(start|end) -->" marker, found [02]/);
  }
});

test('the first screen stops when the markers are swapped or hold a hand-typed copy', () => {
  const swapped = fixture({ html: TRUNK_HTML.replace(START, 'X').replace(END, START).replace('X', END) });
  stops(() => firstScreen(swapped.dist, swapped.rendered), 'index.html', /expected "<!-- first-screen:start -->" before/);
  const typed = fixture({ html: TRUNK_HTML.replace(START, `${START}<h1>Welcome</h1>`) });
  stops(() => firstScreen(typed.dist, typed.rendered), 'index.html', /expected nothing between the first-screen markers/);
});

test('the first screen stops when render-welcome printed something else', () => {
  const { dist, rendered } = fixture();
  for (const [text, message] of [['', /one <div id="boot"/], ['error: could not compile', /one <div id="boot"/], ['<div id="boot" class="boot"><main></main></div>', /a <header> element/]]) {
    writeFileSync(rendered, text);
    stops(() => firstScreen(dist, rendered), 'first-screen.html', message);
  }
});

test('the first screen stops without the first question or the start placeholder, or without the script that uses them', () => {
  const { dist, rendered } = fixture();
  for (const part of ['boot-question', 'boot-placeholder']) {
    writeFileSync(rendered, RENDERED.replace(part, 'other'));
    stops(() => firstScreen(dist, rendered), 'first-screen.html', new RegExp(`element of class "${part}"`));
  }
  const noScript = fixture({ html: TRUNK_HTML.replace(/<script>document\.querySelector[^\n]*\n/, '') });
  stops(() => firstScreen(noScript.dist, noScript.rendered), 'index.html', /the page's script after "<!-- first-screen:end -->" to use "\.boot-placeholder"/);
});

test('the first screen refuses a page that was already split', () => {
  const { dist, out, rendered } = fixture();
  split(dist, out, 'app');
  stops(() => firstScreen(dist, rendered), 'index.html', /the first screen goes in first/);
});

// A tiny valid module with two functions, exported as `main` and as one of wasm-streams' exports.
function moduleWith(exports) {
  const name = (n) => [n.length, ...Buffer.from(n)];
  const entries = exports.flatMap((n, i) => [...name(n), 0, i % 2]);
  const section = (id, body) => [id, body.length, ...body];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [2, 0, 0]),
    ...section(7, [exports.length, ...entries]),
    ...section(10, [2, 2, 0, 0x0b, 2, 0, 0x0b]),
  ]);
}
// What wasm-bindgen writes for wasm-streams' classes, reduced.
const GLUE = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource']
  .map((c) => `\nexport class ${c} {\n    free() { wasm.__wbg_${c.toLowerCase()}_free(this.__wbg_ptr, 0); }\n}\nif (Symbol.dispose) ${c}.prototype[Symbol.dispose] = ${c}.prototype.free;\n`)
  .join('') + ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource']
  .map((c) => `const ${c}Finalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_${c.toLowerCase()}_free(ptr, 1));\n`)
  .join('') + 'export function start() {}\n';

test('the unused stream exports leave the wasm and the glue, and the module still compiles', () => {
  const dir = join(root, 'exports-ok');
  mkdirSync(dir, { recursive: true });
  const wasm = join(dir, 'app_bg.wasm');
  const js = join(dir, 'app.js');
  writeFileSync(wasm, moduleWith(['main', 'intounderlyingsource_pull']));
  writeFileSync(js, GLUE);
  assert.equal(unusedExports(wasm, js), 1);
  const compiled = new WebAssembly.Module(readFileSync(wasm));
  assert.deepEqual(WebAssembly.Module.exports(compiled).map((e) => e.name), ['main']);
  assert.equal(readFileSync(js, 'utf8').trim(), 'export function start() {}');
});

test('the unused exports step stops when there is nothing of wasm-streams to remove, or something still names it', () => {
  const dir = join(root, 'exports-missing');
  mkdirSync(dir, { recursive: true });
  const wasm = join(dir, 'app_bg.wasm');
  const js = join(dir, 'app.js');
  writeFileSync(wasm, moduleWith(['main', 'other']));
  writeFileSync(js, GLUE);
  stops(() => unusedExports(wasm, js), 'app_bg.wasm', /expected at least 1 wasm-streams export/);
  stops(() => dropClasses(GLUE.replace('export class IntoUnderlyingSink {', 'class IntoUnderlyingSink {'), 'app.js'), 'app.js', /expected exactly 1 "export class IntoUnderlyingSink"/);
  stops(() => dropClasses(`${GLUE}new IntoUnderlyingSource();\n`, 'app.js'), 'app.js', /still names IntoUnderlyingSource/);
});
