import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;
const PLAY = '/en/play/pod-lifecycle';

const status = (page: Page) => page.getByTestId('pl-status');
const phase = (page: Page) => page.getByTestId('pl-phase');
const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function open(page: Page, path = PLAY) {
  await page.goto(path);
  // hydrated: the clock buttons respond
  await expect(page.locator('.pl-root[data-hydrated]')).toBeVisible();
}

test('a crash loop: phase Running, STATUS CrashLoopBackOff, the back-off growing', async ({ page }) => {
  const problems = watch(page, origin);
  await open(page);
  await expect(status(page)).toHaveText('Pending');
  await click(page, 'Scheduler binds it');
  // auto pull is on by default: the image is pulled and the container starts
  await expect(status(page)).toHaveText('Running');
  await expect(phase(page)).toHaveText('Running');
  await click(page, '+10 s');
  await click(page, 'Container exits 1');
  await expect(status(page)).toHaveText('Error');
  await click(page, '+1 s'); // the first restart is immediate
  await click(page, 'Container exits 1');
  await click(page, '+1 s');
  await expect(status(page)).toHaveText('CrashLoopBackOff');
  await expect(phase(page)).toHaveText('Running');
  await expect(page.getByTestId('pl-kubectl')).toContainText(/web\s+0\/1\s+CrashLoopBackOff\s+1 \(1s ago\)\s+12s/);
  await expect(page.getByTestId('pl-backoffs')).toContainText('app: 10 s');
  await expect(page.getByTestId('pl-branches').locator('[aria-current="true"]')).toContainText('spec.RestartPolicy == Always');
  // wait out the 10 s, crash again: the next wait is 20 s
  await click(page, '+10 s');
  await expect(status(page)).toHaveText('Running');
  await click(page, 'Container exits 1');
  await click(page, '+1 s');
  await expect(status(page)).toHaveText('CrashLoopBackOff');
  await expect(page.getByTestId('pl-backoffs')).toContainText('app: 10 s → app: 20 s');
  await expect(page.getByTestId('pl-live')).toContainText('STATUS CrashLoopBackOff');

  // a refused event is explained, and changes nothing
  const refused = page.getByRole('button', { name: 'Scheduler binds it', exact: true });
  await expect(refused).toHaveAttribute('aria-disabled', 'true');
  await refused.click({ force: true });
  await expect(page.getByTestId('pl-live')).toContainText('already bound');

  // the #s= link replays the same pod
  await expect(page).toHaveURL(/#s=/);
  await page.waitForTimeout(500); // the hash is rewritten 250 ms after the last change
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(status(other)).toHaveText('CrashLoopBackOff');
  await expect(other.getByTestId('pl-now')).toHaveText('t=23s');
  await expect(page.getByTestId('pl-now')).toHaveText('t=23s');
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('init containers: Init:0/2, Init:1/2 by stepping through a scenario', async ({ page }) => {
  const problems = watch(page, origin);
  await open(page);
  await page.getByTestId('pl-scenario-select').selectOption('init-waiting');
  await click(page, 'Load');
  await expect(status(page)).toHaveText('Pending');
  await click(page, 'Next step'); // the scheduler binds it
  await expect(status(page)).toHaveText('Init:0/2');
  await expect(phase(page)).toHaveText('Pending');
  await click(page, 'Next step'); // image pulled: migrate runs
  await expect(status(page)).toHaveText('Init:0/2');
  await click(page, 'Next step'); // migrate exits 0
  await expect(status(page)).toHaveText('Init:1/2');
  await expect(page.getByText(/Scenario finished/)).toContainText('✓');
  await expect(page.getByTestId('pl-container-migrate')).toContainText('Terminated (Completed)');
  expect(problems.consoleErrors).toEqual([]);
});

test('deletion: Terminating, then gone', async ({ page }) => {
  const problems = watch(page, origin);
  await open(page);
  await click(page, 'Scheduler binds it');
  await click(page, '+10 s');
  await click(page, 'kubectl delete pod');
  await expect(status(page)).toHaveText('Terminating');
  await expect(page.getByTestId('pl-describe')).toContainText('Killing');
  await click(page, '+60 s');
  await expect(page.getByTestId('pl-kubectl')).toContainText('Error from server (NotFound): pods "web" not found');
  await expect(page.getByRole('button', { name: 'kubectl delete pod' })).toHaveAttribute('aria-disabled', 'true');
  expect(problems.consoleErrors).toEqual([]);
});

test('the clock plays and pauses', async ({ page }) => {
  await open(page);
  await click(page, 'Scheduler binds it');
  await page.getByLabel('Speed').selectOption('10');
  await click(page, '▶ Play');
  await expect.poll(async () => Number((await page.getByTestId('pl-now').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(5);
  await click(page, '❚❚ Pause');
  const t = await page.getByTestId('pl-now').textContent();
  await page.waitForTimeout(400);
  await expect(page.getByTestId('pl-now')).toHaveText(t!);
});

test('the pause container reaps an orphan; without a shared PID namespace it stays <defunct>', async ({ page }) => {
  await open(page);
  const next = page.getByRole('button', { name: 'Next process step', exact: true });
  for (let i = 0; i < 4; i++) await next.click();
  await expect(page.getByTestId('pl-pid-note')).toContainText('reaped by /pause');
  await page.getByLabel('own PID namespace (the app is PID 1)').check();
  for (let i = 0; i < 4; i++) await next.click();
  await expect(page.getByTestId('pl-ps-app')).toContainText('[helper] <defunct>');
});

test('embed route: the playground alone, in Chinese', async ({ page }) => {
  const problems = watch(page, origin);
  await open(page, '/embed/zh/play/pod-lifecycle');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '调度器绑定节点' })).toBeVisible();
  await page.getByRole('button', { name: '调度器绑定节点' }).click();
  await expect(status(page)).toHaveText('Running');
  await expect(page.getByTestId('pl-live')).toContainText('阶段 Running');
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('the kubernetes lesson embeds it with the crash-loop preset', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto('/en/lessons/kubernetes#pod-phases');
  const section = page.getByRole('region', { name: 'Pod lifecycle' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByText(/CrashLoopBackOff · Step 0 of/)).toBeVisible();
  await section.getByRole('button', { name: 'Play to the end' }).click();
  await expect(section.getByTestId('pl-status')).toHaveText('CrashLoopBackOff');
  expect(problems.consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of [PLAY, '/zh/play/pod-lifecycle', '/embed/en/play/pod-lifecycle']) {
    test(`axe: ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await open(page, path);
      // a busy pod: every read-out filled in
      await page.getByTestId('pl-scenario-select').selectOption('terminating');
      await page.getByRole('button', { name: /^(Load|载入)$/ }).click();
      await page.getByRole('button', { name: /^(Play to the end|播放到结尾)$/ }).click();
      const results = await new AxeBuilder({ page }).exclude('.code-block pre').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
}

test('at 375 px nothing scrolls the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  await click(page, 'Scheduler binds it');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});
