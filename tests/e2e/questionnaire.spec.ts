// The questionnaire, review, welcome and result as first-time and returning people use them, at a
// phone's width and a desktop's, with answers that vary from question to question. Screenshots of
// every screen are attached to each test's results (test-results/), to be looked at.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations, openApp, openWithAnswers, QUESTION_COUNT, tabTo } from './helpers';

/** Every question's id and option ids, in order, as in src/core/questions.rs (the walk checks each question's number of options against it). */
const BANK: [string, string[]][] = [
  ['need-scope', ['broad', 'specific', 'unknown', 'not-sure']],
  ['answers', ['advice', 'both', 'questions', 'not-sure']],
  ['horizon', ['year-plus', 'months-6-12', 'weeks', 'not-sure']],
  ['focus', ['career', 'culture', 'skill', 'result', 'not-sure']],
  ['team', ['yes', 'some', 'no', 'not-sure']],
  ['structure', ['self', 'either', 'programme', 'not-sure']],
  ['relationship', ['mutual', 'focused', 'not-sure']],
  ['measurable', ['yes', 'loosely', 'no', 'not-sure']],
  ['sponsor', ['closely', 'informed', 'private', 'not-sure']],
  ['situation', ['new-hire', 'new-manager', 'promoted', 'change', 'growing', 'not-sure']],
  ['assessment', ['had', 'want', 'no', 'not-sure']],
  ['conversation', ['stories', 'mix', 'reflect', 'not-sure']],
  ['network', ['lots', 'some', 'none', 'not-sure']],
];

function all(option: (id: string, options: string[]) => string): Record<string, string> {
  return Object.fromEntries(BANK.map(([id, options]) => [id, option(id, options)]));
}

/** A full-page screenshot in the test's results folder (test-results/), attached to its report. */
async function shot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** The radio that is checked on the screen, by its label; fails if there is not exactly one. */
async function expectChecked(page: Page, label: string) {
  await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(1);
}

/** Every button, link and radio on the screen that a person can see is at least 24 by 24 px. */
async function expectTargetsAtLeast24(page: Page) {
  const small = await page.$$eval('main button, main a, main input, header a', (els) =>
    els
      .filter((e) => {
        const r = e.getBoundingClientRect();
        // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
        const inline = e.tagName === 'A' && e.closest('p, li') !== null && !e.classList.contains('change')
          && getComputedStyle(e).display === 'inline';
        return r.width > 0 && r.height > 0 && !inline && (r.width < 24 || r.height < 24);
      })
      .map((e) => `${e.tagName} "${(e.textContent ?? '').trim()}" ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`),
  );
  expect(small).toEqual([]);
}

