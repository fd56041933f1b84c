/**
 * The one place that says which Chromium the tests, the benchmark and Lighthouse launch, and with
 * which flags: Debian's /usr/bin/chromium when present (Playwright cannot download browsers here),
 * otherwise Playwright's own. The flags keep Chromium quiet on a closed network; --no-sandbox
 * because CI runs as root.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const systemChromiumPath = (): string | undefined =>
  existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
