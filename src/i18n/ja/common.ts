/** 日本語: the language switch and texts shared by every area. */
import type { commonEn } from '../en/common';
import { translationOf } from '../placeholders';

export const commonJa = translationOf<typeof commonEn>()({
  'language.label': 'Language / 言語',
  'language.en': 'English',
  'language.ja': '日本語',
  'asdm.label': 'ASDM: {label}',
  'language.loadFailed': '日本語のテキストを読み込めませんでした。英語のまま表示します。',
  'step.introduction.title': 'はじめに',
  'step.tunnelInterface.title': 'VPN トンネル インターフェイス',
  'step.remoteAccessClient.title': 'リモート アクセス クライアント',
  'step.authMethod.title': 'VPN クライアント認証方式とトンネル グループ名',
  'step.clientAuthentication.title': 'クライアント認証',
  'step.userAccounts.title': 'ユーザー アカウント',
  'step.addressPool.title': 'アドレス プール',
  'step.ikePolicy.title': 'IKE ポリシー',
  'step.transformSet.title': 'IPsec トランスフォーム セットとクリプト マップ',
  'step.clientAttributes.title': 'クライアントにプッシュする属性',
  'step.ipsecSettings.title': 'IPsec の設定',
  'step.summary.title': 'サマリー',
});
