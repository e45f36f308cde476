// Serves a release build with the nginx block from README.md (between <!-- nginx:start --> and
// <!-- nginx:end -->) under /tools/mentoring/ on a loopback port, checks the headers of every file
// and of the redirect and 404 answers, optionally runs a command against it (the Playwright hosting
// test), and stops nginx by its pid.
// Usage: node scripts/nginx-check.mjs DIST [-- COMMAND ARGS...]   (NGINX_PORT, default 4180)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const [distArg, sep, ...command] = process.argv.slice(2);
if (!distArg || (sep !== undefined && sep !== '--')) {
  console.error('usage: node scripts/nginx-check.mjs DIST [-- COMMAND ARGS...]');
  process.exit(2);
}
const port = Number(process.env.NGINX_PORT ?? 4180);
const base = '/tools/mentoring';
const work = resolve('target/nginx');
const site = join(work, 'site');
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? 'nginx';

// The README's block, as written; only its alias points at this build.
function block() {
  const readme = readFileSync('README.md', 'utf8');
  const m = readme.match(/<!-- nginx:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx:end -->/);
  if (!m) throw new Error('README.md: expected a ```nginx block between <!-- nginx:start --> and <!-- nginx:end -->');
  const alias = 'alias /srv/mentoring-or-coaching/dist/;';
  if (m[1].split(alias).length !== 2) throw new Error(`README.md: expected the nginx block to have exactly one "${alias}"`);
  return m[1].replace(alias, () => `alias ${site}/;`);
}

// An nginx left by an interrupted run holds the port: stop it by the pid it wrote, never by name.
try {
  const old = Number(readFileSync(join(work, 'nginx.pid'), 'utf8'));
  if (readFileSync(`/proc/${old}/cmdline`, 'utf8').includes(join(work, 'nginx.conf'))) process.kill(old, 'SIGTERM');
} catch { /* none running */ }
// The build, plus an organisation.json (a file an organisation may add) so its rule is checked too.
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'tmp'), { recursive: true });
cpSync(distArg, site, { recursive: true });
writeFileSync(join(site, 'organisation.json'), `${JSON.stringify({ name: 'Example organisation', contact: 'people@example.org' }, null, 2)}\n`);
// `include mime.types` is relative to the config's folder.
symlinkSync(['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find(existsSync) ?? '/etc/nginx/mime.types', join(work, 'mime.types'));
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${work}/tmp/${t};`).join('\n');
writeFileSync(
  join(work, 'nginx.conf'),
  `# Written by scripts/nginx-check.mjs: a throwaway nginx for the hosting check.
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? '# Run as root, the workers would switch to nobody, who may not read the checkout.\nuser root;\n' : ''}
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
${block().replace(/^/gm, '        ')}
    }
}
`,
);

const test = spawnSync(nginx, ['-t', '-q', '-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { encoding: 'utf8' });
if (test.error) {
  console.error(`nginx-check: cannot run ${nginx} (${test.error.code}): \`make setup\` installs nginx`);
  process.exit(1);
}
if (test.status !== 0) {
  console.error(`nginx-check: nginx rejects the README's block:\n${test.stderr}`);
  process.exit(1);
}
const server = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
let stopped = false;
const stop = () => {
  if (stopped) return;
  stopped = true;
  // By its pid: the master started here, never any other nginx on the machine.
  try { process.kill(server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('exit', stop);
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => { stop(); process.exit(1); });

const request = (path, headers = { 'Accept-Encoding': 'gzip' }) =>
  new Promise((done, fail) => {
    const req = get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
  });

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`nginx exited with ${server.exitCode}; see ${work}/error.log`);
    try { return await request(`${base}/`); } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error(`nginx did not answer on port ${port}`);
}

