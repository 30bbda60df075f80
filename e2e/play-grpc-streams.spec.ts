import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;

const PLAY = '/en/play/grpc-streams';

async function open(page: Page, url = PLAY) {
  const problems = watch(page, origin);
  await page.goto(url, { waitUntil: 'networkidle' });
  return problems;
}

const frames = (page: Page) => page.locator('.grpc-streams-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-frame')));
const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

async function toEnd(page: Page) {
  await timeline(page).focus();
  await page.keyboard.press('End');
}

function expectClean(problems: ReturnType<typeof watch>) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

const KINDS = [
  {
    kind: 'unary',
    final: 'OK (0)',
    frames: ['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c HEADERS END_STREAM'],
  },
  {
    kind: 'server-streaming',
    final: 'OK (0)',
    frames: ['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c DATA', 's2c DATA', 's2c HEADERS END_STREAM'],
  },
  {
    kind: 'client-streaming',
    final: 'OK (0)',
    frames: ['c2s HEADERS', 'c2s DATA', 'c2s DATA', 'c2s DATA', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c HEADERS END_STREAM'],
  },
  {
    kind: 'bidi',
    final: 'OK (0)',
    frames: ['c2s HEADERS', 'c2s DATA', 's2c HEADERS', 's2c DATA', 'c2s DATA', 's2c DATA', 'c2s DATA', 's2c DATA', 'c2s DATA END_STREAM', 's2c HEADERS END_STREAM'],
  },
];

for (const { kind, frames: expected, final } of KINDS) {
  test(`${kind} plays to the end with its frame sequence and final status`, async ({ page }) => {
    const problems = await open(page);
    await page.getByLabel('Call kind').selectOption(kind);
    // The defaults for a kind: 3 messages on each streaming side.
    if (kind === 'client-streaming' || kind === 'bidi') await page.getByLabel('Requests').fill('3');
    if (kind === 'server-streaming' || kind === 'bidi') await page.getByLabel('Responses').fill('3');
    await page.getByLabel('Speed').selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.locator('.grpc-streams-finals')).toContainText(`Client: ${final}`, { timeout: 15_000 });
    expect(await frames(page)).toEqual(expected);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('log')).toContainText('Final status');
    expectClean(problems);
  });
}

