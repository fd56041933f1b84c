/**
 * The English texts the first screen needs (the frame, field labels, step 1, option labels): loaded
 * before the wizard renders. The rest (rest.ts) follows as soon as the page is up.
 */
import { chromeEn } from './chrome';
import { commonEn } from './common';
import { fieldsEn } from './fields';
import { firstStepEn } from './first-step';

export const coreEn = { ...commonEn, ...chromeEn, ...fieldsEn, ...firstStepEn };
