import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser.ts';

export const PORT = 4311;
export const SUB_PORT = 4312;
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
    { command: `node e2e/serve.ts dist / ${PORT}`, url: `http://127.0.0.1:${PORT}/en/`, reuseExistingServer: false },
    { command: `node e2e/serve.ts dist-sub /sub/dir/ ${SUB_PORT}`, url: `http://127.0.0.1:${SUB_PORT}/sub/dir/en/`, reuseExistingServer: false },
  ],
});
