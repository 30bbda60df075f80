import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;
const PLAY = '/en/play/docker-layers';

/** The Monaco editor has replaced its textarea stand-in. */
async function editorReady(page: Page) {
  await expect(page.locator('.docker-layers .monaco-editor .view-lines')).toBeVisible();
}

/** Put the cursor at the end of a line of the Dockerfile (1-based) and type. */
async function typeAtEndOfLine(page: Page, line: number, text: string) {
  await page.locator('.docker-layers .monaco-editor .view-line').nth(line - 1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const layerRow = (page: Page, text: string) => page.locator('.docker-layers-row', { hasText: text });
const cacheRow = (page: Page, text: string) => page.locator('.docker-layers-cache-table tr', { hasText: text });

test('editing the Dockerfile updates the layers, and the edited step misses the cache', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(PLAY);
  await editorReady(page);
  await expect(page.getByText('Every step comes from the cache.')).toBeVisible();
  await expect(layerRow(page, 'RUN go mod download')).toContainText('cached');

  await typeAtEndOfLine(page, 5, ' -x');
  await expect(layerRow(page, 'RUN go mod download -x')).toContainText('rebuilt');
  await expect(cacheRow(page, 'RUN go mod download -x')).toContainText('this instruction is new or was edited');
  await expect(cacheRow(page, 'COPY . .')).toContainText('an earlier step (line 5) missed');
  await expect(cacheRow(page, 'COPY go.mod go.sum ./')).toContainText('cached');
  await expect(page.locator('.docker-layers-cache-summary')).toContainText('5 steps run again');

  // A new instruction becomes a new layer with its own diff.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('RUN mkdir -p /data');
  const row = layerRow(page, 'RUN mkdir -p /data');
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.locator('.docker-layers-diff li', { hasText: '/data/' })).toContainText('added');

  // Accepting the build makes everything cached again.
  await page.getByRole('button', { name: 'Build: make this the cached build' }).click();
  await expect(page.getByText('Every step comes from the cache.')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('marking a context file edited misses from the COPY that reads it', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(PLAY);
  await page.getByRole('checkbox', { name: 'Edited: main.go' }).check();
  await expect(cacheRow(page, 'COPY . .')).toContainText('the files it copies changed');
  await expect(cacheRow(page, 'RUN go mod download')).toContainText('cached');
  await expect(cacheRow(page, 'RUN go build')).toContainText('rebuilt');
  expect(problems.consoleErrors).toEqual([]);
});

test('the comparison: cache-friendly order re-runs fewer steps, multi-stage ships a far smaller image, either loads', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(PLAY);
  const panel = page.locator('.docker-layers-compare');
  await expect(panel.getByRole('heading', { name: 'Naive vs optimised: the cost of a one-line change' })).toBeVisible();
  const figure = (side: string, name: string) => panel.locator(`[data-side="${side}"] [data-figure="${name}"]`);
  // Naive: COPY . ., go mod download, go build, EXPOSE, CMD run again; cache-friendly: the download stays cached.
  await expect(figure('naive', 'steps')).toHaveText('5');
  await expect(figure('cached', 'steps')).toHaveText('4');
  // Multi-stage: COPY . . and go build, then COPY --from, USER, EXPOSE, ENTRYPOINT in the final stage.
  await expect(figure('optimised', 'steps')).toHaveText('6');
  const mb = async (side: string, name: string) => Number.parseFloat((await figure(side, name).textContent()) ?? '');
  expect(await mb('cached', 'rebuilt')).toBeLessThan(await mb('naive', 'rebuilt'));
  await expect(figure('naive', 'layers')).toHaveText('10');
  await expect(figure('cached', 'layers')).toHaveText('11');
  await expect(figure('optimised', 'layers')).toHaveText('6');
  // distroless/static ≈1.8 MB + a ≈4.7 MB binary, against ≈879 MB for golang plus the build.
  await expect(figure('optimised', 'size')).toHaveText(/^6\.5\d? MB$/);
  await expect(figure('naive', 'size')).toHaveText(/^8[78]\d(\.\d+)? MB$/);
  await expect(panel.locator('.docker-layers-compare-takeaway').first()).toContainText('re-runs 4 steps instead of 5');
  await expect(panel.locator('[data-takeaway="multistage"]')).toContainText('ships 6.5');

  await panel.getByRole('button', { name: 'Load “Go service, multi-stage to distroless” into the editor' }).click();
  await expect(page.getByLabel('Example')).toHaveValue('go-multistage-distroless');
  await panel.getByRole('button', { name: 'Load “Go service, naive” into the editor' }).click();
  await expect(page.getByLabel('Example')).toHaveValue('go-naive');
  await expect(page.locator('.docker-layers .monaco-editor .view-lines')).toContainText('RUN go mod download');
  expect(problems.consoleErrors).toEqual([]);
});

test('a file deleted in a later layer still ships, and the layers can be walked with the keyboard', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(PLAY);
  await page.getByLabel('Example').selectOption('deleted-file-waste');
  const rm = layerRow(page, 'RUN rm /tmp/dataset.tar.gz');
  await rm.click();
  await expect(page.locator('.docker-layers-detail .docker-layers-diff')).toContainText('deleted (whiteout)');
  await expect(page.locator('.docker-layers-detail .docker-layers-diff')).toContainText('hides 250 MB');
  await expect(page.locator('.docker-layers-figures')).toContainText(/Wasted: 25\d MB/);
  // ArrowDown goes to the layer below: the COPY that added the file.
  await rm.press('ArrowDown');
  await expect(layerRow(page, 'COPY dataset.tar.gz /tmp/')).toBeFocused();
  await expect(layerRow(page, 'COPY dataset.tar.gz /tmp/')).toHaveAttribute('aria-pressed', 'true');
  expect(problems.consoleErrors).toEqual([]);
});

