import { defineConfig } from '@playwright/test';

/**
 * The browser tests run against a running stack (`./kabinet up`), by default the gateway on
 * http://localhost:8080 (KABINET_BASE_URL, as `./kabinet test` exports it, or BASE_URL). Chromium
 * comes from Debian (`apt-get install -y chromium`); Playwright never downloads a browser here
 * (install with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 */
const baseURL = process.env.KABINET_BASE_URL ?? process.env.BASE_URL ?? 'http://localhost:8080';

export default defineConfig({
  testDir: './tests',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
