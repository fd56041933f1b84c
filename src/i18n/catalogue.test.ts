/**
 * The catalogue's contract at run time (the type checks it at compile time): both languages have
 * the same ids with the same placeholders, no text is empty, and the Japanese texts are Japanese —
 * a sentence left in English by accident (three English words in a row outside `code`, quotes and
 * technical terms) fails.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, msg } from './catalogue';
import { en } from './en';
import { ja } from './ja';
import { englishRun } from './english-run';
import { languageFromBrowser } from './language';
import { translationOf } from './placeholders';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const ids = Object.keys(en) as (keyof typeof en)[];

  it('has the same ids in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: same placeholders, not empty', (id) => {
    expect(en[id].trim()).not.toBe('');
    expect(ja[id].trim()).not.toBe('');
    expect(placeholders(ja[id])).toEqual(placeholders(en[id]));
  });

  it('has no English sentence in the Japanese catalogue', () => {
    const english = ids
      .filter((id) => ja[id] !== en[id] || /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(ja[id]))
      .map((id) => [id, englishRun(ja[id])])
      .filter(([, run]) => run !== null);
    expect(english).toEqual([]);
  });

  it('finds an English run where there is one', () => {
    expect(englishRun('Click the button to continue')).toBe('Click the button');
    expect(englishRun('`crypto map outside_map` を確認します')).toBeNull();
    expect(englishRun('[Enable split tunneling] を選びます')).toBeNull();
    expect(englishRun('Windows の IPsec 設定')).toBeNull();
    expect(englishRun('This wizard needs JavaScript.')).toBe('This wizard needs');
    expect(englishRun('クリプト マップ outside_dyn_map の設定')).toBeNull();
    expect(englishRun('use を map に the 設定')).toBeNull();
  });
});

describe('formatMessage', () => {
  it('fills named parameters, messages included, in the catalogue language', () => {
    const label = msg('language.en');
    expect(formatMessage(en, { id: 'language.label', params: { x: label } })).toBe(
      'Language / 言語',
    );
    expect(formatMessage(ja, msg('language.loadFailed'))).toContain('日本語');
  });
});

describe('translationOf', () => {
  it('is an identity at run time', () => {
    const _part = { greeting: 'Hello {name}.' } as const;
    const texts = translationOf<typeof _part>()({ greeting: 'こんにちは、{name}。' });
    expect(texts.greeting).toBe('こんにちは、{name}。');
  });

  it('rejects a translation whose placeholders differ (compile time)', () => {
    const _part = { greeting: 'Hello {name}.' } as const;
    // @ts-expect-error the placeholder {name} is missing
    translationOf<typeof _part>()({ greeting: 'こんにちは。' });
    // @ts-expect-error a placeholder the English text does not have
    translationOf<typeof _part>()({ greeting: 'こんにちは、{name} {other}。' });
    // @ts-expect-error an id the English part does not have
    translationOf<typeof _part>()({ greeting: '{name}', extra: 'x' });
    expect(true).toBe(true);
  });
});

describe('languageFromBrowser', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(languageFromBrowser(languages)).toBe(expected);
  });
});
