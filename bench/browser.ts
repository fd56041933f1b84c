/** Launches the same Chromium, with the same flags, as the e2e tests. */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from '../scripts/chromium';

export function launchChromium(): Promise<Browser> {
  const executablePath = systemChromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}
