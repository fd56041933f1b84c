/** 日本語: step-pages. Checked against the English part by translationOf (same ids, same placeholders). */
import type { stepPagesEn } from '../en/step-pages';
import { translationOf } from '../placeholders';

export const stepPagesJa = translationOf<typeof stepPagesEn>()({});
