// Fails when the first load (HTML, JS, wasm, CSS), gzipped, is over budget. Deterministic, unlike timings.
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';

const dist = process.argv[2] ?? 'dist';
// The hard budget is 130 KB gzip; a lower number passed here acts as a ratchet until then.
const BUDGET_KB = Number(process.argv[3] ?? 130);
const kinds = new Set(['.html', '.js', '.wasm', '.css']);
let raw = 0;
let gz = 0;
const rows = [];
for (const name of readdirSync(dist)) {
  if (!kinds.has(extname(name)) || name === 'sw.js') continue;
  const bytes = readFileSync(join(dist, name));
  const g = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += g;
  rows.push(`${name.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB raw ${(g / 1024).toFixed(1).padStart(7)} KB gzip`);
}
console.log(rows.join('\n'));
console.log(`first load: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB gzip)`);
if (gz > BUDGET_KB * 1024) {
  console.error(`size budget exceeded by ${((gz - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
