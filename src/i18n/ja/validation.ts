/** 日本語: validation. Checked against the English part by translationOf (same ids, same placeholders). */
import type { validationEn } from '../en/validation';
import { translationOf } from '../placeholders';

export const validationJa = translationOf<typeof validationEn>()({});
