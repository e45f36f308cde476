// The last steps of the release build, in the only order that works: the static first screen (into
// Trunk's fresh index.html), split (the page loads the split build), then CSP (hashes of that page's
// scripts), then the service worker (a hash of the final files). Each step also refuses to run if
// the one before it has not.
// Usage: node scripts/finish.mjs DIST BUILT NAME FIRST_SCREEN_HTML
import { join } from 'node:path';
import { csp } from './csp.mjs';
import { firstScreen } from './first-screen.mjs';
import { runMain } from './lib/rewrite.mjs';
import { split } from './split.mjs';
import { sw } from './sw.mjs';

runMain(() => {
  const [dist, built, name, rendered] = process.argv.slice(2);
  if (!dist || !built || !name || !rendered) {
    console.error('usage: node scripts/finish.mjs DIST BUILT NAME FIRST_SCREEN_HTML');
    process.exit(2);
  }
  console.log(`first screen: ${firstScreen(dist, rendered).bytes} bytes of HTML into ${join(dist, 'index.html')}`);
  const s = split(dist, built, name);
  console.log(`split: ${s.files} files as build ${s.tag}`);
  console.log(`csp: ${csp(dist)} inline script(s) hashed into ${join(dist, 'index.html')}`);
  const w = sw(dist);
  console.log(`sw: ${w.files} files cached as version ${w.version}`);
});
