/** 日本語: chrome. Checked against the English part by translationOf (same ids, same placeholders). */
import type { chromeEn } from '../en/chrome';
import { translationOf } from '../placeholders';

export const chromeJa = translationOf<typeof chromeEn>()({});
