/**
 * Which preview tab is shown. Shared, so that the Summary, Finish and the preview's banner can open
 * the Client setup tab, where the handout options (the only answers outside the steps) are edited.
 */
import { sharedValue } from './shared-value';

export type PreviewTabId = 'asa' | 'client';

const selectedTab = sharedValue<PreviewTabId>('asa');

export const selectPreviewTab = (id: PreviewTabId): void => selectedTab.set(id);

export const usePreviewTab = (): PreviewTabId => selectedTab.use();

/** Shows the tab and moves focus to it, for a "Client setup" item in an issue list. */
export function openPreviewTab(id: PreviewTabId): void {
  selectPreviewTab(id);
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[role="tab"][data-tab="${id}"]`)?.focus(),
  );
}
