// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here) against
// the app started exactly as the README starts it (`npm start`), on a database of its own.
import { defineConfig, devices } from '@playwright/test';

// The e2e tests serve their feeds on loopback, which the ingestion job otherwise refuses to read: allowed
// here for the web server and for every instance or command the tests start themselves.
process.env.LAURELS_FETCH_PRIVATE_ADDRESSES = 'allow';
const PORT = Number(process.env.E2E_PORT ?? 3999);
export const E2E_DB = 'tests/.tmp/e2e/laurels.db';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Creates the e2e admin and editor and saves their signed-in state (tests/e2e/accounts.ts).
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
      testIgnore: [/ceremony-night/, /(^|\/)load\.spec\.ts$/],
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      grep: /@phone/,
      dependencies: ['setup'],
      testIgnore: /ceremony-night/,
    },
    // Ceremony night changes seeded results (and puts them back): it runs after the fans' checks of them.
    {
      name: 'ceremony-night',
      testMatch: /ceremony-night\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['desktop', 'phone'],
    },
    // A minute of 100 readers beside the writers (tests/e2e/load.spec.ts): last, so it slows no other test.
    {
      name: 'load',
      testMatch: /(^|\/)load\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['ceremony-night'],
    },
  ],
  webServer: {
    // A fresh database each run: created, migrated and seeded by the start command itself.
    command: `rm -rf tests/.tmp/e2e && npm start`,
    env: { PORT: String(PORT), LAURELS_DB: E2E_DB, NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