for (const [width, height] of [[375, 812], [1280, 900]]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('a varied walk keeps every answer checked, forwards and straight back; axe passes on the welcome, a question, the review and the result', async ({ page }, info) => {
      await openApp(page);
      // The first screen shows its start button without scrolling.
      const start = page.getByRole('button', { name: 'Start the questions' });
      const box = await start.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(height);
      await expectNoAxeViolations(page);
      await shot(page, info, `${width}-01-welcome`);
      await start.click();

      const labels: string[] = [];
      for (let n = 1; n <= QUESTION_COUNT; n++) {
        await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
        const radios = page.getByRole('radio');
        await expect(radios).toHaveCount(BANK[n - 1][1].length);
        await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
        // A different position from the question before: 3rd, 1st, 2nd, 4th, ...
        const position = [2, 0, 1, 3][(n - 1) % 4] % BANK[n - 1][1].length;
        const radio = radios.nth(position);
        const label = (await page.locator(`label[for="${await radio.getAttribute('id')}"]`).innerText()).trim();
        labels.push(label);
        await radio.check();
        await expectChecked(page, label);
        if (n > 1) {
          // Straight back to the question before: its own answer, not this one's position.
          await page.getByRole('button', { name: 'Back', exact: true }).click();
          await expect(page.getByText(`Question ${n - 1} of ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
          await expectChecked(page, labels[n - 2]);
          await page.getByRole('button', { name: 'Next' }).click();
          await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
          await expectChecked(page, label);
        }
        if (n === 1) await expectNoAxeViolations(page);
        await expectTargetsAtLeast24(page);
        await shot(page, info, `${width}-q${String(n).padStart(2, '0')}`);
        await page.getByRole('button', { name: n < QUESTION_COUNT ? 'Next' : 'Check your answers' }).click();
      }

      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
      const rows = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Change your answer/ }) }).getByRole('listitem');
      for (const [i, label] of labels.entries()) await expect(rows.nth(i)).toContainText(label);
      await expectTargetsAtLeast24(page);
      await expectNoAxeViolations(page);
      await shot(page, info, `${width}-14-review`);
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your result|both ways|Not enough/);
      await expectTargetsAtLeast24(page);
      await expectNoAxeViolations(page);
      await shot(page, info, `${width}-15-result`);

      // The comparison fits the screen, nothing cut off at the right: a table where there is room,
      // topic by topic on a phone.
      const name = 'Mentoring and coaching side by side';
      const comparison = width >= 640 ? page.getByRole('table', { name }) : page.getByRole('group', { name });
      const fits = await comparison.evaluate((t) => {
        const wrap = t.parentElement as HTMLElement;
        return wrap.scrollWidth <= wrap.clientWidth && t.getBoundingClientRect().right <= document.documentElement.clientWidth;
      });
      expect(fits).toBe(true);
    });

    test('Change on the review comes back to the review, at that answer', async ({ page }, info) => {
      await openWithAnswers(page, all((_, o) => o[0]), '#/review', '#/review');
      await page.getByRole('link', { name: /^Change your answer to question 6:/ }).click();
      await expect(page.getByText('Changing your answer to question 6 of 13')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
      // The stored answer shows as chosen on arrival.
      await expectChecked(page, "I'd choose my own partner and we'd set our own pace");
      await page.getByRole('radio', { name: 'A structured programme with someone assigned to me' }).check();
      await shot(page, info, `${width}-change-question`);
      await page.getByRole('button', { name: 'Back to my answers' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^Change your answer to question 6:/ })).toBeFocused();
      await expect(page.getByText('A structured programme with someone assigned to me')).toBeVisible();
      await expectTargetsAtLeast24(page);
    });

    test('someone unsure about everything is told what would settle it, and answers just those', async ({ page }, info) => {
      await openWithAnswers(page, all(() => 'not-sure'), '#/review', '#/result');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not enough to go on yet');
      await expect(page.getByRole('columnheader', { name: /suggested/ })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Why', exact: true })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Draft a coaching agreement$/ })).not.toHaveClass(/primary/);
      await expect(page.getByText(/^Before you answer:/)).toHaveCount(3);
      await expectNoAxeViolations(page);
      await shot(page, info, `${width}-not-enough`);

      await page.getByRole('button', { name: 'Answer these 3 questions' }).click();
      await expect(page.getByText(/1 of the 3 that would help decide your result/)).toBeVisible();
      await page.getByRole('radio', { name: /One specific thing I've already pinned down/ }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: 'Good questions that help me find my own answer' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: 'A few weeks to a few months' }).check();
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page).toHaveURL(/#\/result$/);
      // Three strong answers are still not enough to go on with ten unsure.
      await expect(page.getByText('Before you answer:', { exact: false }).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not enough to go on yet');
    });

    test('a lead with a precise goal from a 360 gets coaching, with that clarity counted for it', async ({ page }, info) => {
      await openWithAnswers(page, {
        'need-scope': 'specific', answers: 'both', horizon: 'weeks', focus: 'skill', team: 'some',
        structure: 'either', relationship: 'focused', measurable: 'yes', sponsor: 'informed',
        situation: 'promoted', assessment: 'had', conversation: 'mix', network: 'some',
      }, '#/review', '#/result');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: Coaching');
      await expect(page.locator('.reasons')).toContainText('What you want help with');
      await expect(page.locator('.counterpoints')).not.toContainText('What you want help with');
      await expect(page.getByText(/^Leans towards coaching/)).toBeVisible();
      if (width >= 640) {
        await expect(page.getByRole('columnheader', { name: /Coaching \(suggested for you\)/ })).toBeVisible();
      } else {
        // A phone gets the comparison topic by topic, each with coaching marked, and no table.
        const topics = page.getByRole('group', { name: 'Mentoring and coaching side by side' });
        await expect(topics.getByRole('heading', { level: 3 })).toHaveCount(5);
        await expect(topics.getByRole('term').filter({ hasText: 'Coaching (suggested for you)' })).toHaveCount(5);
        await expect(topics.getByRole('term').filter({ hasText: 'Mentoring (suggested for you)' })).toHaveCount(0);
        await expect(page.getByRole('table', { name: 'Mentoring and coaching side by side' })).toBeHidden();
      }
      await shot(page, info, `${width}-lead-360`);
    });

    test('strong answers both ways give a blend that says what each would help with', async ({ page }, info) => {
      await openWithAnswers(page, {
        'need-scope': 'specific', answers: 'questions', horizon: 'year-plus', focus: 'skill', team: 'yes',
        structure: 'self', relationship: 'mutual', measurable: 'yes', sponsor: 'closely',
        situation: 'new-hire', assessment: 'had', conversation: 'stories', network: 'lots',
      }, '#/review', '#/result');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: A blend of both');
      await expect(page.getByText('Confidence: medium')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your answers that suit a mentor' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your answers that suit a coach' })).toBeVisible();
      await expect(page.locator('.needs').first()).toContainText('Where you are now');
      await expect(page.locator('.needs').last()).toContainText('What you want help with');
      await shot(page, info, `${width}-blend`);
    });

    test('the skip link moves the keyboard to the content and leaves the screen and address alone', async ({ page }) => {
      await openWithAnswers(page, { 'need-scope': 'broad', answers: 'advice' }, '#/question/3', '#/question/3');
      await expect(page.getByText('Question 3 of 13', { exact: true })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      await expect(page).toHaveURL(/#\/question\/3$/);
      await expect(page.getByText('Question 3 of 13', { exact: true })).toBeVisible();
      // The person moved focus, so they see where it went.
      expect(await page.locator('main').evaluate((m) => getComputedStyle(m).outlineStyle)).toBe('solid');
    });

    test('the heading the app focuses wears no ring; a control the person tabs to does', async ({ page }) => {
      await openApp(page, '#/question/1');
      await page.getByRole('radio').nth(1).check();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(page.getByText('Question 2 of 13', { exact: true })).toBeVisible();
      await expect(heading).toBeFocused();
      expect(await heading.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
      await tabTo(page, page.getByRole('radio').first());
      expect(await page.getByRole('radio').first().evaluate((r) => getComputedStyle(r).outlineStyle)).toBe('solid');
    });

    test('a returning person who finished sees their result offered, not a question', async ({ page }) => {
      await openWithAnswers(page, all((_, o) => o[1]), '#/result');
      await expect(page.getByText("You've been through all the questions.")).toBeVisible();
      await expect(page.getByRole('button', { name: 'See my result' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Change my answers' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
      await expect(page.getByText(/Continue from question/)).toHaveCount(0);
      await expect(page.getByText('Next: your result, with the reasons for it.')).toBeVisible();
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page).toHaveURL(/#\/result$/);
    });

    test('an answer to the reworded first question is asked again, then the result updates', async ({ page }) => {
      const answers = all((_, o) => o[0]);
      delete answers['need-scope'];
      answers.needs = 'known';
      await openWithAnswers(page, answers, '#/result');
      await expect(page.getByText('One question has changed since you answered it', { exact: false })).toBeVisible();
      await page.getByRole('button', { name: 'Answer the changed question' }).click();
      await expect(page.getByText(/changed since you last answered it/)).toBeVisible();
      await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
      await page.getByRole('radio', { name: /Growing more broadly/ }).check();
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: Mentoring');
    });
  });
}
