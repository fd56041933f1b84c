/**
 * The catalogue as the browser loads it: per language, the texts of the first screen ('core',
 * before the wizard renders) and the rest (messages, Help, Summary, preview), fetched once the
 * first screen is usable. In Japanese the English texts follow too: ASDM's labels, under the
 * Japanese ones (ui/i18n.tsx).
 */
import type { Catalogue, Lang } from './catalogue';

export type TextPart = 'core' | 'rest';
export type Texts = Partial<Catalogue>;

const LOADERS: Record<Lang, Record<TextPart, () => Promise<Texts>>> = {
  en: {
    core: () => import('./en/core').then((module) => module.coreEn),
    rest: () => import('./en/rest').then((module) => module.restEn),
  },
  ja: {
    core: () => import('./ja/core').then((module) => module.coreJa),
    rest: () => import('./ja/rest').then((module) => module.restJa),
  },
};

const loading = new Map<string, Promise<Texts>>();

function loadPart(lang: Lang, part: TextPart): Promise<Texts> {
  const key = `${lang}:${part}`;
  let texts = loading.get(key);
  if (!texts) {
    texts = LOADERS[lang][part]();
    // A failed fetch (offline, a new deployment) may be retried by the next call.
    texts.catch(() => loading.delete(key));
    loading.set(key, texts);
  }
  return texts;
}

/** The texts of `parts` in `lang` (every language has every text: the type checks it). */
export async function loadTexts(lang: Lang, parts: readonly TextPart[]): Promise<Texts> {
  const loaded = await Promise.all(parts.map((part) => loadPart(lang, part)));
  return Object.assign({}, ...loaded) as Texts;
}

/** Both parts of a language: what a lazily loaded screen waits for before it renders. */
export const loadAllTexts = (lang: Lang): Promise<Texts> => loadTexts(lang, ['core', 'rest']);

let active: Lang = 'en';

/** The language being shown (set by the language switch and at start). */
export function setActiveLanguage(lang: Lang): void {
  active = lang;
}

/**
 * Resolves once every text of the language being shown has arrived: lazily loaded screens (the
 * steps after the first, the preview) wait for it, so they never show before their texts.
 */
export const whenTextsReady = (): Promise<Texts> => loadAllTexts(active);
