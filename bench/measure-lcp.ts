/**
 * Cold-load Largest Contentful Paint over fresh browser contexts (no cache between loads). The pages
 * are loaded in turn (app, reference, app, reference, …) so that a machine that slows down or speeds
 * up during the run affects every page alike instead of biasing their ratio.
 */
import type { Browser } from '@playwright/test';

/** A page to load: its address and, optionally, the browser language of the visitor. */
export interface LoadTarget {
  url: string;
  locale?: string;
}

async function oneColdLoad(browser: Browser, { url, locale }: LoadTarget): Promise<number> {
  const context = await browser.newContext(locale ? { locale } : {});
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
    const read = () => page.evaluate(() => (window as unknown as { __lcp?: number }).__lcp);
    // A page that renders after its load event (the Japanese first visit: no snapshot, the texts
    // are fetched first) may report its first entry later; wait for it, a bounded time.
    let lcp = await read();
    for (let tries = 0; lcp === undefined && tries < 50; tries += 1) {
      await page.waitForTimeout(100);
      lcp = await read();
    }
    // No entry means nothing contentful was painted (or LCP was not reported): never count it as 0.
    if (typeof lcp !== 'number' || lcp <= 0)
      throw new Error(`${url}: no largest-contentful-paint entry was reported`);
    return lcp;
  } finally {
    await context.close();
  }
}

/** LCP samples per target, `loads` of each, interleaved. */
export async function coldLoadLcp(
  browser: Browser,
  targets: readonly LoadTarget[],
  loads: number,
): Promise<number[][]> {
  const samples = targets.map(() => [] as number[]);
  for (let i = 0; i < loads; i++) {
    for (const [index, target] of targets.entries())
      samples[index]?.push(await oneColdLoad(browser, target));
  }
  return samples;
}
