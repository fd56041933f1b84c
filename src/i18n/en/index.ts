/**
 * The English catalogue: bundled with the app, the fallback of every language and the type every
 * translation must satisfy. One part per area, so that parallel work never edits the same file.
 */
import { commonEn } from './common';
import { fieldsEn } from './fields';
import { helpEn } from './help';
import { previewPaneEn } from './preview-pane';
import { rulesEn } from './rules';
import { stepPagesEn } from './step-pages';
import { summaryEn } from './summary';
import { validationEn } from './validation';
import { chromeEn } from './chrome';

export const en = {
  ...commonEn,
  ...fieldsEn,
  ...validationEn,
  ...rulesEn,
  ...summaryEn,
  ...stepPagesEn,
  ...helpEn,
  ...chromeEn,
  ...previewPaneEn,
} as const;

export type MessageId = keyof typeof en;
