import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from './scripts/chromium';

const BASE_URL = 'http://127.0.0.1:4173';

const executablePath = systemChromiumPath();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
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
