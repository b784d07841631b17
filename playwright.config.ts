import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/setup.mjs';

// Debian's Chromium (Playwright's browser download cannot work on these machines): scripts/test.mjs
// passes its path; the flags are the ones this closed network needs.
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json']],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS.filter((a) => a !== '--headless'), // Playwright sets headless itself
    },
  },
});
