/**
 * The build-time snapshot of step 1 (src/prerender.tsx, scripts/vite-html-plugins.ts): index.html
 * holds the first screen as static, inert markup so the browser paints it before any script runs;
 * the live wizard then hydrates that markup (same components, same answers) and releases it.
 */

/** Marks the snapshot's root element; on <html>, "off" means the guard hid it (see below). */
export const SNAPSHOT_ATTRIBUTE = 'data-snapshot';
const SNAPSHOT = `#root > [${SNAPSHOT_ATTRIBUTE}]`;

/**
 * The snapshot can be taken over only while it shows what the live wizard will render: a new
 * visitor on step 1. The guard script (in <head>, before the snapshot is parsed) hides it for a
 * returning user (a saved draft) or a deep link to another step; the live wizard then renders from
 * scratch.
 */
export function snapshotToHydrate(): Element | null {
  const snapshot = document.querySelector(SNAPSHOT);
  return document.documentElement.getAttribute(SNAPSHOT_ATTRIBUTE) === 'off' ? null : snapshot;
}

let markInteractive = () => {};
const interactive = new Promise<void>((resolve) => {
  markInteractive = resolve;
});

/** Resolves once the first step is usable: what is not needed for it waits for this. */
export const whenInteractive = (): Promise<void> => interactive;

/**
 * The first step is live (hydrated, or rendered from scratch): the snapshot's markup is the live
 * wizard's now, so it may take focus and clicks.
 */
export function releaseSnapshot(): void {
  const snapshot = document.querySelector(SNAPSHOT);
  snapshot?.removeAttribute('inert');
  snapshot?.removeAttribute(SNAPSHOT_ATTRIBUTE);
  markInteractive();
}
