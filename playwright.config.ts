import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from './scripts/chromium';

const BASE_URL = 'http://127.0.0.1:4173';

const executablePath = systemChromiumPath();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Axe runs and whole-wizard walks take 10–30 s each on two shared cores; the default 30 s is too
  // close for them (timings are the benchmark's job, not the tests').
  timeout: 60_000,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // The wizard starts in the browser's language: pin English, whatever the machine's locale;
    // the Japanese specs set 'ja-JP' themselves.
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: 'npm run build && npm run preview',
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
