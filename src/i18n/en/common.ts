/** English texts: the language switch and texts shared by every area. */
export const commonEn = {
  'language.label': 'Language / 言語',
  'language.en': 'English',
  'language.ja': '日本語',
  'language.loadFailed': 'The Japanese texts could not be loaded; the wizard stays in English.',
} as const;
