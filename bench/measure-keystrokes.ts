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

/**
 * The in-page probe, as plain JavaScript: tsx compiles functions passed to page.evaluate with
 * esbuild's keepNames, whose `__name` helper does not exist in the page. Installing it replaces any
 * earlier probe, so that measuring a second field never counts a key twice.
 */
const PROBE = `(selector) => {
  window.__probe?.stop();
  const samples = [];
  const waiters = [];
  let pressedAt = null;
  const onKey = (event) => { pressedAt = event.timeStamp; };
  window.addEventListener('keydown', onKey, true);
  const target = document.querySelector(selector);
  if (!target) throw new Error('no preview element ' + selector);
  const observer = new MutationObserver(() => {
    if (pressedAt === null) return;
    const start = pressedAt;
    pressedAt = null;
    const commit = performance.now() - start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        samples.push({ commit, frame: performance.now() - start });
        for (const waiter of waiters.splice(0)) waiter();
      };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(target, { subtree: true, childList: true, characterData: true });
  window.__probe = {
    samples,
    /** Resolves once there are \`count\` samples (no polling: nothing else runs in the page). */
    waitFor: (count) =>
      new Promise(function check(resolve) {
        if (samples.length >= count) resolve();
        else waiters.push(() => check(resolve));
      }),
    stop: () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
    },
  };
}`;

export async function installLatencyProbe(page: Page, previewSelector: string): Promise<void> {
  await page.evaluate(`(${PROBE})(${JSON.stringify(previewSelector)})`);
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
    await page.evaluate(`window.__probe.waitFor(${i + 1})`);
  }
  return page.evaluate('window.__probe.samples');
}
