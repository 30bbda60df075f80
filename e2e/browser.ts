import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser to test with: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download. undefined when there is none.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when its browser was never downloaded.
  }
  return undefined;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium and Playwright\'s own): install one with `apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH.';
