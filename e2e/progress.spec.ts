import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildCatalog } from '../build/catalog.ts';
import { localDay } from '../src/study/cards/day.ts';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;
const KEY = 'go-atlas:progress';
const course = buildCatalog(path.resolve(import.meta.dirname, '..')).map((l) => ({
  slug: l.entry.slug,
  title: l.entry.title,
  playgrounds: l.entry.playgrounds,
  quiz: l.read.en.frontmatter.quiz,
}));
const grpc = course.find((l) => l.slug === 'grpc')!;

/** A learner part-way through: two lessons read, two quizzes, a playground, two cards, reviews today. */
function seeded(now = Date.now()) {
  return {
    version: 1,
    lessons: {
      grpc: { readAt: now - 86_400_000, quiz: { score: 3, total: 5, best: 4, at: now - 3_600_000 } },
      gin: { readAt: now - 7_200_000 },
      kafka: { quiz: { score: 2, total: 4, best: 2, at: now - 600_000 } },
    },
    playgrounds: { protobuf: now - 86_000_000 },
    cards: {
      'grpc/interview/0': {
        due: now + 3 * 86_400_000,
        stability: 3.2,
        difficulty: 5.3,
        elapsed_days: 0,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        last_review: now - 3_600_000,
      },
      'kafka/quiz/1': {
        due: now - 600_000,
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
        last_review: null,
      },
    },
    reviewsByDay: { [localDay(now)]: 3 },
  };
}

