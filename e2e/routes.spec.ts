import { expect, test } from '@playwright/test';
import { LANGS, lessons, PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;

for (const lang of LANGS) {
  for (const lesson of lessons) {
    test(`${lang}/lessons/${lesson.slug} renders its title, cleanly, from this host only`, async ({ page }) => {
      const problems = watch(page, origin);
      await page.goto(`/${lang}/lessons/${lesson.slug}`, { waitUntil: 'networkidle' });
      await expect(page.locator('main h1')).toHaveText(lesson.title[lang]);
      await expect(page).toHaveTitle(new RegExp(lesson.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Scroll to the end so lazy images and diagrams load too, then wait for them.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  }

  test(`${lang} home shows the course map with every lesson`, async ({ page }) => {
    const problems = watch(page, origin);
    await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
    for (const lesson of lessons) await expect(page.locator('.lesson-cards').getByRole('link', { name: lesson.title[lang], exact: true })).toBeVisible();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
}

test('lesson text is in the HTML before JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const lesson = lessons[0]!;
  await page.goto(`/en/lessons/${lesson.slug}`);
  await expect(page.locator('main h1')).toHaveText(lesson.title.en);
  await expect(page.locator(`#${lesson.headings[0]!.id}`)).toBeVisible();
  await context.close();
});

test('an unknown lesson and an unknown path show the 404 page with a way back', async ({ page }) => {
  await page.goto('/zh/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  const response = await page.goto('/definitely/not/here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the course map' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('sidebar and prev/next navigate between lessons without a full reload', async ({ page }) => {
  await page.goto(`/en/lessons/${lessons[0]!.slug}`);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const next = page.locator('.prev-next a[rel=next]');
  await next.click();
  await expect(page.locator('main h1')).toHaveText(lessons[1]!.title.en);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('the sidebar navigates right after load, before the reader scrolls anywhere', async ({ page }) => {
  // Regression: the end-of-lesson study section hydrates only when scrolled near; an update into it
  // while it waited used to hold the navigation until the reader scrolled.
  await page.goto(`/en/lessons/${lessons[0]!.slug}`, { waitUntil: 'networkidle' });
  await page.locator('.sidebar').getByRole('link', { name: lessons[2]!.title.en, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(lessons[2]!.title.en);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first().click();
  await page.goBack();
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(lessons[0]!.title.en);
});
