// axe (WCAG 2.0 to 2.2, A and AA) finds nothing on any screen, in the light and the dark colour scheme.
import { test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('every screen passes axe', async ({ page }) => {
      await openApp(page);
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Start the questions' }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Next' }).click(); // shows the error message too
      await expectNoAxeViolations(page);
      await page.getByRole('radio').first().check();

      await page.goto('#/review');
      await expectNoAxeViolations(page);
      await page.goto('#/result');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: /Draft a .* agreement/ }).first().click();
      await expectNoAxeViolations(page);
      await page.goto('#/agreements');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'New coaching agreement' }).click();
      await expectNoAxeViolations(page);
      await page.goto('#/');
      await page.getByRole('button', { name: 'Start over' }).click();
      await expectNoAxeViolations(page);
    });
  });
}
