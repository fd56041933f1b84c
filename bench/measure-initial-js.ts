/**
 * Initial-load JS: the gzip -9 size of every script the page requested before it became interactive
 * (the `ready` locator visible). Lazy chunks fetched later do not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export async function initialJsGzipBytes(
  browser: Browser,
  url: string,
  servedRoot: string,
  waitUntilReady: (page: Page) => Promise<void>,
): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(url);
  await waitUntilReady(page);
  const files = [...new Set(scripts)];
  await context.close();
  const bytes = files
    .map((path) => gzipSync(readFileSync(join(servedRoot, path)), { level: 9 }).length)
    .reduce((sum, size) => sum + size, 0);
  return { bytes, files };
}
