/**
 * Initial-load JS: the gzip -9 size of every script the page started fetching before it became
 * interactive. "Interactive" is a condition checked in the page after every DOM change (a
 * MutationObserver installed before the page's own scripts), so its moment is exact; scripts that
 * start loading later (lazy chunks, idle preloads) do not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/**
 * Plain JavaScript (see measure-keystrokes.ts on why), installed before the page's own scripts:
 * `window.__ready` resolves with the moment `ready` first holds. Waiting on a promise rather than
 * with waitForFunction, which evaluates strings in the page and is refused by the app's CSP.
 */
const READY_PROBE = (ready: string) => `window.__ready = new Promise((resolve) => {
  const ready = ${ready};
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    resolve(performance.now());
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})`;

/**
 * @param ready a JavaScript function expression that returns true once the page is interactive
 */
export async function initialJsGzipBytes(
  browser: Browser,
  url: string,
  servedRoot: string,
  ready: string,
  /** The browser's language (navigator.languages), e.g. 'ja-JP' for a Japanese first visit. */
  locale?: string,
): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext(locale ? { locale } : {});
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE(ready));
  await page.goto(url);
  const files: string[] = await page.evaluate(`window.__ready.then((readyAt) => [...new Set(
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= readyAt && /\\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname),
  )])`);
  await context.close();
  const bytes = files
    .map((path) => gzipSync(readFileSync(join(servedRoot, path)), { level: 9 }).length)
    .reduce((sum, size) => sum + size, 0);
  return { bytes, files };
}
