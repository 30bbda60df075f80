import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeToTokensWithThemes } from 'shiki';
import { expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { SHIKI_THEMES } from './shiki-options.ts';

const root = path.resolve(import.meta.dirname, '..');

/** WCAG 2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The code background of each theme, read from the stylesheet so the test follows the site. */
function codeBackgrounds(): { light: string; dark: string } {
  const css = readFileSync(path.join(root, 'src/app/styles.css'), 'utf8');
  const [light, dark] = [...css.matchAll(/--bg-code:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
  return { light: light!, dark: dark! };
}

it('computes WCAG contrast like the spec (black on white is 21:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

// Axe skips code blocks in e2e (tens of thousands of token spans make it minutes per page), so the
// token colours of every block in every lesson are checked here instead, in both themes.
it('every highlighted token in every lesson meets 4.5:1 on the code background, in both themes', async () => {
  const bg = codeBackgrounds();
  const failures = new Set<string>();
  for (const lesson of buildCatalog(root)) {
    for (const read of Object.values(lesson.read)) {
      for (const block of read.code) {
        if (block.lang === 'mermaid' || block.lang === 'text') continue;
        const lines = await codeToTokensWithThemes(block.value, { lang: block.lang as 'go', themes: SHIKI_THEMES });
        for (const token of lines.flat()) {
          for (const theme of ['light', 'dark'] as const) {
            const color = token.variants[theme]?.color?.slice(0, 7).toLowerCase();
            if (color && contrast(color, bg[theme]) < 4.5) failures.add(`${theme} ${color} on ${bg[theme]} (${lesson.entry.slug}: "${token.content.trim()}")`);
          }
        }
      }
    }
  }
  expect([...failures]).toEqual([]);
}, 60_000);