const TYPES = {
  '.html': /^text\/html(;|$)/,
  '.js': /^(text|application)\/javascript(;|$)/,
  '.wasm': /^application\/wasm$/,
  '.css': /^text\/css(;|$)/,
  '.svg': /^image\/svg\+xml(;|$)/,
  '.webmanifest': /^application\/manifest\+json(;|$)/,
  '.json': /^application\/json(;|$)/,
};
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const failures = [];
let checks = 0;
const check = (ok, what) => {
  checks += 1;
  if (!ok) failures.push(what);
};
const security = (path, r) => {
  check(r.headers['x-content-type-options'] === 'nosniff', `${path} (${r.status}): X-Content-Type-Options is "${r.headers['x-content-type-options']}", expected nosniff`);
  check(r.headers['referrer-policy'] === 'no-referrer', `${path} (${r.status}): Referrer-Policy is "${r.headers['referrer-policy']}", expected no-referrer`);
};

async function checkFile(name, path = `${base}/${name}`) {
  const r = await request(path);
  const type = TYPES[extname(name)];
  check(r.status === 200, `${path}: status ${r.status}, expected 200`);
  check(type, `${path}: no expected Content-Type for ${extname(name)} files; add one to scripts/nginx-check.mjs`);
  check(type?.test(r.headers['content-type'] ?? ''), `${path}: Content-Type "${r.headers['content-type']}", expected ${type}`);
  check(r.headers['content-encoding'] === 'gzip', `${path}: Content-Encoding "${r.headers['content-encoding']}", expected gzip`);
  check(/\bAccept-Encoding\b/i.test(r.headers.vary ?? ''), `${path}: Vary "${r.headers.vary}", expected Accept-Encoding`);
  const cache = HASHED.test(name) ? IMMUTABLE : 'no-cache';
  check(r.headers['cache-control'] === cache, `${path}: Cache-Control "${r.headers['cache-control']}", expected "${cache}"`);
  security(path, r);
  if (r.headers['content-encoding'] === 'gzip') {
    check(gunzipSync(r.body).equals(readFileSync(join(site, name))), `${path}: the body is not the file`);
  }
  return r.headers['cache-control'];
}

try {
  await waitForServer();
  // Every file, in folders too (lang/de.json), named by its path from the site's root.
  const files = readdirSync(site, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(site, f)).isFile())
    .sort();
  const results = [];
  for (const f of files) results.push(`${f.padEnd(48)} ${await checkFile(f)}`);
  // The rules the issue names, whatever the build holds today.
  for (const f of ['index.html', 'sw.js', 'manifest.webmanifest', 'organisation.json', 'lang/de.json']) {
    check(files.includes(f), `${f}: expected in the site to check its Cache-Control`);
  }
  check(files.some((f) => HASHED.test(f)), 'no hashed file in the build: the one-year rule went unchecked');
  await checkFile('index.html', `${base}/`);

  const redirect = await request(base);
  check(redirect.status === 301, `${base}: status ${redirect.status}, expected 301`);
  check(redirect.headers.location === `${base}/`, `${base}: Location "${redirect.headers.location}", expected ${base}/`);
  security(base, redirect);

  for (const missing of [`${base}/missing.html`, `${base}/missing-0123456789abcdef.js`, `${base}/sub/`]) {
    const r = await request(missing);
    check(r.status === 404, `${missing}: status ${r.status}, expected 404`);
    check(!r.headers['cache-control'], `${missing}: a 404 must not be cached, got Cache-Control "${r.headers['cache-control']}"`);
    security(missing, r);
  }

  console.log(results.join('\n'));
  if (failures.length > 0) {
    console.error(`nginx-check: ${failures.length} of ${checks} checks failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`nginx-check: ${checks} checks passed (${files.length} files, /, the redirect and three 404s) on port ${port}`);
    if (command.length > 0) {
      const run = spawnSync(command[0], command.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}/`, E2E_SUBPATH: 'tools/mentoring/' },
      });
      process.exitCode = run.status ?? 1;
    }
  }
} catch (error) {
  console.error(`nginx-check: ${error.message}`);
  process.exitCode = 1;
} finally {
  stop();
}
