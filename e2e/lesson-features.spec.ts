import { expect, test } from '@playwright/test';
import { lessons } from './site.ts';

const lesson = lessons[0]!;

test('code blocks copy their text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/lessons/${lesson.slug}`);
  const block = page.locator('.code-block').first();
  await block.hover();
  await block.getByRole('button', { name: 'Copy code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(0);
  expect(copied).toBe(await block.locator('pre').innerText());
});

test('a heading link copies the URL of its section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/lessons/${lesson.slug}`);
  const heading = lesson.headings[0]!;
  await page.locator(`#${heading.id}`).hover();
  await page.locator(`#${heading.id} .heading-anchor`).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en/lessons/${lesson.slug}#${heading.id}$`));
});

test('the table of contents lists the sections and marks the current one', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/en/lessons/${lesson.slug}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const h of lesson.headings.slice(0, 3)) await expect(toc.getByRole('link', { name: h.text, exact: true })).toBeVisible();
  const target = lesson.headings[2]!;
  await toc.getByRole('link', { name: target.text, exact: true }).click();
  await expect(toc.locator('a[aria-current]')).toHaveText(target.text);
});

test('the quiz grades answers and explains them', async ({ page }) => {
  await page.goto(`/en/lessons/${lesson.slug}`);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByText(/Answer every question first/)).toBeVisible();
  const groups = quiz.locator('fieldset');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByText(new RegExp(`of ${count} correct`))).toBeVisible();
  await expect(quiz.locator('.quiz-feedback')).toHaveCount(count);
});

test('interview answers are folded until asked for', async ({ page }) => {
  await page.goto(`/zh/lessons/${lesson.slug}`);
  const first = page.locator('.interview details').first();
  await expect(first.locator('.interview-a')).toBeHidden();
  await first.getByText('参考答案').click();
  await expect(first.locator('.interview-a')).toBeVisible();
});

test('a mermaid diagram loads only when scrolled to, and draws', async ({ page }) => {
  const withDiagram = lessons.find((l) => l.slug === 'grpc')!;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/en/lessons/${withDiagram.slug}`, { waitUntil: 'networkidle' });
  const diagram = page.locator('figure.mermaid').first();
  const before = await diagram.boundingBox();
  expect(requests.some((u) => /mermaid/i.test(u))).toBe(false);
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram.locator('svg').first()).toBeVisible({ timeout: 15_000 });
  expect(requests.some((u) => /mermaid/i.test(u))).toBe(true);
  // The placeholder held the diagram's place: nothing below it moved.
  expect((await diagram.boundingBox())?.height).toBe(before?.height);
});

test('a lesson prints without the site chrome', async ({ page }) => {
  await page.goto(`/en/lessons/${lesson.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
});

test('interview and quiz are in the HTML at once, and their chunk loads only when the reader nears them', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/en/lessons/${lesson.slug}`, { waitUntil: 'networkidle' });
  await expect(page.locator('section.quiz')).toHaveCount(1);
  await expect(page.locator('section.quiz').getByRole('button', { name: 'Check answers' })).toBeDisabled();
  const studyChunk = /lesson-study|study/i;
  const before = requests.filter((u) => studyChunk.test(u));
  expect(before).toEqual([]);
  await page.locator('section.quiz').scrollIntoViewIfNeeded();
  await expect.poll(() => requests.filter((u) => studyChunk.test(u)).length).toBeGreaterThan(0);
  // Now hydrated: the quiz reacts.
  await expect(page.locator('section.quiz').getByRole('button', { name: 'Check answers' })).toBeEnabled();
  await page.locator('section.quiz').getByRole('button', { name: 'Check answers' }).click();
  await expect(page.locator('section.quiz').getByText(/Answer every question first/)).toBeVisible();
});
