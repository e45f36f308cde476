// The pages the key-press benchmarks type into, shared by bench/run.mjs and bench/trace-keypaint.mjs.
// Each opens its page in `page`, focuses the field typed into with the caret at its end, and returns it.

// The app: 50 drafts stored, the first a coaching agreement with every field filled, opened at Goal 1.
export async function storeLargest(page, base) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Start the questions' }).waitFor();
  await page.evaluate(() => {
    const coaching = {
      text: ['coachee-name', 'coachee-contact', 'coach-name', 'coach-credentials', 'coach-contact', 'sponsor-name',
        'goal-1', 'goal-1-measure', 'goal-2', 'goal-2-measure', 'goal-3', 'goal-3-measure', 'goal-4', 'goal-4-measure',
        'goal-5', 'goal-5-measure', 'assessment-viewers', 'debrief', 'preparation', 'between-sessions', 'sponsor-told',
        'notes-kept', 'notes-destroyed', 'fee', 'late-cancel-fee', 'closing'],
      dates: ['goal-1-date', 'goal-2-date', 'goal-3-date', 'goal-4-date', 'goal-5-date', 'start', 'end'],
      ticks: ['not-therapy', 'owns-decisions', 'honest-feedback', 'limits-ack', 'icf-what-coaching-is', 'icf-appropriate',
        'icf-responsibilities', 'icf-practicalities', 'icf-plan', 'icf-fit', 'icf-measures', 'icf-closing', 'may-end'],
      choices: { assessment: 'both', sessions: '8', length: '60-minutes', frequency: 'every-2-weeks', mode: 'video',
        'three-way': 'start-and-end', 'cancel-notice': '48-hours' },
    };
    const drafts = [];
    for (let i = 0; i < 50; i++) {
      const fields = { ...coaching.choices };
      for (const f of coaching.text) fields[f] = `Draft ${i}: ${'words '.repeat(40)}`;
      for (const f of coaching.dates) fields[f] = '2027-03-01';
      for (const f of coaching.ticks) fields[f] = 'yes';
      drafts.push({ id: `b${i}`, kind: 'coaching', title: `Agreement ${i}`, fields, prefilled: [], created: 0, updated: i, signatures: {} });
    }
    localStorage.setItem('mentoring-or-coaching/document', JSON.stringify({ schema: 3, assessment: { bank_version: 1, answers: {} }, drafts, resume: '', revision: 1 }));
  });
  await page.goto(base + '#/agreement/b0');
  await page.reload();
  return focusEnd(page);
}

// A plain hand-written page with a form of the same size and no script or styles: the browser's own
// cost of a key press. Written into about:blank unless `base` is given; served from `base` (the app's
// origin) it is an ordinary web page, where Chromium's autofill looks at the form on every keystroke,
// as it does in the app: on about:blank it does not.
export async function plainForm(page, base) {
  const words = `Draft 0: ${'words '.repeat(40)}`;
  const rows = [];
  for (let i = 1; i <= 26; i++) rows.push(`<label for="t${i}">${i === 7 ? 'Goal 1' : `Text ${i}`}</label><input id="t${i}" value="${words}">`);
  for (let i = 1; i <= 7; i++) rows.push(`<label for="d${i}">Date ${i}</label><input type="date" id="d${i}" value="2027-03-01">`);
  for (let i = 1; i <= 13; i++) rows.push(`<input type="checkbox" id="c${i}" checked><label for="c${i}">Tick ${i}</label>`);
  for (let i = 1; i <= 7; i++) rows.push(`<label for="s${i}">Choice ${i}</label><select id="s${i}"><option>One</option><option selected>Two</option></select>`);
  await show(page, base, `<!doctype html><html lang="en"><title>Plain form</title><main><form>${rows.map((r) => `<p>${r}</p>`).join('')}</form></main></html>`);
  return focusEnd(page);
}

// The floor: a page with one input and nothing else. What a key press to a painted frame costs here
// is the browser's frame scheduling, which no page can go below.
export async function singleInput(page, base) {
  const words = `Draft 0: ${'words '.repeat(40)}`;
  await show(page, base, `<!doctype html><html lang="en"><title>One input</title><label for="g">Goal 1</label><input id="g" value="${words}"></html>`);
  return focusEnd(page);
}

// Shows `html` in about:blank, or at `base` + "plain.html" when `base` is given.
async function show(page, base, html) {
  if (!base) return page.setContent(html);
  const url = `${base}plain.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
}

async function focusEnd(page) {
  const goal = page.getByLabel('Goal 1', { exact: true });
  await goal.waitFor();
  await goal.click();
  await page.keyboard.press('End');
  return goal;
}
