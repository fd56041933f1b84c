/** 日本語: preview-pane. Checked against the English part by translationOf (same ids, same placeholders). */
import type { previewPaneEn } from '../en/preview-pane';
import { translationOf } from '../placeholders';

export const previewPaneJa = translationOf<typeof previewPaneEn>()({});
