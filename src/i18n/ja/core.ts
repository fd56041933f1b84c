/** 日本語: the texts the first screen needs (see ../en/core.ts). */
import { chromeJa } from './chrome';
import { commonJa } from './common';
import { fieldsJa } from './fields';
import { firstStepJa } from './first-step';

export const coreJa = { ...commonJa, ...chromeJa, ...fieldsJa, ...firstStepJa };
