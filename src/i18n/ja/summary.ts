/** 日本語: summary. Checked against the English part by translationOf (same ids, same placeholders). */
import type { summaryEn } from '../en/summary';
import { translationOf } from '../placeholders';

export const summaryJa = translationOf<typeof summaryEn>()({});