async function seed(page: Page, progress: unknown) {
  await page.goto('/en/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(progress)]);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The dashboard once live (its buttons work only after hydration, when it has read the storage). */
async function openDashboard(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`/${lang}/progress`);
  await expect(page.getByRole('button', { name: lang === 'en' ? 'Export progress' : '导出进度' })).toBeEnabled();
}

/** What the dashboard shows: the overview and every lesson row. */
async function dashboard(page: Page) {
  return {
    stats: await page.locator('.progress-stats').innerText(),
    rows: await page.locator('.progress-table tbody tr').allInnerTexts(),
  };
}

const statValue = (page: Page, name: string) => page.locator('.progress-stats > div', { hasText: name }).locator('dd');
const row = (page: Page, slug: string) => page.locator(`.progress-table tr[data-slug="${slug}"]`);

test('a quiz score survives a reload, and shows on the dashboard and the course map', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/en/lessons/${grpc.slug}`);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  // Right on every question but the second.
  const groups = quiz.locator('fieldset');
  for (let i = 0; i < grpc.quiz.length; i++) {
    const answer = i === 1 ? (grpc.quiz[i]!.answer + 1) % grpc.quiz[i]!.options.length : grpc.quiz[i]!.answer;
    await groups.nth(i).getByRole('radio').nth(answer).check();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const total = grpc.quiz.length;
  await expect(quiz.getByText(`${total - 1} of ${total} correct`)).toBeVisible();
  await expect(quiz.getByText(`Your best: ${total - 1}/${total}`)).toBeVisible();

  await page.reload();
  await page.locator('section.quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('section.quiz').getByText(`Your best: ${total - 1}/${total}`)).toBeVisible();
  // The question answered wrong joined the flashcards.
  expect(Object.keys(JSON.parse((await stored(page))!).cards)).toEqual(['grpc/quiz/1']);

  await openDashboard(page);
  await expect(statValue(page, 'Quizzes taken')).toHaveText('1');
  await expect(row(page, 'grpc').locator('td').nth(1)).toHaveText(`${total - 1}/${total}`);

  await page.goto('/en/');
  const card = page.locator('.lesson-card', { has: page.getByRole('link', { name: grpc.title.en, exact: true }) });
  await expect(card.getByText(`Quiz best ${total - 1}/${total}`)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('reading a lesson to its end ticks it on the course map and the dashboard', async ({ page }) => {
  const lesson = course.find((l) => l.slug === 'gin')!;
  await page.goto(`/en/lessons/${lesson.slug}`);
  // Only the end counts: the top of the lesson marks nothing.
  await page.waitForLoadState('networkidle');
  expect(JSON.parse((await stored(page)) ?? '{"lessons":{}}').lessons.gin).toBeUndefined();
  await page.locator('.prev-next').scrollIntoViewIfNeeded();
  await expect
    .poll(async () => JSON.parse((await stored(page)) ?? '{"lessons":{}}').lessons.gin?.readAt)
    .toBeGreaterThan(0);

  await page.goto('/en/');
  const card = page.locator('.lesson-card', { has: page.getByRole('link', { name: lesson.title.en, exact: true }) });
  await expect(card.locator('.lesson-mark-read')).toHaveText('✓ Read');
  await openDashboard(page);
  await expect(statValue(page, 'Lessons read')).toHaveText(`1/${course.length}`);
  await expect(row(page, 'gin').locator('td').first()).toHaveText('✓read');
});

test('changing a playground marks it tried for its lessons', async ({ page }) => {
  const lesson = course.find((l) => l.playgrounds.includes('docker-layers'))!;
  await page.goto('/en/play/docker-layers');
  await page.getByLabel('Example').selectOption('deleted-file-waste');
  await expect
    .poll(async () => JSON.parse((await stored(page)) ?? '{"playgrounds":{}}').playgrounds['docker-layers'])
    .toBeGreaterThan(0);
  await openDashboard(page);
  await expect(row(page, lesson.slug).locator('td').nth(2)).toHaveText(`1/${lesson.playgrounds.length}`);
});

test('export, then import into a fresh browser restores everything', async ({ page, browser }) => {
  await seed(page, seeded());
  await openDashboard(page);
  const before = await dashboard(page);
  expect(before.stats).toContain(`2/${course.length}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^go-backend-atlas-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({
    app: 'go-backend-atlas',
    kind: 'progress',
    progress: JSON.parse((await stored(page))!),
  });

  const fresh = await browser.newContext({ baseURL: origin });
  try {
    const other = await fresh.newPage();
    const problems = watch(other, origin);
    await openDashboard(other);
    expect((await dashboard(other)).stats).toContain(`0/${course.length}`);
    await other.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(
      other.getByText(
        /^Imported a file exported .*: 2 lessons read, 2 quiz scores, 1 playgrounds tried, 2 flashcards, 3 reviews\.$/,
      ),
    ).toBeVisible();
    expect(await dashboard(other)).toEqual(before);
    expect(JSON.parse((await stored(other))!)).toEqual(exported.progress);
    // And it stays after a reload.
    await openDashboard(other);
    expect(await dashboard(other)).toEqual(before);
    // A lesson's due count leads to the review page filtered to that lesson.
    await row(other, 'kafka')
      .getByRole('link', { name: /Review the \d+ due cards of Kafka/ })
      .click();
    await expect(other).toHaveURL(/\/en\/review\?lesson=kafka$/);
    expect(problems.consoleErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a bad file is refused with a message at the control, and nothing changes', async ({ page }) => {
  const progress = seeded();
  await seed(page, progress);
  await openDashboard(page);
  const before = await dashboard(page);
  const raw = await stored(page);
  const input = page.getByLabel('Import progress from a file');
  const good = JSON.stringify(
    {
      app: 'go-backend-atlas',
      kind: 'progress',
      exportedAt: new Date().toISOString(),
      progress: { ...progress, lessons: {} },
    },
    null,
    2,
  );
  const cases: [string, string, RegExp][] = [
    ['cut.json', good.slice(0, good.length / 2), /cut short/],
    ['notes.json', 'these are my notes', /not valid JSON/],
    [
      'other.json',
      JSON.stringify({ app: 'roadmap.sh', kind: 'progress', progress }),
      /not a Go Backend Atlas progress file/,
    ],
    ['list.json', '[1, 2, 3]', /not a Go Backend Atlas progress file/],
    [
      'future.json',
      good.replace('"version": 1', '"version": 9'),
      /newer version of the site \(format 9; this page reads up to format 1\)/,
    ],
    [
      'wrong.json',
      good.replace('"reps": 2', '"reps": "two"'),
      /wrong value: cards\.grpc\/interview\/0\.reps: expected number/,
    ],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const shown = page.locator('.progress-msg.progress-bad');
    await expect(shown, name).toHaveText(message);
    await expect(shown).toContainText('Nothing was imported.');
    // It is the input's description, so a screen reader hears it at the control.
    const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await shown.getAttribute('id'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await stored(page), name).toBe(raw);
    expect(await dashboard(page), name).toEqual(before);
  }
});

test('reset asks first; Cancel or Escape keep everything, Delete clears it', async ({ page }) => {
  await seed(page, seeded());
  await openDashboard(page);
  const before = await dashboard(page);
  const resetButton = page.getByRole('button', { name: 'Reset progress…' });
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });

  await resetButton.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(resetButton).toBeFocused();
  expect(await dashboard(page)).toEqual(before);

  await resetButton.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await dashboard(page)).toEqual(before);

  await resetButton.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete all progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All progress was deleted.')).toBeVisible();
  await expect(resetButton).toBeFocused();
  await expect(statValue(page, 'Lessons read')).toHaveText(`0/${course.length}`);
  await expect(statValue(page, 'Quizzes taken')).toHaveText('0');
  expect(JSON.parse((await stored(page))!)).toEqual({
    version: 1,
    lessons: {},
    playgrounds: {},
    cards: {},
    reviewsByDay: {},
  });
});

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`axe: the dashboard is clean (${lang}, ${theme}), the reset dialog too`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await seed(page, seeded());
      await openDashboard(page, lang);
      await page
        .getByLabel(lang === 'en' ? 'Import progress from a file' : '从文件导入进度')
        .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
      await expect(page.locator('.progress-msg.progress-bad')).toBeVisible();
      const serious = async () =>
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      expect(await serious()).toEqual([]);
      await page.getByRole('button', { name: lang === 'en' ? 'Reset progress…' : '清空进度…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await serious()).toEqual([]);
      // The course map with its marks, too.
      await page.keyboard.press('Escape');
      await page.goto(`/${lang}/`);
      await expect(page.locator('.lesson-marks').first()).toBeVisible();
      expect(await serious()).toEqual([]);
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  for (const lang of ['en', 'zh'] as const) {
    test(`no horizontal scroll at 375 px (${lang})`, async ({ page }) => {
      await seed(page, seeded());
      for (const route of [`/${lang}/progress`, `/${lang}/`]) {
        await page.goto(route, { waitUntil: 'networkidle' });
        // The page's content, marks and all (the header is e2e/mobile.spec.ts's).
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > 375)
            .map((e) => e.outerHTML.slice(0, 80)),
        );
        expect(wide, route).toEqual([]);
      }
      await page.goto(`/${lang}/progress`);
      await page.getByRole('button', { name: lang === 'en' ? 'Reset progress…' : '清空进度…' }).click();
      const box = await page.getByRole('dialog').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    });
  }
});
