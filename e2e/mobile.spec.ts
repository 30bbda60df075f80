import { expect, test } from '@playwright/test';
import { LANGS, lessons } from './site.ts';

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

for (const lang of LANGS) {
  test(`no horizontal scroll at 375×812 (${lang})`, async ({ page }) => {
    for (const route of [`/${lang}/`, ...lessons.map((l) => `/${lang}/lessons/${l.slug}`)]) {
      await page.goto(route, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, route).toBeLessThanOrEqual(375);
    }
  });
}

test('the lessons menu opens, navigates and closes on a phone', async ({ page }) => {
  await page.goto(`/en/lessons/${lessons[0]!.slug}`);
  const sidebar = page.locator('#site-sidebar');
  await expect(sidebar).toBeHidden();
  await page.getByRole('button', { name: 'Lessons menu' }).click();
  await expect(sidebar).toBeVisible();
  await sidebar.getByRole('link', { name: lessons[1]!.title.en, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(lessons[1]!.title.en);
  await expect(sidebar).toBeHidden();
});
