// Checked rewrites for the build scripts. Trunk's and wasm-bindgen's output can change shape with any
// upgrade; a rewrite that silently matches nothing ships a broken site, so every one states how many
// matches it expects and stops the build, naming the file and what was missing, when the count differs.

export class BuildError extends Error {
  constructor(step, file, message) {
    super(`${step}: ${file}: ${message}`);
    this.name = 'BuildError';
  }
}

// Replaces `pattern` in `text`, expecting `count` matches (a number, or [min, max]).
// `what` says in words what was looked for, for the error message.
export function replaceChecked(step, file, text, pattern, replacement, what, count = 1) {
  const re = typeof pattern === 'string' ? new RegExp(escape(pattern), 'g') : ensureGlobal(pattern);
  const found = [...text.matchAll(re)].length;
  expectCount(step, file, found, count, what);
  return text.replace(re, typeof replacement === 'function' ? replacement : () => replacement);
}

// Fails unless `found` is within `count` (a number, or [min, max]).
export function expectCount(step, file, found, count, what) {
  const [min, max] = Array.isArray(count) ? count : [count, count];
  if (found < min || found > max) {
    const want = min === max ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new BuildError(step, file, `expected ${want} ${what}, found ${found}`);
  }
}

// Runs a script's main function and turns a BuildError into one clear line and exit code 1.
export function runMain(main) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build stopped: ${error.message}`);
    process.exit(1);
  }
}

// The comment split.mjs leaves in index.html, and the tag csp.mjs adds: each later step checks
// that the step before it ran, so the order split, CSP, service worker cannot be swapped by mistake.
export const SPLIT_MARKER = /<!-- split build [0-9a-f]{16} -->/;
export const CSP_MARKER = /<meta http-equiv="Content-Security-Policy" content="[^"]+">/;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ensureGlobal = (re) => (re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`));
