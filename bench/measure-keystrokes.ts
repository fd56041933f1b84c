/**
 * Keystroke → preview latency, as toolchain.md describes: a capture-phase keydown listener records
 * event.timeStamp; a MutationObserver on the preview records the DOM commit; the next animation frame
 * plus a MessageChannel message approximates the paint. One key at a time, alternating a character and
 * Backspace so that every key changes the preview.
 */
import type { Locator, Page } from '@playwright/test';

export interface KeystrokeSample {
  commit: number;
  frame: number;
}

export async function installLatencyProbe(page: Page, previewSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __samples: { commit: number; frame: number }[] };
    w.__samples = [];
    let pressedAt: number | null = null;
    window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), true);
    const target = document.querySelector(selector);
    if (!target) throw new Error(`no preview element ${selector}`);
    new MutationObserver(() => {
      if (pressedAt === null) return;
      const start = pressedAt;
      pressedAt = null;
      const commit = performance.now() - start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          w.__samples.push({ commit, frame: performance.now() - start });
        channel.port2.postMessage(0);
      });
    }).observe(target, { subtree: true, childList: true, characterData: true });
  }, previewSelector);
}

export async function typeAndMeasure(
  page: Page,
  field: Locator,
  keys: number,
): Promise<KeystrokeSample[]> {
  await field.focus();
  await page.keyboard.press('End');
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForFunction(
      (count) => (window as unknown as { __samples: unknown[] }).__samples.length >= count,
      i + 1,
    );
  }
  return page.evaluate(() => (window as unknown as { __samples: KeystrokeSample[] }).__samples);
}
