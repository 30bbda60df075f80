import { expect, test } from '@playwright/test';
import { lessons } from './site.ts';

const lesson = lessons.find((l) => l.headings.length >= 4) ?? lessons[0]!;

test('the language switch keeps the lesson and the section being read', async ({ page }) => {
  const section = lesson.headings[3]!;
  await page.goto(`/zh/lessons/${lesson.slug}`);
  await page.locator(`#${section.id}`).evaluate((el) => el.scrollIntoView());
  await page.waitForTimeout(100);
  // dispatchEvent, not click(): Playwright scrolls before a click, which would move the reader off the section.
  await page.getByRole('link', { name: '用英文阅读本页' }).dispatchEvent('click');
  await expect(page).toHaveURL(new RegExp(`/en/lessons/${lesson.slug}#${section.id}$`));
  await expect(page.locator('main h1')).toHaveText(lesson.title.en);
  await expect(page.locator(`#${section.id}`)).toBeInViewport();
  // The choice is remembered: the root now goes to English even for a Chinese browser.
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('a first visit follows the browser language', async ({ browser }) => {
  for (const [locale, expected] of [
    ['zh-CN', '/zh/'],
    ['en-US', '/en/'],
    ['fr-FR', '/en/'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  }
});

test('the theme switch applies, is remembered, and shows no flash on reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/en/lessons/${lesson.slug}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Hold back every script file: whatever shows now is what the reader sees before the app runs.
  await page.route('**/*.js', (route) => route.abort());
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(17, 20, 24)');
  await page.unroute('**/*.js');
  await page.reload();
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('system theme follows the operating system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
