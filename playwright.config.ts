import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser.ts';

import { DIST, PORT, SKIP_SUB, SUB_DIST, SUB_PORT } from './e2e/site-config.ts';

const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: [
    { command: `node e2e/serve.ts ${DIST} / ${PORT}`, url: `http://127.0.0.1:${PORT}/en/`, reuseExistingServer: false },
    ...(SKIP_SUB
      ? []
      : [{ command: `node e2e/serve.ts ${SUB_DIST} /sub/dir/ ${SUB_PORT}`, url: `http://127.0.0.1:${SUB_PORT}/sub/dir/en/`, reuseExistingServer: false }]),
  ],
});
