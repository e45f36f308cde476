// Puts the split build into a Trunk dist: replaces Trunk's single wasm and its glue with the
// first-load module, the loader for the screens and the screens' own wasm files, all named with one
// build hash (the two scripts import each other, so per-file hashes would be circular), minifies
// the scripts and the stylesheet (which goes into index.html), and points index.html and its
// integrity attributes at them.
// Every rewrite checks that it found what it expected (scripts/lib/rewrite.mjs): a change in
// Trunk's or wasm-bindgen's output stops the build instead of shipping a page that loads nothing.
// Usage: node scripts/split.mjs DIST BUILT NAME
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { BuildError, CSP_MARKER, expectCount, replaceChecked, runMain } from './lib/rewrite.mjs';

const STEP = 'split';

export function split(dist, built, name) {
  const files = readdirSync(built).sort();
  for (const f of [`${name}.js`, `${name}_bg.wasm`, '__wasm_split.js']) {
    if (!files.includes(f)) throw new BuildError(STEP, join(built, f), 'expected this file from wasm-bindgen and wasm-split-cli; it is missing');
  }
  const indexFile = join(dist, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  if (CSP_MARKER.test(html)) throw new BuildError(STEP, indexFile, 'already has a Content-Security-Policy: split must run before csp.mjs, on a fresh Trunk build');

  const build = createHash('sha256');
  for (const f of files) build.update(f).update(readFileSync(join(built, f)));
  const tag = build.digest('hex').slice(0, 16);
  const renamed = (f) => f.replace(/(\.js|_bg\.wasm|\.wasm)$/, `-${tag}$1`);
  const names = Object.fromEntries(files.map((f) => [f, renamed(f)]));

  // Trunk's own wasm and glue go: only the split build is served. Exactly one of each is expected.
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const trunkJs = new RegExp(`^${escaped}-[0-9a-f]+\\.js$`);
  const trunkWasm = new RegExp(`^${escaped}-[0-9a-f]+_bg\\.wasm$`);
  const trunkFiles = readdirSync(dist);
  const oldJs = trunkFiles.filter((f) => trunkJs.test(f));
  const oldWasm = trunkFiles.filter((f) => trunkWasm.test(f));
  expectCount(STEP, dist, oldJs.length, 1, `Trunk glue file named ${name}-HASH.js`);
  expectCount(STEP, dist, oldWasm.length, 1, `Trunk wasm file named ${name}-HASH_bg.wasm`);
  for (const f of [...oldJs, ...oldWasm]) rmSync(join(dist, f));

  // Only the places that load a file change: static imports, dynamic imports and fetched URLs
  // (wasm-bindgen's default wasm URL has no "./"). The wasm's import object keys keep the original
  // module name, which is what the wasm asks for.
  const refs = [/(from\s*|import\(\s*)(["'])\.\/([^"']+)\2/g, /(URL\(\s*)(["'])(?:\.\/)?([^"':/]+\.(?:js|wasm))\2/g];
  const referenced = new Set();
  for (const f of files) {
    let body = readFileSync(join(built, f));
    if (f.endsWith('.js')) {
      const file = join(built, f);
      let text = body.toString('utf8');
      for (const ref of refs) {
        text = text.replace(ref, (_, how, q, target) => {
          if (!names[target]) throw new BuildError(STEP, file, `loads "./${target}", which the split build did not produce`);
          referenced.add(target);
          return `${how}${q}./${names[target]}${q}`;
        });
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
  // Every file but the entry glue must be loaded by one of the scripts, or it is fetched by a name
  // that no longer exists.
  for (const f of files) {
    if (f !== `${name}.js` && !referenced.has(f)) {
      throw new BuildError(STEP, built, `expected a script to load "./${f}" (from "./${f}", import("./${f}") or URL("./${f}")); none does`);
    }
  }

  // Trunk copies the stylesheet as written. Minified, and put into the page itself: the static first
  // screen then paints, and its script (which would wait for a stylesheet still loading) runs, with
  // the page's first response rather than one request later. The CSP allows it by its hash (csp.mjs).
  const css = readdirSync(dist).filter((f) => f.endsWith('.css'));
  expectCount(STEP, dist, css.length, 1, 'stylesheet from Trunk');
  const styles = transformSync(readFileSync(join(dist, css[0]), 'utf8'), { loader: 'css', minify: true }).code.trim();
  // esbuild writes "</style" in a string as "<\/style", so the text cannot end the element early.
  let sheets = 0;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = tag.match(/\shref="([^"]*)"/)?.[1]?.replace(/^\.\//, '');
    if (href !== css[0]) return tag;
    if (!/\srel="stylesheet"/.test(tag)) throw new BuildError(STEP, indexFile, `expected the link to ${css[0]} to be rel="stylesheet": ${tag}`);
    sheets += 1;
    return `<style>${styles}</style>`;
  });
  expectCount(STEP, indexFile, sheets, 1, `<link rel="stylesheet"> of Trunk's ${css[0]}`);
  rmSync(join(dist, css[0]));

  // The source's comments (the first-screen markers among them, already used) are not shipped.
  let comments = 0;
  html = html.replace(/<!--[\s\S]*?-->/g, () => {
    comments += 1;
    return '';
  });
  expectCount(STEP, indexFile, comments, [2, Infinity], 'HTML comments (the first-screen markers at least)');

  // The page's own small scripts, minified: they are part of the first download (csp.mjs hashes them
  // as they are now).
  let scripts = 0;
  html = html.replace(/<script>([\s\S]*?)<\/script>/g, (_, body) => {
    scripts += 1;
    return `<script>${transformSync(body, { loader: 'js', minify: true, target: 'es2022' }).code.trim()}</script>`;
  });
  expectCount(STEP, indexFile, scripts, [1, Infinity], "inline <script> of the page's own (index.html)");

  const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(join(dist, f))).digest('base64')}`;
  const js = names[`${name}.js`];
  const wasm = names[`${name}_bg.wasm`];
  // Trunk's loader script names the glue and the wasm; replaced whole below.
  const loaders = html.match(/<script type="module">[\s\S]*?<\/script>/g) ?? [];
  if (loaders.length !== 1 || !loaders[0].includes('module_or_path')) {
    throw new BuildError(STEP, indexFile, `expected exactly 1 Trunk loader script (<script type="module"> with module_or_path), found ${loaders.length}`);
  }
  // Trunk's loader starts the wasm at once. This one fetches and compiles the wasm at once (off the
  // main thread, while the page paints), but starts the app only once the static welcome in
  // index.html is on screen (not in a hidden tab, and never more than 3 s), so the text is painted
  // before the app draws; then it starts the app as Trunk's would. A server that does not say
  // application/wasm still works, compiled the slower way. If the app cannot load (a dropped
  // connection, no WebAssembly), the page says so instead of waiting for ever.
  const loaderScript = `<script type="module">
const compiled = fetch('./${wasm}').then((r) => {
  if (!r.ok) throw new Error(\`\${r.url}: \${r.status}\`);
  return r.headers.get('content-type') === 'application/wasm' ? WebAssembly.compileStreaming(r) : r.arrayBuffer().then((b) => WebAssembly.compile(b));
});
compiled.catch(() => {});
await new Promise((ready) => {
  if (document.visibilityState !== 'visible' || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return ready();
  setTimeout(ready, 3000);
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) ready();
  }).observe({ type: 'paint', buffered: true });
});
let bindings, wasm;
try {
  bindings = await import('./${js}');
  wasm = await bindings.default({ module_or_path: compiled });
} catch (error) {
  document.documentElement.classList.add('failed');
  throw error;
}
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`;
  html = html.replace(loaders[0], () => `<!-- split build ${tag} -->\n${loaderScript}`);

  // Link tags are matched whole and their attributes read in any order.
  const links = /<link\b[^>]*>/g;
  const attr = (tag, a) => tag.match(new RegExp(`\\s${a}="([^"]*)"`))?.[1];
  const isTrunk = (tag, re) => re.test((attr(tag, 'href') ?? '').replace(/^\.\//, ''));
  // The loader above fetches the wasm itself, at once, so Trunk's preload of it goes.
  let preloads = 0;
  html = html.replace(links, (tag) => {
    if (!isTrunk(tag, trunkWasm)) return tag;
    if (attr(tag, 'rel') !== 'preload') throw new BuildError(STEP, indexFile, `expected only a preload link to Trunk's wasm, found rel="${attr(tag, 'rel')}"`);
    preloads += 1;
    return '';
  });
  expectCount(STEP, indexFile, preloads, 1, `<link rel="preload"> of Trunk's wasm ${oldWasm[0]}`);
  // Trunk's modulepreload of its glue now names the split build's glue, with its new integrity.
  let glueLinks = 0;
  html = html.replace(links, (tag) => {
    if (!isTrunk(tag, trunkJs)) return tag;
    glueLinks += 1;
    return tag.replace(/(\shref=")[^"]*(")/, `$1./${js}$2`);
  });
  expectCount(STEP, indexFile, glueLinks, 1, `<link rel="modulepreload"> of Trunk's glue ${oldJs[0]}`);
  // The screens' loader is fetched at once too, so say so early.
  const loader = names['__wasm_split.js'];
  html = replaceChecked(STEP, indexFile, html, '</head>', `<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${sri(loader)}"></head>`, '</head>');
  // Integrity of every local link that has one (the stylesheet and both scripts), recomputed.
  let integrities = 0;
  html = html.replace(links, (tag) => {
    const href = attr(tag, 'href');
    if (!attr(tag, 'integrity') || !href?.startsWith('./')) return tag;
    integrities += 1;
    return tag.replace(/(\sintegrity=")[^"]*(")/, `$1${sri(href.slice(2))}$2`);
  });
  expectCount(STEP, indexFile, integrities, 2, 'links with integrity (glue, screens loader)');
  if (html.includes(oldJs[0]) || html.includes(oldWasm[0])) {
    throw new BuildError(STEP, indexFile, `still names Trunk's ${html.includes(oldJs[0]) ? oldJs[0] : oldWasm[0]} after the rewrite`);
  }
  writeFileSync(indexFile, html);
  return { files: files.length, tag };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(() => {
    const [dist, built, name] = process.argv.slice(2);
    const { files, tag } = split(dist, built, name);
    console.log(`split: ${files} files as build ${tag}`);
  });
}
