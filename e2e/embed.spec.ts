import { expect, test } from '@playwright/test';
import { lessons, PORT, SUB_PORT } from './site.ts';

const lesson = lessons[0]!;
const origin = `http://127.0.0.1:${PORT}`;

test('an embedded lesson has no chrome and posts its height to the parent', async ({ page }) => {
  // A wiki page on another origin (the other test server's port), holding the lesson in an iframe.
  const src = `${origin}/embed/en/lessons/${lesson.slug}?theme=dark`;
  await page.goto(`http://127.0.0.1:${SUB_PORT}/__wiki__?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('h1')).toHaveText(lesson.title.en);
  await expect(frame.locator('.site-header')).toHaveCount(0);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { messages: { type: string; height: number }[] }).messages.at(-1)))
    .toMatchObject({ type: 'go-atlas:resize' });
  const last = await page.evaluate(() => (window as unknown as { messages: { height: number; path: string }[] }).messages.at(-1)!);
  // The lesson is far taller than the 300px frame: the message must report the content, not the frame.
  expect(last.height).toBeGreaterThan(2000);
  expect(last.path).toBe(`/embed/en/lessons/${lesson.slug}`);
});

test('the Embed button offers a snippet pointing at the embed route', async ({ page }) => {
  await page.goto(`/en/lessons/${lesson.slug}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed this lesson' }).inputValue();
  expect(snippet).toContain(`<iframe src="${origin}/embed/en/lessons/${lesson.slug}"`);
  expect(snippet).toContain(`title="${lesson.title.en}"`);
});
