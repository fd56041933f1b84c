/** 日本語: the language switch and texts shared by every area. */
import type { commonEn } from '../en/common';
import { translationOf } from '../placeholders';

export const commonJa = translationOf<typeof commonEn>()({
  'language.label': 'Language / 言語',
  'language.en': 'English',
  'language.ja': '日本語',
  'language.loadFailed': '日本語のテキストを読み込めませんでした。英語のまま表示します。',
});
