/** Cold-load Largest Contentful Paint over fresh browser contexts (no cache between loads). */
import type { Browser } from '@playwright/test';

export async function coldLoadLcp(browser: Browser, url: string, loads: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number };
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    samples.push(await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp));
    await context.close();
  }
  return samples;
}
