import { expect, test } from '@playwright/test';
import { draftMentoringFromResult } from './helpers';
test('x', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await draftMentoringFromResult(page, 'My career path and growth as a whole');
  const sw = () => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth, document.body.scrollWidth]);
  console.log('before', await sw());
  const long = 'z'.repeat(20_000);
  await page.getByLabel('Name of this agreement').fill(long);
  console.log('title', await sw());
  await page.getByLabel('Goal 1', { exact: true }).fill(long);
  console.log('goal', await sw());
  await page.emulateMedia({ media: 'print' });
  console.log('print', await sw());
  await page.screenshot({ path: '/tmp/helper-12b/long.png' });
});
