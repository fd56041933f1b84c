/**
 * Which preview tab is shown. Shared, so that the Summary, Finish and the preview's banner can open
 * the Client setup tab, where the handout options (the only answers outside the steps) are edited.
 */
import { useSyncExternalStore } from 'react';

export type PreviewTabId = 'asa' | 'client';

let current: PreviewTabId = 'asa';
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function selectPreviewTab(id: PreviewTabId): void {
  if (current === id) return;
  current = id;
  for (const listener of listeners) listener();
}

export function usePreviewTab(): PreviewTabId {
  // The build-time render of step 1 (src/prerender.tsx) shows the first tab.
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => 'asa',
  );
}

/** Shows the tab and moves focus to it, for a "Client setup" item in an issue list. */
export function openPreviewTab(id: PreviewTabId): void {
  selectPreviewTab(id);
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[role="tab"][data-tab="${id}"]`)?.focus(),
  );
}
