/** 日本語: the texts not needed for the first screen (see ../en/rest.ts). */
import { helpJa } from './help';
import { previewPaneJa } from './preview-pane';
import { rulesJa } from './rules';
import { stepPagesJa } from './step-pages';
import { summaryJa } from './summary';
import { validationJa } from './validation';

export const restJa = {
  ...validationJa,
  ...rulesJa,
  ...summaryJa,
  ...stepPagesJa,
  ...helpJa,
  ...previewPaneJa,
};
