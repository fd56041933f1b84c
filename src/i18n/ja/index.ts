/**
 * The whole Japanese catalogue (the command line and the tests; the browser loads ja/core.ts and
 * ja/rest.ts, see ../texts.ts). Each area is checked against its English part; the object below
 * must cover every English id.
 */
import type { Catalogue } from '../catalogue';
import { coreJa } from './core';
import { restJa } from './rest';

export const ja = { ...coreJa, ...restJa } as const satisfies Catalogue;
