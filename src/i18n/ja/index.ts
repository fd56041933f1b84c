/**
 * The Japanese catalogue, loaded only when Japanese is chosen (a separate chunk). Each part is
 * checked against its English part; the object below must cover every English id.
 */
import type { Catalogue } from '../catalogue';
import { commonJa } from './common';
import { fieldsJa } from './fields';
import { helpJa } from './help';
import { previewPaneJa } from './preview-pane';
import { rulesJa } from './rules';
import { stepPagesJa } from './step-pages';
import { summaryJa } from './summary';
import { validationJa } from './validation';
import { chromeJa } from './chrome';

export const ja = {
  ...commonJa,
  ...fieldsJa,
  ...validationJa,
  ...rulesJa,
  ...summaryJa,
  ...stepPagesJa,
  ...helpJa,
  ...chromeJa,
  ...previewPaneJa,
} as const satisfies Catalogue;
