/**
 * Which language the wizard speaks: the one chosen in this browser, else the first of the browser's
 * languages that is Japanese or English, else English. English is bundled; Japanese is a chunk of its
 * own; texts.ts loads the catalogue of the one chosen.
 */
import type { Lang } from './catalogue';

/** localStorage key of the chosen language (not a secret; kept like the other view choices). */
export const LANGUAGE_KEY = 'asa-l2tp-wizard:language';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}

/** The language for browser languages like ['ja-JP', 'en-US'], when nothing was chosen. */
export function languageFromBrowser(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The language to start in; reads localStorage and navigator (browser only). */
export function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage blocked: fall back to the browser's languages.
  }
  if (typeof navigator === 'undefined') return 'en';
  return languageFromBrowser(navigator.languages ?? [navigator.language]);
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
}

/**
 * The guard script's language test (index.html <head>, before the snapshot is parsed), written
 * as ES5 source: true when the page will start in Japanese, so the English snapshot must not show.
 * Kept next to initialLanguage, which it mirrors.
 */
export const STARTS_IN_JAPANESE_SOURCE = `(function(){try{var s=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)});if(s==="ja")return true;if(s==="en")return false}catch(e){}var l=navigator.languages||[navigator.language];for(var i=0;i<l.length;i++){var p=String(l[i]).toLowerCase().split("-")[0];if(p==="ja")return true;if(p==="en")return false}return false})()`;
