import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4399/index.html');
await page.waitForFunction(() => document.getElementById('boot') === null);
await page.getByRole('button', { name: 'Start the questions' }).click();
await page.waitForURL(/question\/1/);
const expected = {};
let q = 1, bad = 0;
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
for (let step = 0; step < 54; step++) {
  await page.waitForURL(new RegExp(`question/${q}$`));
  await page.waitForTimeout(50);
  const states = await page.$$eval('input[type=radio]', els => els.map(e => e.checked));
  const got = states.indexOf(true);
  const want = expected[q] ?? -1;
  const flag = (got !== want || states.filter(Boolean).length > 1) ? 'BAD' : '';
  if (flag) bad++;
  const action = rnd(3);
  let picked = '';
  if (action === 0 || expected[q] === undefined) {
    const n = states.length; const pick = rnd(n);
    await page.getByRole('radio').nth(pick).check(); expected[q] = pick; picked = `pick ${pick}`;
  }
  const dir = rnd(2);
  let mv;
  if (dir === 0 && q > 1) { await page.getByRole('button', { name: 'Back' }).click(); q--; mv='back'; }
  else if (q < 13) { await page.getByRole('button', { name: 'Next' }).click(); q++; mv='next'; }
  else { await page.getByRole('button', { name: 'Back' }).click(); q--; mv='back'; }
  console.log(`step ${step}: saw ${JSON.stringify(states.map(Number).join(''))} want ${want} ${flag}; ${picked}; ${mv}`);
}
console.log('bad screens:', bad);
await browser.close();
