import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { PORT, watch } from './site.ts';

const origin = `http://127.0.0.1:${PORT}`;

const TEST1 = `syntax = "proto3";

// The encoding guide's first example.
message Test1 {
  int32 a = 1;
}
`;

const share = (state: { schema: string; type?: string; json: string }) =>
  `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(state))}`;
const test1Link = share({ schema: TEST1, type: 'Test1', json: '{\n  "a": 150\n}\n' });

const hex = (page: Page) =>
  page
    .locator('.protobuf-hex .protobuf-byte')
    .allTextContents()
    .then((b) => b.join(' '));
const editor = (page: Page, which: 'schema' | 'json') => page.locator(`[data-editor="${which}"]`);

/** Both Monaco editors have replaced their textarea stand-ins. */
async function editorsReady(page: Page) {
  await expect(editor(page, 'schema').locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(editor(page, 'json').locator('.monaco-editor .view-lines')).toBeVisible();
}

async function typeAtEndOfLine(page: Page, which: 'schema' | 'json', line: number, keys: string[], text: string) {
  // Monaco recycles its line elements, so the DOM order is not the line order: move by keyboard instead.
  await editor(page, which).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (const k of keys) await page.keyboard.press(k);
  await page.keyboard.type(text);
}

test('a #s= link reproduces the encoding guide: 150 is 08 96 01', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/en/play/protobuf${test1Link}`);
  await expect.poll(() => hex(page)).toBe('08 96 01');
  await expect(page.getByRole('status')).toContainText('Test1: 3 bytes of protobuf');
  // The wire tree and the explanation of the record.
  await page.locator('.protobuf-node', { hasText: '#1' }).click();
  const explain = page.locator('.protobuf-explain');
  await expect(explain).toContainText('(1 << 3) | 0 = 8 | 0 = 8');
  await expect(explain).toContainText('150');
  await expect(explain.locator('.protobuf-varint').first()).toContainText('1 | 0010110');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('typing into both editors updates the output live', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/en/play/protobuf${test1Link}`);
  await editorsReady(page);
  // 150 → 1500 = 0x5dc: varint dc 0b.
  await typeAtEndOfLine(page, 'json', 2, [], '0');
  await expect.poll(() => hex(page)).toBe('08 dc 0b');
  // Field 1 → 16: the tag (16 << 3 = 128) needs two bytes.
  await typeAtEndOfLine(page, 'schema', 5, ['Backspace', 'Backspace'], '16;');
  await expect.poll(() => hex(page)).toBe('80 01 dc 0b');
  // The link now carries the edited state.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=/);
  expect(problems.consoleErrors).toEqual([]);
});

test('hovering links JSON keys and bytes both ways', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(
    `/en/play/protobuf${share({ schema: TEST1.replace('int32 a = 1;', 'int32 a = 1;\n  string b = 2;'), type: 'Test1', json: '{\n  "a": 150,\n  "b": "hi"\n}\n' })}`,
  );
  await editorsReady(page);
  await expect.poll(() => hex(page)).toBe('08 96 01 12 02 68 69');
  // A byte → its JSON key and value.
  await page.locator('.protobuf-hex .protobuf-byte').nth(4).hover();
  const jsonHot = editor(page, 'json').locator('.protobuf-json-hot, .protobuf-json-hot-key');
  await expect(jsonHot.first()).toBeVisible();
  await expect(editor(page, 'json').locator('.protobuf-json-hot-key')).toHaveText('"b"');
  // A JSON key → its tag, length and value bytes.
  await editor(page, 'json').locator('.view-line span', { hasText: '"a"' }).last().hover();
  await expect(page.locator('.protobuf-hex .protobuf-byte.is-hot')).toHaveText(['08', '96', '01']);
  await editor(page, 'json').locator('.view-line span', { hasText: '"hi"' }).last().hover();
  await expect(page.locator('.protobuf-hex .protobuf-byte.is-hot')).toHaveText(['12', '02', '68', '69']);
  expect(problems.consoleErrors).toEqual([]);
});

