/** 日本語: rules. Checked against the English part by translationOf (same ids, same placeholders). */
import type { rulesEn } from '../en/rules';
import { translationOf } from '../placeholders';

export const rulesJa = translationOf<typeof rulesEn>()({});