test('a container copies a file up on write and whites it out on delete', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(PLAY);
  await page.getByRole('button', { name: 'Run a container' }).click();
  await page.getByLabel('Path in the container').fill('/app/main.go');
  await page.getByRole('button', { name: 'Modify (append)' }).click();
  await expect(page.locator('.docker-layers-log')).toContainText('Copy-up: /app/main.go came from the image');
  await expect(page.locator('.docker-layers-writable')).toContainText('/app/main.go');
  await page.getByLabel('Path in the container').fill('/app/go.sum');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.docker-layers-log')).toContainText('Whiteout: /app/go.sum');
  await expect(page.locator('.docker-layers-writable li', { hasText: '/app/go.sum' })).toContainText('deleted (whiteout)');
  await page.getByLabel('Path in the container').fill('/tmp/new.txt');
  await page.getByRole('button', { name: 'Write (replace)' }).click();
  await expect(page.locator('.docker-layers-log')).toContainText('Created /tmp/new.txt');
  await page.getByRole('button', { name: 'Remove the container (docker rm)' }).click();
  await expect(page.locator('.docker-layers-log')).toContainText('Container removed: 3 changes');
  await expect(page.getByText('Empty: the container has changed nothing yet.')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('a #s= link restores a Dockerfile, and bad text keeps the last good build marked stale', async ({ page }) => {
  const problems = watch(page, origin);
  const state = {
    v: 1,
    preset: 'heredoc',
    dockerfile: 'FROM alpine:3.21\nRUN touch /hello-from-link\n',
    previous: 'FROM alpine:3.21\n',
    files: [],
    changed: [],
    dockerignore: '',
    target: '',
  };
  await page.goto(`${PLAY}#s=${LZString.compressToEncodedURIComponent(JSON.stringify(state))}`);
  await expect(layerRow(page, 'RUN touch /hello-from-link')).toContainText('rebuilt');
  await editorReady(page);
  await typeAtEndOfLine(page, 1, ' AS');
  await expect(page.getByText('This Dockerfile would not build')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Showing the last valid result');
  await expect(layerRow(page, 'RUN touch /hello-from-link')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('the embed route shows the playground without the site chrome', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto('/embed/zh/play/docker-layers');
  await expect(page.locator('h1')).toHaveText('Docker 镜像分层可视化');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.docker-layers-stack')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('the docker lesson embeds the playground', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto('/en/lessons/docker#layered-storage');
  const section = page.getByRole('region', { name: 'Docker layer visualizer' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.docker-layers-stack')).toContainText('RUN rm /tmp/dataset.tar.gz');
  expect(problems.consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const route of [PLAY, '/zh/play/docker-layers', '/embed/en/play/docker-layers']) {
    test(`axe: ${route} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(route, { waitUntil: 'networkidle' });
      await expect(page.locator('.docker-layers-stack')).toBeVisible();
      await page.getByRole('button', { name: /Run a container|运行一个容器/ }).click();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Monaco's own token colours (vs / vs-dark themes of the shared CodeEditor) are excluded, as highlighted
      // code is in the site's a11y suite.
      const results = await new AxeBuilder({ page }).exclude('.code-block pre').exclude('.monaco-editor').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
}
