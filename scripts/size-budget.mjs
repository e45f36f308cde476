// Fails when the first load (HTML, JS, wasm, CSS), gzipped, is over budget. Deterministic, unlike timings.
// The first load is what index.html references and what those scripts import statically; the screens'
// wasm files, fetched only when a screen is first shown, are listed apart and do not count.
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const BUDGET_KB = Number(process.argv[3] ?? 95);
const kinds = new Set(['.html', '.js', '.wasm', '.css']);

const first = new Set(['index.html']);
const queue = ['index.html'];
while (queue.length > 0) {
  const text = readFileSync(join(dist, queue.pop()), 'utf8');
  // Attributes, loader arguments and the loader's fetch in HTML; static `import ... from "./x"` in scripts.
  const refs = [
    ...text.matchAll(/(?:href|src)="\.\/([^"]+)"/g),
    ...text.matchAll(/module_or_path:\s*'\.\/([^']+)'/g),
    // The page's loader fetches the first-load wasm itself (scripts/split.mjs).
    ...text.matchAll(/fetch\(\s*'\.\/([^']+)'\s*\)/g),
    ...text.matchAll(/from\s*['"]\.\/([^'"]+)['"]/g),
  ].map((m) => m[1]);
  for (const f of refs) {
    if (first.has(f) || !kinds.has(extname(f)) || !existsSync(join(dist, f))) continue;
    first.add(f);
    if (f.endsWith('.js') || f.endsWith('.html')) queue.push(f);
  }
}

const row = (name) => {
  const bytes = readFileSync(join(dist, name));
  return { name, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1);
const print = (r) => console.log(`${r.name.padEnd(52)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gz).padStart(7)} KB gzip`);

const firstRows = [...first].sort().map(row);
const later = readdirSync(dist).filter((f) => kinds.has(extname(f)) && !first.has(f) && f !== 'sw.js').sort().map(row);
console.log('first load:');
firstRows.forEach(print);
console.log('fetched when a screen is first shown:');
later.forEach(print);
const raw = firstRows.reduce((s, r) => s + r.raw, 0);
const gz = firstRows.reduce((s, r) => s + r.gz, 0);
const all = gz + later.reduce((s, r) => s + r.gz, 0);
console.log(`whole app: ${kb(all)} KB gzip`);
console.log(`first load: ${kb(raw)} KB raw, ${kb(gz)} KB gzip (budget ${BUDGET_KB} KB gzip)`);
if (!first.has('index.html') || ![...first].some((f) => f.endsWith('.wasm'))) {
  console.error('size budget: could not find the wasm that index.html loads');
  process.exit(1);
}
if (gz > BUDGET_KB * 1024) {
  console.error(`size budget exceeded by ${kb(gz - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
