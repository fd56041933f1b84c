/** 日本語: help. Checked against the English part by translationOf (same ids, same placeholders). */
import type { helpEn } from '../en/help';
import { translationOf } from '../placeholders';

export const helpJa = translationOf<typeof helpEn>()({});
