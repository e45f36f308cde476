// The workflow check catches what the Pages workflow must never do again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkWorkflow } from './workflow-check.mjs';

const file = '.github/workflows/pages.yml';
const good = readFileSync(file, 'utf8');
const problems = (text) => checkWorkflow(text, file).join('\n');

test('the Pages workflow passes', () => {
  assert.deepEqual(checkWorkflow(good, file), []);
});

test('a step with both uses and run is caught (actionlint)', () => {
  const bad = good.replace('      - name: Build the site\n        run: make dist', '      - name: Build the site\n        uses: actions/checkout@v4\n        run: make dist');
  assert.notEqual(bad, good);
  assert.match(problems(bad), /contains "run" key/);
});

test('an unknown expression is caught (actionlint)', () => {
  const bad = good.replace('steps.deployment.outputs.page_url', 'step.deployment.outputs.page_url');
  assert.match(problems(bad), /undefined variable "step"|\[expression\]/);
});

test('make under sudo is caught', () => {
  const bad = good.replace('run: make dist', 'run: sudo make dist');
  assert.match(problems(bad), /step 6 \(Build the site\): runs make or a project script under sudo/);
});

test('publishing without the tests is caught', () => {
  const bad = good.replace('      - name: Test (the README\'s command)\n        run: make test\n', '');
  assert.notEqual(bad, good);
  assert.match(problems(bad), /job test: uploads the site without running `make test` first/);
  assert.match(problems(bad), /job deploy: deploys without needing a job that runs `make test`/);
});

test('a deploy job that does not wait for the tests is caught', () => {
  const bad = good.replace('    needs: test\n', '');
  assert.notEqual(bad, good);
  assert.match(problems(bad), /job deploy: deploys without needing a job that runs `make test`/);
});

test('a job without runs-on is caught', () => {
  const bad = good.replace('  deploy:\n    needs: test\n    runs-on: ubuntu-latest\n', '  deploy:\n    needs: test\n');
  assert.notEqual(bad, good);
  assert.match(problems(bad), /runs-on/);
});