test('a schema error is marked in the editor and the last good output stays, marked stale', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/en/play/protobuf${test1Link}`);
  await editorsReady(page);
  await expect.poll(() => hex(page)).toBe('08 96 01');
  await typeAtEndOfLine(page, 'schema', 5, ['Backspace'], ' oops');
  await expect(editor(page, 'schema').locator('.monaco-editor .squiggly-error')).toBeVisible();
  await expect(page.locator('.protobuf-field-error')).toContainText('Schema error at line 5');
  await expect(page.locator('.protobuf-output')).toHaveAttribute('data-stale', 'true');
  await expect(page.getByText('Showing the last valid result')).toBeVisible();
  expect(await hex(page)).toBe('08 96 01');
  // A JSON error names the field path.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(';');
  await expect(page.locator('.protobuf-output')).toHaveAttribute('data-stale', 'false');
  await typeAtEndOfLine(page, 'json', 2, ['Backspace', 'Backspace', 'Backspace'], '"x"');
  await expect(page.locator('.protobuf-field-error')).toContainText('(field a)');
  await expect(editor(page, 'json').locator('.monaco-editor .squiggly-error')).toBeVisible();
  await expect(page.locator('.protobuf-output')).toHaveAttribute('data-stale', 'true');
  expect(problems.consoleErrors).toEqual([]);
});

test('pasted bytes decode with the schema or without it, gRPC prefix skipped', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/en/play/protobuf${test1Link}`);
  await page.getByLabel('Hex or base64').fill('00 00 00 00 03 08 96 01');
  const decoder = page.locator('.protobuf-decoder');
  await expect(decoder).toContainText('A gRPC frame prefix (uncompressed, length 3) was skipped.');
  await expect(decoder.locator('.protobuf-json-out')).toContainText('"a": 150');
  await decoder.getByLabel('without a schema').check();
  await expect(decoder.locator('.protobuf-json-out')).toHaveCount(0);
  await expect(decoder.locator('.protobuf-node')).toContainText('#1 VARINT 150');
  expect(problems.consoleErrors).toEqual([]);
});

test('what if: field 15 → 16 costs a tag byte', async ({ page }) => {
  await page.goto(`/en/play/protobuf${test1Link}`);
  const panel = page.locator('.protobuf-whatif');
  await panel.getByLabel('Change').selectOption('number');
  await panel.getByLabel('its number to').fill('16');
  await expect(panel.locator('.protobuf-whatif-result')).toHaveText('3 bytes → 4 bytes (+1)');
  await panel.getByLabel('Change').selectOption('type');
  await expect(panel.locator('.protobuf-whatif-result')).toHaveText(/3 bytes → 3 bytes/);
});

test('a 1 MB message is encoded in the background without freezing the page', async ({ page }) => {
  const schema = 'syntax = "proto3";\nmessage Big { repeated int32 e = 1; }\n';
  const json = JSON.stringify({ e: Array.from({ length: 150_000 }, (_, i) => (i * 7919) % 100_000) });
  expect(json.length).toBeGreaterThan(700_000);
  await page.goto(`/en/play/protobuf${share({ schema, type: 'Big', json })}`);
  await expect(page.getByRole('status')).toContainText(/Big: \d+ bytes of protobuf/, { timeout: 20_000 });
  await expect(page.locator('.protobuf-hex')).toBeVisible();
  await expect(page.getByText(/Showing the first 4096 of \d+ bytes/)).toBeVisible();
  // Too large for a link: kept in memory only, and the page says so.
  await expect(page.getByText('too large to keep in the link')).toBeVisible();
});

test('the protobuf lesson embeds the playground with the varint-150 preset', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto('/en/lessons/protobuf');
  const section = page.locator('.playground-in-lesson', { hasText: 'Protobuf encoder' });
  await section.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      section
        .locator('.protobuf-hex .protobuf-byte')
        .allTextContents()
        .then((b) => b.join(' ')),
    )
    .toBe('08 96 01');
  // Inside a lesson the URL's hash stays the lesson's.
  expect(await page.evaluate(() => location.hash)).not.toMatch(/^#s=/);
  expect(problems.consoleErrors).toEqual([]);
});

test('the embed route shows the playground without the site chrome', async ({ page }) => {
  const problems = watch(page, origin);
  await page.goto(`/embed/en/play/protobuf${test1Link}`);
  await expect.poll(() => hex(page)).toBe('08 96 01');
  await expect(page.locator('.site-header')).toHaveCount(0);
  // The Chinese embed (state kept from the link above, in localStorage, saved a moment after a change).
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('atlas-playground:protobuf'))))
    .toBe(true);
  await page.goto('/embed/zh/play/protobuf');
  await expect(page.getByRole('status')).toContainText('Test1：protobuf 3 字节');
  expect(problems.consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const route of ['/en/play/protobuf', '/embed/zh/play/protobuf']) {
    test(`axe: ${route} is clean (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${route}${test1Link}`, { waitUntil: 'networkidle' });
      await editorsReady(page);
      await page.locator('.protobuf-node', { hasText: '#1' }).click();
      await page.locator('.protobuf-decode-input').fill('08 96 01');
      // Monaco's own token colours (the shared CodeEditor's vs / vs-dark themes) are not this view's to set.
      const results = await new AxeBuilder({ page }).exclude('.code-block pre').exclude('.monaco-editor').analyze();
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
}

test('on a phone the editors stack and nothing scrolls the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/en/play/protobuf${test1Link}`);
  await expect.poll(() => hex(page)).toBe('08 96 01');
  const [a, b] = await Promise.all([editor(page, 'schema').boundingBox(), editor(page, 'json').boundingBox()]);
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
