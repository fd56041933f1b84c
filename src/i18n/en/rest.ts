/** The English texts not needed for the first screen: messages, Help, Summary and preview. */
import { helpEn } from './help';
import { previewPaneEn } from './preview-pane';
import { rulesEn } from './rules';
import { stepPagesEn } from './step-pages';
import { summaryEn } from './summary';
import { validationEn } from './validation';

export const restEn = {
  ...validationEn,
  ...rulesEn,
  ...summaryEn,
  ...stepPagesEn,
  ...helpEn,
  ...previewPaneEn,
};
