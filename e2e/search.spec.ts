import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;

/** The texts the page's `search-hit` highlight covers (CSS Custom Highlight API). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit');
    return h ? [...h].map((r) => r.toString()) : [];
  });

/**
 * Presses a search shortcut until the dialog's input has focus: the listener exists once the page has
 * hydrated, which `networkidle` does not promise on a busy machine.
 */
async function openSearch(page: Page, key: string) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
}

test('keyboard only: Ctrl+K, a Chinese term, arrows and Enter reach the section with the term highlighted', async ({
  page,
}) => {
  const problems = watch(page, origin);
  await page.goto('/zh/lessons/gin', { waitUntil: 'networkidle' });
  await openSearch(page, 'Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索课程' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: '搜索' });
  await expect(input).toBeFocused();
  await page.keyboard.type('心跳');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('即时通讯');
  expect(await options.count()).toBeGreaterThan(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first().locator('mark').first()).toHaveText('心跳');
  // Down and back up: the active option follows, and the input keeps focus throughout.
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/zh\/lessons\/im#heartbeats$/);
  await expect(dialog).toBeHidden();
  const heading = page.locator('#heartbeats');
  await expect(heading).toBeInViewport();
  // Focus moves to the section, so the keyboard carries on from there.
  await expect(heading).toBeFocused();
  await expect.poll(() => highlighted(page)).not.toEqual([]);
  expect(new Set(await highlighted(page))).toEqual(new Set(['心跳']));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('a term from the middle of a Chinese sentence leads to its section and is marked there', async ({ page }) => {
  await page.goto('/zh/lessons/kafka', { waitUntil: 'networkidle' });
  await openSearch(page, '/');
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('组协调者');
  await expect(page.getByRole('option').first()).toContainText('再均衡');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/lessons\/kafka#rebalancing$/);
  await expect.poll(() => highlighted(page)).toEqual(['组协调者']);
  // The marked text comes into view.
  const inView = () =>
    page.evaluate(() => {
      const range = [
        ...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-hit')!,
      ][0]!;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  await expect.poll(inView).toBe(true);
  // Leaving the page takes the marks away.
  await page
    .getByRole('link', { name: /^下一课/ })
    .first()
    .click();
  await expect.poll(() => highlighted(page)).toEqual([]);
});

test('Esc closes the dialog and returns focus to where it was; the header button opens it too', async ({ page }) => {
  await page.goto('/en/', { waitUntil: 'networkidle' });
  const button = page.getByRole('button', { name: 'Search' });
  const dialog = page.getByRole('dialog', { name: 'Search the lessons' });
  await button.focus();
  await expect(async () => {
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(dialog.getByRole('status')).toContainText('Search every lesson');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('xylophonequartz');
  await expect(dialog.getByRole('status')).toHaveText('Nothing found for “xylophonequartz”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await openSearch(page, 'Control+k');
  await expect(dialog).toBeVisible();
  // The last query is selected on opening, so typing replaces it; `/` in a text field is just a slash.
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toHaveValue('/');
});

test('searching both languages finds a Chinese term from an English page', async ({ page }) => {
  await page.goto('/en/lessons/gin', { waitUntil: 'networkidle' });
  await openSearch(page, 'Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('对象池');
  await expect(dialog.getByRole('status')).toHaveText('Nothing found for “对象池”.');
  await dialog.getByRole('switch', { name: 'Search both languages' }).check();
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('in Chinese');
  await dialog.getByRole('combobox').press('Enter');
  await expect(page).toHaveURL(/\/zh\/lessons\/gin$/);
  await expect.poll(() => highlighted(page)).toContain('对象池');
});

test('an index that fails to load says so and can be retried', async ({ page }) => {
  await page.goto('/en/lessons/kafka', { waitUntil: 'networkidle' });
  await page.route(/search-index-en-[\w-]+\.js$/, (route) => route.abort());
  await openSearch(page, 'Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toHaveText(/could not be loaded/);
  await page.unroute(/search-index-en-[\w-]+\.js$/);
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await dialog.getByRole('combobox').fill('idempot producer');
  await expect(dialog.getByRole('option').first()).toContainText('Idempotence and transactions');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the open dialog with results has no serious or critical violation (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/en/lessons/gin', { waitUntil: 'networkidle' });
    await openSearch(page, 'Control+k');
    await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
    await page.keyboard.type('sync.Pool');
    await expect(page.getByRole('option').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.search-dialog').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(bad).toEqual([]);
  });
}

test('375 px: the header shows an icon button with a name; the dialog fits and a tap opens a result', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/zh/', { waitUntil: 'networkidle' });
  const button = page.getByRole('button', { name: '搜索' });
  await expect(button).toBeVisible();
  await expect(button.locator('.search-label')).toHaveCSS('position', 'absolute');
  await expect(async () => {
    await button.click();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('脑裂');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('同步、异步与故障切换');
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    dialog: document.querySelector('.search-dialog')!.getBoundingClientRect().right,
  }));
  expect(widths.doc).toBeLessThanOrEqual(375);
  expect(widths.dialog).toBeLessThanOrEqual(375);
  await first.click();
  await expect(page).toHaveURL(/\/zh\/lessons\/storage-layer#sync-async-failover$/);
  await expect.poll(() => highlighted(page)).toEqual(['脑裂']);
});
