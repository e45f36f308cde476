// The whole journey: welcome, every question by keyboard, review, result, a draft, and reloads.
import { expect, test } from '@playwright/test';
import { countDialogs, QUESTION_COUNT, openApp, openWithAnswers, tabTo } from './helpers';

test('a person walks the whole questionnaire with the keyboard alone and gets an explained result', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mentoring or coaching/);
  await tabTo(page, page.getByRole('button', { name: 'Start the questions' }));
  await page.keyboard.press('Enter');

  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expect(page.getByText(`Question ${n} of ${QUESTION_COUNT}`, { exact: true })).toBeVisible();
    const heading = page.getByRole('heading', { level: 1 });
    // Focus moves to the new question's heading, so a screen reader reads it out.
    await expect(heading).toBeFocused();
    const group = page.getByRole('group', { name: await heading.innerText() });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    await expect(group.getByRole('radio').first()).toBeChecked();
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expect(page.getByRole('listitem')).toHaveCount(QUESTION_COUNT);
  await tabTo(page, page.getByRole('button', { name: 'See my result' }));
  await page.keyboard.press('Enter');

  // First option everywhere: nine point to mentoring (2 each), four to coaching (2 each).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: Mentoring');
  await expect(page.getByText('a clear match', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pointing the other way' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Answer by answer' }).getByRole('listitem')).toHaveCount(QUESTION_COUNT);
  await expect(page.getByRole('columnheader', { name: /Mentoring \(suggested for you\)/ })).toBeVisible();
  await expect(page.getByText('Leans towards mentoring: a clear match', { exact: true })).toBeVisible();
});

test('Next needs an answer, Skip moves on, and Back keeps the answer', async ({ page }) => {
  await openApp(page, '#/question/1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Please choose an answer/);
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();
  await page.getByRole('radio', { name: 'A mix of advice and questions' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 3 of 13')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'A mix of advice and questions' })).toBeChecked();
});

test('reloading in the middle of the questionnaire resumes at the same question with every answer', async ({ page }) => {
  await openApp(page, '#/question/1');
  await page.getByRole('radio', { name: 'Working out what I need is part of the help I want' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Good questions that help me find my own answer' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 3 of 13')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Question 3 of 13')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Good questions that help me find my own answer' })).toBeChecked();

  // A new tab with no address opens on the welcome screen and offers to continue.
  const fresh = await page.context().newPage();
  await openApp(fresh);
  await fresh.getByRole('button', { name: 'Continue from question 2' }).click();
  await expect(fresh.getByText('Question 2 of 13')).toBeVisible();
});

test('Back and Forward move between screens, and a reload keeps the screen', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('radio', { name: /Growing more broadly/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();

  await page.goBack();
  await expect(page.getByText('Question 1 of 13')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mentoring or coaching/);
  await page.goForward();
  await expect(page.getByText('Question 1 of 13')).toBeVisible();
  await page.goForward();
  await expect(page.getByText('Question 2 of 13')).toBeVisible();

  for (const [hash, heading] of [
    ['#/review', 'Check your answers'],
    ['#/result', 'Not enough to go on yet'],
    ['#/agreements', 'Your agreements'],
  ] as const) {
    await page.goto(hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('start over asks first and can be undone', async ({ page }) => {
  await openApp(page, '#/question/1');
  await page.getByRole('radio', { name: /Growing more broadly/ }).check();
  await page.getByRole('link', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Start over?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /Continue from question/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Continue from question/ })).toBeVisible();
});

test('a draft from the result is prefilled, saves as you type and survives a reload', async ({ page }) => {
  await openApp(page, '#/question/3');
  await page.getByRole('radio', { name: 'A year or longer' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'My career path and growth as a whole' }).check();
  await page.goto('#/result');
  // Two answers are not enough for a recommendation, but drafting stays possible.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not enough to go on yet');
  await page.getByRole('button', { name: 'Draft a mentoring agreement' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring agreement');
  const goal = page.getByLabel('Goal 1', { exact: true });
  await expect(goal).toHaveValue(/career step/);
  await goal.fill('Run a team meeting on my own by March');
  await page.getByLabel("Mentee's name").fill('Sam Lee');
  await page.getByLabel('How often').selectOption('Monthly');
  await page.getByLabel(/Either of us can end this relationship/).check();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Run a team meeting on my own by March');
  await expect(page.getByLabel("Mentee's name")).toHaveValue('Sam Lee');
  await expect(page.getByLabel('How often')).toHaveValue('monthly');
  await expect(page.getByLabel(/Either of us can end this relationship/)).toBeChecked();

  await page.getByRole('link', { name: 'Back to your agreements' }).click();
  await expect(page.getByRole('link', { name: 'Mentoring agreement' })).toBeVisible();
});

test('hostile text is shown as text and never runs', async ({ page }) => {
  const dialogs = countDialogs(page);
  await openApp(page, '#/agreements');
  await page.getByRole('button', { name: 'New coaching agreement' }).click();
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.getByLabel('Name of this agreement').fill(hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs()).toBe(0);
});

test('the result prints without the app around it', async ({ page }) => {
  await openWithAnswers(page, {
    'need-scope': 'specific', answers: 'questions', horizon: 'weeks', focus: 'skill',
    measurable: 'yes', assessment: 'had', conversation: 'reflect',
  }, '#/review', '#/result');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: Coaching');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
