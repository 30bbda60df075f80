import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildCatalog } from '../build/catalog.ts';
import { LANGS, lessons, PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;
const clean = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

// The frontmatter the sheets are made from, read as the build reads it.
const built = buildCatalog(path.resolve(import.meta.dirname, '..'));
// The lesson with the most key points: any lesson's sheet shows them, this one shows the most.
const sample = [...built].sort((a, b) => b.read.en.frontmatter.keypoints.length - a.read.en.frontmatter.keypoints.length)[0]!;
// Inline markdown renders `code` as <code>, so the text a reader sees has no backticks.
const shown = (text: string) => text.replace(/`/g, '').trim();

const words = {
  en: { site: 'Go Backend Atlas', sheet: 'Cheat sheet', course: 'Course cheat sheet', back: 'Back to the lesson', answers: 'Include the model answers', none: 'This lesson has no key points written yet.' },
  zh: { site: 'Go 后端图谱', sheet: '速查表', course: '全课程速查表', back: '返回本课', answers: '附上参考答案', none: '本课的要点还没有写好。' },
};

const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));

for (const lang of LANGS) {
  const w = words[lang];
  const fm = sample.read[lang].frontmatter;

  test(`${lang}: a lesson's sheet shows its key points, questions and answers, and leads back to the lesson`, async ({ page }) => {
    const problems = watch(page, origin);
    // Arrive from the lesson, through the link in its header.
    await page.goto(`/${lang}/lessons/${sample.entry.slug}`, { waitUntil: 'networkidle' });
    await page.locator('.lesson-meta').getByRole('link', { name: w.sheet, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/cheatsheet/${sample.entry.slug}$`));
    await expect(page.locator('main h1')).toHaveText(fm.title);
    await expect(page).toHaveTitle(`${fm.title} · ${w.sheet} · ${w.site}`);

    if (fm.keypoints.length > 0) expect(await texts(page, '.cheatsheet-keypoints li')).toEqual(fm.keypoints.map(shown));
    else await expect(page.locator('.cheatsheet-keypoints')).toContainText(w.none);
    expect(await texts(page, '.cheatsheet-questions li')).toEqual(fm.interview.map((item) => shown(item.q)));
    // The answers follow the questions, in the same order, and can be left off.
    expect(await texts(page, '.cheatsheet-answer-q')).toEqual(fm.interview.map((item) => shown(item.q)));
    await expect(page.locator('.cheatsheet-answers > ol > li').first()).toContainText(shown(fm.interview[0]!.a.split('\n')[0]!).slice(0, 40));
    await page.getByRole('checkbox', { name: w.answers }).uncheck();
    await expect(page.locator('.cheatsheet-answers')).toHaveCount(0);

    await page.getByRole('link', { name: w.back }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/${sample.entry.slug}$`));
    await expect(page.locator('main h1')).toHaveText(fm.title);
    expect(problems).toEqual(clean);
  });

  test(`${lang}: the course sheet lists every lesson in course order, with every question`, async ({ page }) => {
    const problems = watch(page, origin);
    await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
    await page.locator('.home-hero').getByRole('link', { name: w.course }).click();
    await expect(page.locator('main h1')).toHaveText(w.course);
    await expect(page).toHaveTitle(`${w.course} · ${w.site}`);
    expect(await texts(page, '.cheatsheet-lesson h3')).toEqual(lessons.map((l) => l.title[lang]));
    for (const lesson of built) {
      const article = page.locator('.cheatsheet-lesson').filter({ has: page.getByRole('heading', { name: lesson.entry.title[lang], exact: true }) });
      const { keypoints, interview } = lesson.read[lang].frontmatter;
      await expect(article.locator('.cheatsheet-keypoints li'), lesson.entry.slug).toHaveCount(keypoints.length);
      await expect(article.locator('.cheatsheet-questions li'), lesson.entry.slug).toHaveCount(interview.length);
    }
    // Without answers by default (they run to dozens of pages); with them on request.
    await expect(page.locator('.cheatsheet-answers')).toHaveCount(0);
    await page.getByRole('checkbox', { name: w.answers }).check();
    await expect(page.locator('.cheatsheet-answers')).toHaveCount(built.filter((l) => l.read[lang].frontmatter.interview.length > 0).length);
    expect(problems).toEqual(clean);
  });
}

test('the Print button prints', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const w = window as unknown as { printed?: number };
      w.printed = (w.printed ?? 0) + 1;
    };
  });
  await page.goto(`/en/cheatsheet/${sample.entry.slug}`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
});

test('printed in the dark theme: no site chrome or buttons, black text on white, answers on a new page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/en/cheatsheet/${sample.entry.slug}`, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const colours = () =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { body: style('body').backgroundColor, h1: style('main h1').color, question: style('.cheatsheet-questions li').color };
    });
  // On screen the sheet is dark, so the print check below means something.
  expect((await colours()).body).toBe('rgb(17, 20, 24)');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const hidden of ['.site-header', '.sidebar', '.cheatsheet-tools']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('main button:visible, main input:visible')).toHaveCount(0);
  await expect(page.locator('.cheatsheet-questions li').first()).toBeVisible();
  expect(await colours()).toEqual({ body: 'rgb(255, 255, 255)', h1: 'rgb(0, 0, 0)', question: 'rgb(0, 0, 0)' });
  expect(await page.locator('.cheatsheet-answers').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');

  // On the course sheet the lesson titles are links: printed as plain black text.
  await page.goto('/en/cheatsheet', { waitUntil: 'networkidle' });
  const link = page.locator('.cheatsheet-lesson h3 a').first();
  expect(await link.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).textDecorationLine])).toEqual(['rgb(0, 0, 0)', 'none']);
});

for (const theme of ['light', 'dark'] as const) {
  for (const route of LANGS.flatMap((lang) => [`/${lang}/cheatsheet`, `/${lang}/cheatsheet/${sample.entry.slug}`])) {
    test(`axe: no serious or critical violation on ${route} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(route, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('no horizontal scroll at 375 px on any sheet', async ({ page }) => {
    for (const route of LANGS.flatMap((lang) => [`/${lang}/cheatsheet`, ...lessons.map((l) => `/${lang}/cheatsheet/${l.slug}`)])) {
      await page.goto(route, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(375);
    }
  });
});

test('an unknown lesson shows the 404 page', async ({ page }) => {
  const response = await page.goto('/en/cheatsheet/no-such-lesson', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the course map' })).toBeVisible();
});
