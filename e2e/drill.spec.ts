import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lessons, watch } from './site.ts';

const lesson = lessons[0]!;
const PROGRESS_KEY = 'go-atlas:progress';
const SESSION_KEY = 'go-atlas:drill';

async function open(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`/${lang}/drill`, { waitUntil: 'networkidle' });
  await expect(page.locator('.drill[data-hydrated]')).toBeVisible();
}

/** Presses Tab until `target` has the focus: reaching it is part of what the test checks. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target.toString()}`);
}

/** Starts a drill of `count` questions from the first lesson with the mouse (for the tests about other things). */
async function startWithMouse(page: Page, count = 2) {
  await page.getByRole('checkbox', { name: lesson.title.en, exact: true }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(count));
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByText(`Question 1 of ${count}`)).toBeVisible();
}

const answerBox = (page: Page) => page.getByRole('textbox', { name: /Your answer/ });

test('keyboard only: one lesson, two questions, typed and aloud, graded with keys; the grades reach the flashcards', async ({
  page,
  baseURL,
}) => {
  const problems = watch(page, baseURL!);
  await open(page);

  const box = page.getByRole('checkbox', { name: lesson.title.en, exact: true });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  const count = page.getByRole('spinbutton', { name: 'Number of questions' });
  await tabTo(page, count);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await tabTo(page, page.getByRole('button', { name: 'Start the drill' }));
  await page.keyboard.press('Enter');

  // Question 1: the answer box has the focus; type, reveal.
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await expect(answerBox(page)).toBeFocused();
  await page.keyboard.type('HTTP/2 streams, protobuf bodies');
  await tabTo(page, page.getByRole('button', { name: 'Reveal the model answer' }));
  await page.keyboard.press('Enter');
  const model = page.getByRole('heading', { name: 'Model answer' });
  await expect(model).toBeFocused();
  await expect(page.locator('.drill-typed')).toHaveText('HTTP/2 streams, protobuf bodies');
  await expect(page.locator('.drill-model p').first()).not.toBeEmpty();
  await page.keyboard.press('3'); // Good

  // Question 2: answered aloud, graded Easy.
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await expect(answerBox(page)).toBeFocused();
  await expect(answerBox(page)).toHaveValue('');
  await tabTo(page, page.getByRole('button', { name: 'I answered aloud: reveal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('You answered aloud.')).toBeVisible();
  await page.keyboard.press('4'); // Easy

  // The summary.
  const summary = page.locator('.drill-summary');
  await expect(summary.getByRole('heading', { name: 'Drill finished' })).toBeFocused();
  await expect(summary.getByText('2 questions graded.')).toBeVisible();
  await expect(summary.locator('.drill-results > li')).toHaveCount(2);
  await expect(summary.locator('.drill-results')).toContainText('Grade: Good');
  await expect(summary.locator('.drill-results')).toContainText('Grade: Easy');
  await expect(summary.getByText('(aloud)')).toBeVisible();
  await expect(summary.getByRole('link', { name: lesson.title.en, exact: true })).toHaveAttribute(
    'href',
    new RegExp(`/en/lessons/${lesson.slug}#interview-questions$`),
  );

  // The two grades are FSRS reviews of the two dealt cards, in the progress store.
  const stored = await page.evaluate(
    ([pk, sk]) => ({
      progress: JSON.parse(localStorage.getItem(pk!) ?? 'null'),
      session: JSON.parse(sessionStorage.getItem(sk!) ?? 'null'),
    }),
    [PROGRESS_KEY, SESSION_KEY],
  );
  const ids = (stored.session.questions as { slug: string; index: number }[]).map(
    (q) => `${q.slug}/interview/${q.index}`,
  );
  expect(ids).toHaveLength(2);
  for (const id of ids) expect(id.startsWith(`${lesson.slug}/interview/`)).toBe(true);
  expect(Object.keys(stored.progress.cards).sort()).toEqual([...ids].sort());
  for (const id of ids) expect(stored.progress.cards[id].reps).toBe(1);
  // Good on a new card enters learning (state 1); Easy graduates it at once (state 2, Review).
  expect(stored.progress.cards[ids[0]!].state).toBe(1);
  expect(stored.progress.cards[ids[1]!].state).toBe(2);

  // The lesson link lands on the interview section.
  await tabTo(page, summary.getByRole('link', { name: lesson.title.en, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/lessons/${lesson.slug}#interview-questions$`));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('the setup says what is wrong, at the field', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByText('Choose at least one lesson.')).toBeVisible();
  await page.getByRole('checkbox', { name: lesson.title.en, exact: true }).check();
  const count = page.getByRole('spinbutton', { name: 'Number of questions' });
  await count.fill('0');
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(count).toBeFocused();
  await expect(page.getByText('Enter a whole number from 1 to 50.')).toBeVisible();
  // More than the lesson has: all of them, and a notice.
  await count.fill('50');
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.locator('.drill-notice')).toContainText('fewer than the 50 asked for');
});

test('"all in part" selects every lesson of the part', async ({ page }) => {
  await open(page);
  const part = page.locator('.drill-part').first();
  await part.locator('.drill-all input').check();
  const boxes = part.locator('ul input[type=checkbox]');
  const n = await boxes.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(boxes.nth(i)).toBeChecked();
  await boxes.first().uncheck();
  await expect(part.locator('.drill-all input')).not.toBeChecked();
  expect(await part.locator('.drill-all input').evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(true);
});

test('a reload mid-drill keeps the question and the typed text', async ({ page }) => {
  await open(page);
  await startWithMouse(page);
  const question = await page.locator('.drill-question').innerText();
  await answerBox(page).fill('first line\nsecond line');
  await page.reload({ waitUntil: 'networkidle' });
  await expect(answerBox(page)).toHaveValue('first line\nsecond line');
  await expect(page.locator('.drill-question')).toHaveText(question);
  // and in the other language the same drill goes on, in Chinese
  await page.goto('/zh/drill', { waitUntil: 'networkidle' });
  await expect(page.getByText('第 1 题，共 2 题')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveValue('first line\nsecond line');
});

/** A fake clock, stopped before the drill starts, so the countdown moves only with runFor. */
async function stoppedClock(page: Page) {
  await page.clock.install({ time: new Date('2025-01-06T09:00:00Z') });
  await open(page);
  await page.clock.pauseAt(new Date('2025-01-06T09:01:00Z'));
}

test('time up: the answer is revealed by itself, the text kept, the countdown announced only at 30 s and 10 s', async ({
  page,
}) => {
  await stoppedClock(page);
  await startWithMouse(page, 1);
  await expect(page.getByRole('timer')).toHaveText('2:00 left');
  await answerBox(page).fill('not finished yet');
  const status = page.locator('.drill-run [role=status]');
  await page.clock.runFor(60_000);
  await expect(page.getByRole('timer')).toHaveText('1:00 left');
  await expect(status).toHaveText('');
  await page.clock.runFor(31_000);
  await expect(status).toHaveText('30 seconds left.');
  await page.clock.runFor(20_000);
  await expect(status).toHaveText('10 seconds left.');
  await page.clock.runFor(10_000);
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await expect(status).toHaveText('Time is up: the model answer is shown.');
  await expect(page.locator('.drill-typed')).toHaveText('not finished yet');
});

test('pause stops the clock', async ({ page }) => {
  await stoppedClock(page);
  await startWithMouse(page, 1);
  await page.clock.runFor(5_000);
  await expect(page.getByRole('timer')).toHaveText('1:55 left');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('timer')).toHaveText('Paused · 1:55 left');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByRole('timer')).toHaveText('1:45 left');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: setup, question, answer and summary are clean (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).include('main').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad, where).toEqual([]);
    };
    await open(page);
    await check('setup');
    await page.getByRole('button', { name: 'Start the drill' }).click();
    await expect(page.getByText('Choose at least one lesson.')).toBeVisible();
    await check('setup with an error');
    await startWithMouse(page, 1);
    await answerBox(page).fill('an answer');
    await check('question');
    await page.getByRole('button', { name: 'Reveal the model answer' }).click();
    await check('revealed');
    await page.getByRole('button', { name: /Hard/ }).click();
    await expect(page.getByRole('heading', { name: 'Drill finished' })).toBeVisible();
    await check('summary');
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  for (const lang of ['en', 'zh'] as const) {
    test(`no horizontal scroll at 375 px in any state (${lang})`, async ({ page }) => {
      // The drill's own content, element by element (the site header is checked by mobile.spec.ts).
      const fits = async (where: string) =>
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll('.drill, .drill *')]
              .filter((el) => el.getBoundingClientRect().right > 375.5)
              .map((el) => el.outerHTML.slice(0, 80)),
          ),
          where,
        ).toEqual([]);
      await open(page, lang);
      await fits('setup');
      // Every question of a lesson whose answers quote long code, each revealed.
      await page.locator('.drill-part input[value=grpc]').check();
      await page.locator('#drill-count').fill('50');
      await page.locator('.drill-setup button[type=submit]').click();
      await expect(page.locator('.drill-question')).toBeVisible();
      await page
        .locator('#drill-answer')
        .fill(`${'a_very_long_identifier_without_spaces_'.repeat(8)}\n${'长'.repeat(200)}`);
      await fits('question');
      const total = Number(
        await page.evaluate((k) => JSON.parse(sessionStorage.getItem(k)!).questions.length, SESSION_KEY),
      );
      for (let i = 0; i < total; i++) {
        await page.locator('.drill-actions .drill-primary').click();
        await expect(page.locator('.drill-model p').first()).toBeVisible();
        await fits(`question ${i + 1} revealed`);
        await page.keyboard.press('2');
      }
      await expect(page.locator('.drill-summary')).toBeVisible();
      await fits('summary');
    });
  }
});

test('with reduced motion the countdown bar does not glide', async ({ page }) => {
  const bar = page.locator('.drill-bar-fill');
  const transition = () =>
    bar.evaluate((el) => ({
      property: getComputedStyle(el).transitionProperty,
      seconds: parseFloat(getComputedStyle(el).transitionDuration),
    }));
  // How many animations the bar shows, sampled every 50 ms over a few ticks of the clock.
  const animationsSeen = () =>
    bar.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          let seen = 0;
          const id = setInterval(() => (seen += el.getAnimations().length), 50);
          setTimeout(() => (clearInterval(id), resolve(seen)), 1500);
        }),
    );
  await open(page);
  await startWithMouse(page, 1);
  // With motion allowed the bar glides (this is what the reduced case must not do)…
  expect(await transition()).toEqual({ property: 'transform', seconds: 0.25 });
  expect(await animationsSeen()).toBeGreaterThan(0);
  // …and with reduced motion it has no transition at all: each tick is one step, never an animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await transition()).property).toBe('none');
  expect(await animationsSeen()).toBe(0);
});
