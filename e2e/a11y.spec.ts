import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, lessons } from './site.ts';

const pages = LANGS.flatMap((lang) => [`/${lang}/`, ...lessons.map((l) => `/${lang}/lessons/${l.slug}`)]);
const embeds = LANGS.flatMap((lang) => lessons.map((l) => `/embed/${lang}/lessons/${l.slug}`));

// Every route in the light theme; the dark theme on every page route (an embed renders the same lesson
// components with the same stylesheet as its page). Highlighted code is excluded: its thousands of token
// spans cost axe minutes per page, and build/code-contrast.test.ts checks every token colour instead.
const runs = [
  ...[...pages, ...embeds, '/en/lessons/no-such-lesson'].map((route) => ({ route, theme: 'light' as const })),
  ...pages.map((route) => ({ route, theme: 'dark' as const })),
];

for (const { route, theme } of runs) {
  test(`axe: no serious or critical violation on ${route} (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(route, { waitUntil: 'networkidle' });
    // Open what is folded so axe checks it too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).exclude('.code-block pre').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(bad).toEqual([]);
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
