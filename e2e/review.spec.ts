import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildCatalog } from '../build/catalog.ts';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;
const built = buildCatalog(path.resolve(import.meta.dirname, '..'));
const interviewCount = built.reduce((n, l) => n + l.read.en.frontmatter.interview.length, 0);

/** The header's due badge (it appears once the page is idle after hydration). */
const badge = (page: Page) => page.locator('.site-header .due-badge');

async function expectDue(page: Page, n: number) {
  await expect(badge(page)).toHaveAccessibleName(
    n === 0 ? 'Review: no cards due' : `Review: ${n} card${n === 1 ? '' : 's'} due`,
  );
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('flip with Space, grade with 1–4: the header count drops, and it all survives a reload', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto('/en/review');
  // A fresh browser: every interview question is new, 20 of them offered today.
  await expectDue(page, 20);
  await expect(page.locator('.review-stats')).toContainText('Due20');
  const question = page.locator('#review-question');
  const first = await question.innerText();

  // A grade key before the answer is shown does nothing.
  await page.keyboard.press('3');
  await expectDue(page, 20);

  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Good, next in 10 min' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: '“Good”' })).toHaveText('“Good”: back in 10 min.');
  await expectDue(page, 19);
  await expect(question).not.toHaveText(first);
  await expect(question).toBeFocused();

  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expectDue(page, 18);
  await expect(page.locator('.review-stats')).toContainText('Due18');

  await page.reload();
  await expectDue(page, 18);
  await expect(page.locator('.review-stats')).toContainText('Learned2 of');
  const stored = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('go-atlas:progress') ?? 'null') as {
        cards: Record<string, { state: number }>;
        reviewsByDay: Record<string, number>;
      },
  );
  expect(Object.values(stored.cards).map((c) => c.state)).toEqual([1, 1]);
  expect(Object.values(stored.reviewsByDay)).toEqual([2]);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('a lesson reviewed to the end shows when the next card is due; the badge links to the review page', async ({
  page,
}) => {
  const lesson = built[0]!;
  const n = lesson.read.en.frontmatter.interview.length;
  await page.goto(`/en/lessons/${lesson.entry.slug}`);
  await expectDue(page, 20);
  await badge(page).click();
  await expect(page).toHaveURL(/\/en\/review$/);
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption(lesson.entry.slug);
  await expect(page).toHaveURL(new RegExp(`lesson=${lesson.entry.slug}`));
  await expect(page.locator('.review-stats')).toContainText(`Due${n}`);
  // From the lesson select, the keyboard reaches the card's button; after each grade focus is on the next question.
  await page.getByRole('button', { name: /Show answer/ }).focus();
  for (let i = 0; i < n; i++) {
    if (i > 0) await expect(page.locator('#review-question')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  const done = page.getByRole('heading', { name: 'Nothing due right now' });
  await expect(done).toBeFocused();
  await expect(page.locator('.review-done')).toContainText(/The next card is due in 8 days \(/);
  await expectDue(page, 20 - n);
  expect(await axe(page)).toEqual([]);
});

test('export: the Anki file has its headers and one line per card; Markdown too', async ({ page }) => {
  await page.goto('/en/review');
  await expect(page.locator('#review-question')).toBeVisible();
  const [anki] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Anki (.txt)' }).click(),
  ]);
  expect(anki.suggestedFilename()).toBe('go-backend-atlas-flashcards-en.txt');
  const text = readFileSync(await anki.path(), 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
  expect(lines).toHaveLength(4 + interviewCount);
  for (const line of lines.slice(4)) expect(line.split('\t')).toHaveLength(3);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown (.md)' }).click(),
  ]);
  const markdown = readFileSync(await md.path(), 'utf8');
  expect(markdown.startsWith('# Go Backend Atlas · flashcards\n')).toBe(true);
  expect(markdown.match(/^### /gm)).toHaveLength(interviewCount);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the review page, question and answer sides (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/zh/review');
    await expect(page.locator('#review-question')).toBeVisible();
    await expect(badge(page)).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Space');
    await expect(page.locator('.review-grades')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('375 px: no horizontal scroll, grades reachable, a compact header badge', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/zh/review');
  await expect(page.locator('#review-question')).toBeVisible();
  await page.keyboard.press('Space');
  const good = page.getByRole('button', { name: /^良好/ });
  await good.scrollIntoViewIfNeeded();
  await expect(good).toBeInViewport();
  await expect(badge(page)).toBeVisible();
  await expect(badge(page).locator('.due-badge-word')).toBeHidden();
  await expect(badge(page)).toHaveAccessibleName('复习：20 张卡片待复习');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