test('step forward and back move one frame, with the log, inspector and code line in step', async ({ page }) => {
  const problems = await open(page);
  const forward = page.getByRole('button', { name: 'Step forward' });
  const back = page.getByRole('button', { name: 'Step back' });
  await expect(back).toBeDisabled();
  await forward.click();
  await forward.click();
  await expect(page.locator('.grpc-streams-timeline output')).toHaveText('Frame 2 of 5');
  expect(await frames(page)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM']);
  // The request DATA: prefix bytes apart from the protobuf bytes.
  await expect(page.locator('.grpc-streams-prefix-flag')).toHaveText('00');
  await expect(page.locator('.grpc-streams-prefix-len')).toHaveText('00 00 00 07');
  await expect(page.locator('.grpc-streams-hex').nth(1)).toHaveText('0a 05 68 65 6c 6c 6f');
  await expect(page.getByRole('log').locator('li')).toHaveCount(2);
  await expect(page.locator('pre[data-side="client"] .is-current')).toContainText('c.SayHello(ctx');
  await back.click();
  await expect(page.locator('.grpc-streams-timeline output')).toHaveText('Frame 1 of 5');
  await expect(page.getByRole('log').locator('li')).toHaveCount(1);
  await expect(page.locator('.grpc-streams-headers')).toContainText(':path');
  await expect(page.locator('.grpc-streams-headers')).toContainText('/helloworld.HelloService/SayHello');
  await forward.click();
  await forward.click();
  await expect(page.locator('pre[data-side="server"] .is-current')).toContainText('return &pb.HelloResponse');
  // Clicking an earlier frame inspects it.
  await page.locator('.grpc-streams-chip').first().click();
  await expect(page.locator('.grpc-streams-headers')).toContainText('te');
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(page.locator('.grpc-streams-row')).toHaveCount(0);
  expectClean(problems);
});

test('Trailers-Only: the server answers with a single HEADERS frame', async ({ page }) => {
  const problems = await open(page);
  await page.getByLabel('Outcome').selectOption('trailers-only');
  await toEnd(page);
  expect(await frames(page)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS END_STREAM']);
  const headers = page.locator('.grpc-streams-headers');
  for (const text of [':status', 'content-type', 'grpc-status', '16', 'grpc-message', 'missing auth token']) await expect(headers).toContainText(text);
  await expect(page.locator('.grpc-streams-finals')).toContainText('UNAUTHENTICATED (16)');
  expectClean(problems);
});

test('a deadline: grpc-timeout on the request, then RST_STREAM(CANCEL) and DEADLINE_EXCEEDED', async ({ page }) => {
  const problems = await open(page);
  await page.getByLabel('Call kind').selectOption('server-streaming');
  await page.getByLabel('Outcome').selectOption('deadline');
  await toEnd(page);
  const seq = await frames(page);
  expect(seq.at(-1)).toBe('c2s RST_STREAM CANCEL');
  await expect(page.locator('.grpc-streams-inspect')).toContainText('CANCEL (0x8)');
  await expect(page.locator('.grpc-streams-finals')).toContainText('Client: DEADLINE_EXCEEDED (4)');
  await expect(page.locator('pre[data-side="client"] .is-current')).toContainText('context.WithTimeout');
  await page.locator('.grpc-streams-chip').first().click();
  await expect(page.locator('.grpc-streams-headers')).toContainText('500m');
  expectClean(problems);
});

test('bad counts show an error at the field and keep the last good call', async ({ page }) => {
  const problems = await open(page);
  await page.getByLabel('Call kind').selectOption('bidi');
  const requests = page.getByLabel('Requests');
  await requests.fill('999');
  await expect(page.getByText('Enter a whole number from 0 to 20.')).toBeVisible();
  await expect(requests).toHaveValue('999');
  await expect(requests).toHaveAttribute('aria-invalid', 'true');
  await toEnd(page);
  expect((await frames(page)).length).toBe(10);
  expectClean(problems);
});

test('reduced motion: frames appear at once, and playing still steps', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = await open(page);
  await page.getByRole('button', { name: 'Step forward' }).click();
  const anim = await page.locator('.is-newest .grpc-streams-track').evaluate((el) => getComputedStyle(el).animationName);
  expect(anim).toBe('none');
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.grpc-streams-timeline output')).toHaveText('Frame 5 of 5', { timeout: 10_000 });
  expectClean(problems);
});

test('the embed route shows the playground in Chinese and steps', async ({ page }) => {
  const problems = await open(page, '/embed/zh/play/grpc-streams');
  await page.getByRole('button', { name: '前进一步' }).click();
  await expect(page.locator('.grpc-streams-timeline output')).toHaveText('第 1 帧，共 5 帧');
  await expect(page.getByRole('log')).toContainText('客户端用请求 HEADERS 打开流');
  expectClean(problems);
});

test('the gRPC lesson embeds one playground per call kind', async ({ page }) => {
  const problems = await open(page, '/en/lessons/grpc');
  // Views load when scrolled near: walk through the four sections.
  for (const id of ['unary', 'server-streaming', 'client-streaming', 'bidi-streaming', 'choosing']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
  }
  await expect(page.locator('.grpc-streams')).toHaveCount(4, { timeout: 15_000 });
  const kinds = await page
    .locator('.grpc-streams select')
    .evaluateAll((sels) => sels.filter((s) => s.querySelector('option[value="bidi"]')).map((s) => (s as HTMLSelectElement).value));
  expect(kinds).toEqual(['unary', 'server-streaming', 'client-streaming', 'bidi']);
  expectClean(problems);
});

for (const theme of ['light', 'dark'] as const) {
  for (const route of [PLAY, '/embed/en/play/grpc-streams', '/zh/play/grpc-streams']) {
    test(`axe: no serious or critical violation on ${route} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const problems = await open(page, route);
      // Show frames, the inspector, the highlighted line and the notes.
      await page.getByLabel(/Outcome|结果/).selectOption('error-status');
      const forward = page.getByRole('button', { name: /Step forward|前进一步/ });
      for (let i = 0; i < 3; i++) await forward.click();
      await page.locator('.grpc-streams-notes summary').click();
      const results = await new AxeBuilder({ page }).exclude('.code-block pre').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
      expectClean(problems);
    });
  }
}

test('375 px wide: no horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const problems = await open(page);
  await page.getByLabel('Call kind').selectOption('bidi');
  await toEnd(page);
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.waitForTimeout(1500);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expectClean(problems);
});
