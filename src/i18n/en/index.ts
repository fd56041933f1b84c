/**
 * The English catalogue: the type every translation must satisfy, and the whole English text for
 * the command line and the tests. The browser loads it in two parts (core.ts, rest.ts; see
 * ../texts.ts), so the first screen does not wait for texts it does not show. One module per area,
 * so that parallel work never edits the same file.
 */
import { coreEn } from './core';
import { restEn } from './rest';

export const en = { ...coreEn, ...restEn } as const;

export type MessageId = keyof typeof en;
