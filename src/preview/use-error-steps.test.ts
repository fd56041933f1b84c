import { describe, expect, it } from 'vitest';
import { formatMessage, msg } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { confirmText } from './output-actions';
import { statusOf } from './use-copy-download';
import { errorPlaces, placeMsg, placesList } from './use-error-steps';

const places = errorPlaces(['clientOptions', 'authMethod', 'tunnelInterface']);

describe('errorPlaces', () => {
  it('lists the steps in wizard order, the Client setup tab last', () => {
    expect(places.map((place) => place.id)).toEqual([
      'tunnelInterface',
      'authMethod',
      'clientOptions',
    ]);
  });

  it('names each place in English as before', () => {
    expect(places.map((place) => english(placeMsg(place)))).toEqual([
      'step 2 (VPN Tunnel Interface)',
      'step 4 (VPN Client Authentication Method and Tunnel Group Name)',
      'the Client setup tab',
    ]);
  });

  it('names each place in Japanese, with the step title in Japanese', () => {
    expect(places.map((place) => formatMessage(ja, placeMsg(place)))).toEqual([
      'ステップ 2 (VPN トンネル インターフェイス)',
      'ステップ 4 (VPN クライアント認証方式とトンネル グループ名)',
      '「クライアント設定」タブ',
    ]);
  });
});

describe('placesList', () => {
  const items = ['A', 'B', 'C'];
  it.each([
    [1, 'and', 'A'],
    [2, 'and', 'A and B'],
    [3, 'and', 'A, B and C'],
    [1, 'commas', 'A'],
    [2, 'commas', 'A, B'],
    [3, 'commas', 'A, B, C'],
  ] as const)('%i items, %s: "%s"', (count, style, want) => {
    const list = placesList(items.slice(0, count), style);
    expect(typeof list === 'object' ? english(list) : list).toBe(want);
  });

  it('joins the places the Japanese way', () => {
    const list = placesList(places.map(placeMsg), 'and');
    expect(typeof list === 'object' && formatMessage(ja, list)).toBe(
      'ステップ 2 (VPN トンネル インターフェイス)、ステップ 4 (VPN クライアント認証方式とトンネル グループ名)、「クライアント設定」タブ',
    );
  });
});

describe('the confirmation before Copy or Download', () => {
  const what = msg('preview.what.script');

  it('asks in English exactly as before', () => {
    expect(english(confirmText(places, what))).toBe(
      'There are errors in step 2 (VPN Tunnel Interface), step 4 (VPN Client Authentication Method and Tunnel Group Name), the Client setup tab. The script may be incomplete or rejected. Do you want it anyway?',
    );
  });

  it('asks in Japanese, naming the places and the file in Japanese', () => {
    const text = formatMessage(ja, confirmText(places.slice(1, 2), what));
    expect(text).toBe(
      'ステップ 4 (VPN クライアント認証方式とトンネル グループ名) にエラーがあります。このスクリプトは不完全であるか、受け付けられない可能性があります。このまま続けますか？',
    );
  });
});

describe('statusOf', () => {
  const copied = msg('preview.status.copied');
  const downloaded = msg('preview.status.downloaded', { fileName: 'l2tp-vpn-handout.md' });

  it('shows one status, or both', () => {
    expect(statusOf(null, null)).toBeNull();
    expect(statusOf(copied, null)).toBe(copied);
    expect(statusOf(null, downloaded)).toBe(downloaded);
    const both = statusOf(copied, downloaded);
    expect(both && english(both)).toBe('Copied · Downloaded l2tp-vpn-handout.md');
    expect(both && formatMessage(ja, both)).toBe(
      'コピーしました · l2tp-vpn-handout.md をダウンロードしました',
    );
  });
});
