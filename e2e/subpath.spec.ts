import { expect, test } from '@playwright/test';
import { lessons, SUB_BASE, SUB_PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${SUB_PORT}`;

test.use({ baseURL: origin });

test('a BASE_PATH build works from a plain static server, deep links included', async ({ page }) => {
  test.setTimeout(180_000); // every lesson, loaded and reloaded
  const problems = watch(page, origin);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  for (const lesson of lessons) {
    // A fresh load of a deep link each time: no server fallback can help.
    await page.goto(`${SUB_BASE}zh/lessons/${lesson.slug}`, { waitUntil: 'networkidle' });
    await expect(page.locator('main h1')).toHaveText(lesson.title.zh);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('main h1')).toHaveText(lesson.title.zh);
    for (const img of await page.locator('img.diagram').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
  }
  // Client-side navigation stays under the sub-path.
  await page.locator('.sidebar').getByRole('link', { name: lessons[0]!.title.zh, exact: true }).click();
  await expect(page).toHaveURL(`${origin}${SUB_BASE}zh/lessons/${lessons[0]!.slug}`);
  await page.goto(SUB_BASE);
  await expect(page).toHaveURL(new RegExp(`${SUB_BASE}(zh|en)/$`));
  expect(requested.filter((p) => !p.startsWith(SUB_BASE))).toEqual([]);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('a BASE_PATH build shows its 404 page for unknown addresses', async ({ page }) => {
  const response = await page.goto(`${SUB_BASE}en/lessons/nope/deeper`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the course map' }).click();
  await expect(page).toHaveURL(`${origin}${SUB_BASE}en/`);
});
