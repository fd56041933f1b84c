import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { LanguageProvider } from '../ui/i18n';
import { InvalidBanner } from './invalid-banner';
import { errorPlaces } from './use-error-steps';

function render(catalogue: Catalogue, ids: string[]) {
  const html = renderToStaticMarkup(
    <LanguageProvider lang={catalogue === ja ? 'ja' : 'en'} catalogue={catalogue}>
      <MemoryRouter>
        <InvalidBanner places={errorPlaces(ids)} routeOf={(id) => `/step/${id}`} />
      </MemoryRouter>
    </LanguageProvider>,
  );
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  return { html, text };
}

describe('InvalidBanner', () => {
  it('says the same English sentence as before, each place a link or button', () => {
    const { html, text } = render(en, ['authMethod', 'tunnelInterface', 'clientOptions']);
    expect(text).toBe(
      'Incomplete answers. Fix the errors in step 2 (VPN Tunnel Interface), step 4 (VPN Client Authentication Method and Tunnel Group Name) and the Client setup tab. The preview shows a best-effort result.',
    );
    expect(html).toContain('<strong>Incomplete answers.</strong>');
    expect(html).toMatch(
      /<a href="\/step\/tunnelInterface"[^>]*>step 2 \(VPN Tunnel Interface\)<\/a>/,
    );
    expect(html).toMatch(/<button[^>]*>the Client setup tab<\/button>/);
  });

  it('says it in Japanese, with the links in the Japanese word order', () => {
    const { html, text } = render(ja, ['ikePolicy']);
    expect(text).toBe(
      '回答が完了していません。ステップ 8 (IKE ポリシー) のエラーを修正してください。プレビューには、現在の回答から可能な範囲で生成した結果を表示しています。',
    );
    expect(html).toMatch(/<a href="\/step\/ikePolicy"[^>]*>ステップ 8 \(IKE ポリシー\)<\/a>/);
  });

  it('shows nothing without errors', () => {
    expect(render(en, []).html).toBe('');
  });
});
