// Takes out of the first-load module what no page code can reach: Leptos always links its
// server-function client, whose `wasm-streams` crate exports three JavaScript stream classes from the
// wasm. This app has no server and never makes those streams (nothing in the glue constructs them),
// but as exports they keep their code, and the code it calls, alive. Removing the exports and the
// classes lets wasm-opt drop that code (about 2.5 KB gzip of the first download).
// Runs on wasm-bindgen's output, before wasm-opt; stops the build if what it removes is not there
// (a Leptos upgrade that no longer links wasm-streams: delete this step) or is still named after.
// Usage: node scripts/unused-exports.mjs WASM GLUE_JS
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BuildError, expectCount, replaceChecked, runMain } from './lib/rewrite.mjs';

const STEP = 'unused exports';
// wasm-streams' exported classes, as wasm-bindgen names their functions and JavaScript classes.
const EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)(_|$)/;
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

// The export section rewritten without the exports `drop` matches; every other byte is kept.
export function dropExports(bytes, file, drop) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new BuildError(STEP, file, 'expected a wasm module');
  let p = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[p++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const uleb = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const parts = [bytes.subarray(0, 8)];
  const dropped = [];
  let sections = 0;
  while (p < bytes.length) {
    const start = p;
    const id = bytes[p++];
    const end = leb() + p;
    if (id === 7) {
      sections += 1;
      const kept = [];
      for (let n = leb(); n > 0; n--) {
        const entry = p;
        const length = leb();
        const name = bytes.subarray(p, p + length).toString('utf8');
        p += length + 1; // the name, then the kind byte
        leb(); // the index
        if (drop.test(name)) dropped.push(name);
        else kept.push(bytes.subarray(entry, p));
      }
      if (p !== end) throw new BuildError(STEP, file, 'the export section did not end where its size said');
      const body = Buffer.concat([uleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), uleb(body.length), body);
    } else {
      parts.push(bytes.subarray(start, end));
    }
    p = end;
  }
  expectCount(STEP, file, sections, 1, 'export section');
  return { bytes: Buffer.concat(parts), dropped };
}

// The glue without the classes and their finalization registries.
export function dropClasses(js, file) {
  for (const name of CLASSES) {
    js = replaceChecked(STEP, file, js, new RegExp(`\\nexport class ${name} \\{\\n[\\s\\S]*?\\n\\}\\n`), '\n', `"export class ${name}"`);
    js = replaceChecked(STEP, file, js, `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`, '', `Symbol.dispose line of ${name}`);
    js = replaceChecked(STEP, file, js, new RegExp(`const ${name}Finalization = [^;]*;\\n`), '', `finalization registry of ${name}`);
  }
  const left = js.match(/intounderlying\w*/i);
  if (left) throw new BuildError(STEP, file, `still names ${left[0]} after the classes were removed`);
  return js;
}

export function unusedExports(wasmFile, jsFile) {
  const { bytes, dropped } = dropExports(readFileSync(wasmFile), wasmFile, EXPORT);
  expectCount(STEP, wasmFile, dropped.length, [1, Infinity], 'wasm-streams export (intounderlying...)');
  const js = dropClasses(readFileSync(jsFile, 'utf8'), jsFile);
  writeFileSync(wasmFile, bytes);
  writeFileSync(jsFile, js);
  return dropped.length;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(() => {
    const [wasm, js] = process.argv.slice(2);
    if (!wasm || !js) {
      console.error('usage: node scripts/unused-exports.mjs WASM GLUE_JS');
      process.exit(2);
    }
    console.log(`unused exports: ${unusedExports(wasm, js)} wasm-streams exports removed from ${wasm}`);
  });
}
