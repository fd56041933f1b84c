/**
 * Cold-load Largest Contentful Paint over fresh browser contexts (no cache between loads). The pages
 * are loaded in turn (app, reference, app, reference, …) so that a machine that slows down or speeds
 * up during the run affects every page alike instead of biasing their ratio.
 */
import type { Browser } from '@playwright/test';

async function oneColdLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp?: number };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const lcp = await page.evaluate(() => (window as unknown as { __lcp?: number }).__lcp);
    // No entry means nothing contentful was painted (or LCP was not reported): never count it as 0.
    if (typeof lcp !== 'number' || lcp <= 0)
      throw new Error(`${url}: no largest-contentful-paint entry was reported`);
    return lcp;
  } finally {
    await context.close();
  }
}

/** LCP samples per URL, `loads` of each, interleaved. */
export async function coldLoadLcp(
  browser: Browser,
  urls: readonly string[],
  loads: number,
): Promise<number[][]> {
  const samples = urls.map(() => [] as number[]);
  for (let i = 0; i < loads; i++) {
    for (const [index, url] of urls.entries())
      samples[index]?.push(await oneColdLoad(browser, url));
  }
  return samples;
}
