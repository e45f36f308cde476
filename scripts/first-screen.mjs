// Puts the static first screen into a built index.html: the HTML that `render-welcome` renders from
// the app's own components (src/ui/first_screen.rs) goes between the two first-screen markers, so
// the page shows the welcome text before the app has downloaded and no copy of it is typed by hand.
// Runs first, before split.mjs and csp.mjs, and stops the build if the markers or the HTML are not
// what it expects.
// Usage: node scripts/first-screen.mjs DIST RENDERED_HTML_FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BuildError, CSP_MARKER, SPLIT_MARKER, expectCount, runMain } from './lib/rewrite.mjs';

const STEP = 'first screen';
export const START = '<!-- first-screen:start -->';
export const END = '<!-- first-screen:end -->';

export function firstScreen(dist, renderedFile) {
  const file = join(dist, 'index.html');
  let html = readFileSync(file, 'utf8');
  if (SPLIT_MARKER.test(html) || CSP_MARKER.test(html)) {
    throw new BuildError(STEP, file, 'already split or hashed: the first screen goes in first, on a fresh Trunk build');
  }
  const count = (s) => html.split(s).length - 1;
  expectCount(STEP, file, count(START), 1, `"${START}" marker`);
  expectCount(STEP, file, count(END), 1, `"${END}" marker`);
  const from = html.indexOf(START) + START.length;
  const to = html.indexOf(END);
  if (to < from) throw new BuildError(STEP, file, `expected "${START}" before "${END}"`);
  if (html.slice(from, to).trim() !== '') {
    throw new BuildError(STEP, file, 'expected nothing between the first-screen markers: the first screen is rendered from src/ui, not typed here');
  }

  // Leptos marks where reactive parts go with comments (`<!>`, `<!--<() />-->` for a part not shown);
  // a static copy, replaced whole, has no use for them.
  const rendered = readFileSync(renderedFile, 'utf8').trim().replaceAll('<!>', '').replaceAll('<!--<() />-->', '');
  if (!/^<div id="boot" class="boot">[\s\S]*<\/div>$/.test(rendered)) {
    throw new BuildError(STEP, renderedFile, 'expected the rendered first screen, one <div id="boot" class="boot"> element; render-welcome printed something else');
  }
  for (const part of ['<header', '<main', '<h1', '<footer']) {
    if (!rendered.includes(part)) throw new BuildError(STEP, renderedFile, `expected the rendered first screen to have a ${part}> element; it has none`);
  }
  // The page's script (index.html) turns the placeholder into Start and shows the hidden first
  // question; without either part, or without the script, Start would wait for the app unnoticed.
  for (const part of ['boot-placeholder', 'boot-question']) {
    if (!new RegExp(`class="[^"]*\\b${part}\\b`).test(rendered)) {
      throw new BuildError(STEP, renderedFile, `expected the rendered first screen to have an element of class "${part}" (the page's script needs it); it has none`);
    }
    if (!html.slice(to).includes(`.${part}`)) {
      throw new BuildError(STEP, file, `expected the page's script after "${END}" to use ".${part}"; none does`);
    }
  }
  html = `${html.slice(0, from)}\n${rendered}${html.slice(from)}`;
  writeFileSync(file, html);
  return { bytes: rendered.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(() => {
    const [dist, rendered] = process.argv.slice(2);
    if (!dist || !rendered) {
      console.error('usage: node scripts/first-screen.mjs DIST RENDERED_HTML_FILE');
      process.exit(2);
    }
    console.log(`first screen: ${firstScreen(dist, rendered).bytes} bytes into ${join(dist, 'index.html')}`);
  });
}
