// Adds a Content-Security-Policy meta tag to a built index.html. The page's loader is an inline
// module script, so it is allowed by its SHA-256 hash (computed here, at build time), not a nonce;
// so are the page's own small scripts and the stylesheet split.mjs puts into the page.
// Runs after split.mjs (whose loader it hashes) and refuses to run otherwise.
// Usage: node scripts/csp.mjs DIST
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildError, CSP_MARKER, SPLIT_MARKER, expectCount, replaceChecked, runMain } from './lib/rewrite.mjs';

const STEP = 'csp';

export function csp(dist) {
  const file = join(dist, 'index.html');
  let html = readFileSync(file, 'utf8');
  if (!SPLIT_MARKER.test(html)) throw new BuildError(STEP, file, 'expected the "<!-- split build HASH -->" marker: run split.mjs first, or the hashes would be of the wrong loader');
  if (CSP_MARKER.test(html)) throw new BuildError(STEP, file, 'already has a Content-Security-Policy: csp.mjs runs once, on the output of split.mjs');

  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  // At least the split loader; index.html may have its own small ones.
  expectCount(STEP, file, inline.length, [1, Infinity], 'inline script (the loader)');
  const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const hashes = inline.map(hash);
  // The stylesheet, put into the page by split.mjs.
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expectCount(STEP, file, styles.length, [1, Infinity], '<style> element (the stylesheet split.mjs puts into the page)');
  if (/<[a-z][^>]*\sstyle="/i.test(html)) throw new BuildError(STEP, file, 'has a style="..." attribute, which the policy (no \'unsafe-inline\') would block');

  const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    `style-src 'self' ${styles.map(hash).join(' ')}`,
    "connect-src 'self'",
    "img-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  html = replaceChecked(STEP, file, html, /<head>/, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`, '<head> tag');
  writeFileSync(file, html);
  return inline.length;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(() => {
    const dist = process.argv[2];
    const n = csp(dist);
    console.log(`csp: ${n} inline script(s) hashed into ${join(dist, 'index.html')}`);
  });
}
