// Puts the split build into a Trunk dist: replaces Trunk's single wasm and its glue with the
// first-load module, the loader for the screens and the screens' own wasm files, all named with one
// build hash (the two scripts import each other, so per-file hashes would be circular), minifies
// the scripts and the stylesheet, and points index.html and its integrity attributes at them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const [dist, built, name] = process.argv.slice(2);
const files = readdirSync(built).sort();
const build = createHash('sha256');
for (const f of files) build.update(f).update(readFileSync(join(built, f)));
const tag = build.digest('hex').slice(0, 16);

const renamed = (f) => f.replace(/(\.js|_bg\.wasm|\.wasm)$/, `-${tag}$1`);
const names = Object.fromEntries(files.map((f) => [f, renamed(f)]));

// Trunk's own wasm and glue go: only the split build is served.
for (const f of readdirSync(dist)) {
  if (f.startsWith(`${name}-`) && (f.endsWith('.js') || f.endsWith('.wasm'))) rmSync(join(dist, f));
}

for (const f of files) {
  let body = readFileSync(join(built, f));
  if (f.endsWith('.js')) {
    let text = body.toString('utf8');
    // Only the places that load a file change: imports and fetched URLs. The wasm's import
    // object keys keep the original module name, which is what the wasm asks for.
    for (const [from, to] of Object.entries(names)) {
      text = text.split(`from "./${from}"`).join(`from "./${to}"`);
      text = text.split(`URL("./${from}"`).join(`URL("./${to}"`);
    }
    // Minified: the glue is part of the first download. wasm-bindgen repeats one import key, harmlessly.
    const min = transformSync(text, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      logOverride: { 'duplicate-object-key': 'silent' },
    });
    body = Buffer.from(min.code, 'utf8');
  }
  writeFileSync(join(dist, names[f]), body);
}

// Trunk copies the stylesheet as written; minified, it is smaller in the first download too.
for (const f of readdirSync(dist).filter((f) => f.endsWith('.css'))) {
  const css = transformSync(readFileSync(join(dist, f), 'utf8'), { loader: 'css', minify: true });
  writeFileSync(join(dist, f), css.code);
}

const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(dist, f))).digest('base64')}`;
const js = names[`${name}.js`];
const wasm = names[`${name}_bg.wasm`];
let html = readFileSync(join(dist, 'index.html'), 'utf8');
html = html.replace(/\.\/mentoring-or-coaching-[0-9a-f]+\.js/g, `./${js}`);
html = html.replace(/\.\/mentoring-or-coaching-[0-9a-f]+_bg\.wasm/g, `./${wasm}`);
html = html.replace(/(<link[^>]*href="\.\/([^"]+)"[^>]*integrity=")[^"]+(")/g, (_, a, f, b) => `${a}${sri(f)}${b}`);
// Trunk's loader starts the wasm at once. This one waits until the static welcome in index.html
// is on screen (not in a hidden tab, and never more than 3 s), so the text is painted before the
// app downloads and starts; then it starts the app as Trunk's would. If the app cannot load (a
// dropped connection, no WebAssembly), the page says so instead of waiting for ever.
const loaderScript = `<script type="module">
await new Promise((ready) => {
  if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return ready();
  setTimeout(ready, 3000);
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) ready();
  }).observe({ type: 'paint', buffered: true });
});
let bindings, wasm;
try {
  bindings = await import('./${js}');
  wasm = await bindings.default({ module_or_path: './${wasm}' });
} catch (error) {
  document.documentElement.classList.add('failed');
  throw error;
}
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`;
const loaders = html.match(/<script type="module">[\s\S]*?<\/script>/g) ?? [];
if (loaders.length !== 1 || !loaders[0].includes('module_or_path')) {
  console.error('split: expected one Trunk loader script in index.html, found', loaders.length);
  process.exit(1);
}
html = html.replace(loaders[0], () => loaderScript);
// The wasm is fetched by the loader above after the first paint, so it is not preloaded.
html = html.replace(/<link rel="preload"[^>]*as="fetch" type="application\/wasm">/, '');
// The screens' loader is fetched at once too, so say so early.
const loader = names['__wasm_split.js'];
html = html.replace('</head>', `<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${sri(loader)}"></head>`);
writeFileSync(join(dist, 'index.html'), html);
console.log(`split: ${files.length} files as build ${tag}`);
