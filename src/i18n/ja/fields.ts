/** 日本語: fields. Checked against the English part by translationOf (same ids, same placeholders). */
import type { fieldsEn } from '../en/fields';
import { translationOf } from '../placeholders';

export const fieldsJa = translationOf<typeof fieldsEn>()({});
