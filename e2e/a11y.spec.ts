import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, lessons } from './site.ts';

const routes = [
  ...LANGS.flatMap((lang) => [`/${lang}/`, ...lessons.map((l) => `/${lang}/lessons/${l.slug}`), ...lessons.map((l) => `/embed/${lang}/lessons/${l.slug}`)]),
  '/en/lessons/no-such-lesson',
];

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any route (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const route of routes) {
      await page.goto(route, { waitUntil: 'networkidle' });
      // Open what is folded so axe checks it too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${route}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
    }
  });
}

test('keyboard: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(`/en/lessons/${lessons[0]!.slug}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});
