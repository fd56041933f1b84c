/**
 * 日本語: プレビュー ペインの UI (タブ、コピー/ダウンロードと状態表示、未完了の回答のバナーと確認、
 * 「クライアント設定」タブの項目とセットアップ ファイル)。生成される ASA の設定と手順書は英語のまま。
 * Checked against the English part by translationOf (same ids, same placeholders).
 */
import type { previewPaneEn } from '../en/preview-pane';
import { translationOf } from '../placeholders';

export const previewPaneJa = translationOf<typeof previewPaneEn>()({
  'preview.mask.label': 'シークレットをマスクする',
  'preview.mask.help': '[コピー] と [ダウンロード] の内容には、常に実際の値が含まれます。',
  'preview.tabs.label': 'プレビュー出力',
  'preview.tab.asa': 'ASA CLI',
  'preview.tab.client': 'クライアント設定',

  'preview.asa.region': 'ASA の設定',
  'preview.asa.lineCount': '{count} 行',

  'preview.action.copy': 'コピー',
  'preview.action.download': 'ダウンロード',
  'preview.status.copied': 'コピーしました',
  'preview.status.downloaded': '{fileName} をダウンロードしました',
  'preview.status.copyFailed':
    'コピーできませんでした。ブラウザーがクリップボードへのアクセスをブロックしています。テキストを選択してコピーしてください。',
  'preview.status.pair': '{first} · {second}',

  'preview.place.step': 'ステップ {number} ({title})',
  'preview.place.tab': '「{tab}」タブ',
  'preview.places.series': '{first}、{rest}',
  'preview.places.pair': '{first}、{last}',

  'preview.banner.title': '回答が完了していません。',
  'preview.banner.text':
    '{title}{places} のエラーを修正してください。プレビューには、現在の回答から可能な範囲で生成した結果を表示しています。',

  'preview.confirm.title': '回答にまだエラーがあります',
  'preview.confirm.text':
    '{places} にエラーがあります。この{what}は不完全であるか、受け付けられない可能性があります。このまま続けますか？',
  'preview.confirm.copyAnyway': 'このままコピー',
  'preview.confirm.downloadAnyway': 'このままダウンロード',
  'preview.confirm.notNow': 'キャンセル',
  'preview.what.configuration': '設定',
  'preview.what.handout': '手順書',
  'preview.what.script': 'スクリプト',
  'preview.what.profile': 'プロファイル',

  'preview.client.platform': 'クライアント プラットフォーム',
  'preview.client.platform.all': 'すべてのプラットフォーム',
  'preview.client.downloadHtml': '手順書をダウンロード (HTML)',
  'preview.client.downloadMarkdown': '手順書をダウンロード (Markdown)',
  'preview.client.region.platform': '{platform} のクライアント設定',
  'preview.client.region.all': 'すべてのプラットフォームのクライアント設定',

  'preview.files.title': 'セットアップ ファイル',
  'preview.files.script.name': 'Windows 用スクリプト',
  'preview.files.script.download': 'PowerShell スクリプトをダウンロード',
  'preview.files.script.text':
    'この設定の VPN 接続を 1 回の操作で追加します。ユーザーは Windows PowerShell で次のように実行します。',
  'preview.files.script.nat':
    'ASA は NAT の内側にあります。ユーザーは管理者として -SetNatTraversal を付けて一度実行し、Windows を再起動します。',
  'preview.files.script.noKey':
    '事前共有キーは手順書に記載されません (「{label}」がオフ)。スクリプトの実行時に入力を求められます。',
  'preview.files.profile.name': 'Apple プロファイル',
  'preview.files.profile.download': 'Apple プロファイルをダウンロード',
  'preview.files.profile.text': 'Mac、iPhone、iPad に VPN を追加します。パスワードは含まれません。',
  'preview.files.profile.userName': 'プロファイルに入れるユーザー名 (省略可)',
  'preview.files.profile.howTo': 'ユーザーがプロファイルをインストールする手順',

  'preview.profileNotes.ios.title': 'iPhone と iPad',
  'preview.profileNotes.ios.open':
    'Safari で {fileName} を開きます (メールや「ファイル」App でタップしてもかまいません)。「プロファイルがダウンロードされました」と表示されます。',
  'preview.profileNotes.ios.install':
    '「設定」→「一般」→「VPN とデバイス管理」→ ダウンロードしたプロファイル →「インストール」の順に開き、デバイスのパスコードを入力します。',
  'preview.profileNotes.ios.connect':
    '接続するには、「設定」→「VPN」で「{connectionName}」をオンにし、求められたらユーザー名とパスワードを入力します。',
  'preview.profileNotes.mac.title': 'Mac',
  'preview.profileNotes.mac.open': '{fileName} をダブルクリックします。',
  'preview.profileNotes.mac.install':
    '「システム設定」→「プライバシーとセキュリティ」→「プロファイル」(新しい macOS では「一般」→「デバイス管理」) を開き、プロファイルを選択して「インストール」をクリックします。',
  'preview.profileNotes.mac.connect':
    '接続するには、「システム設定」→「VPN」で「{connectionName}」をオンにし、求められたらユーザー名とパスワードを入力します。',
  'preview.profileNotes.unverified.title': '「未検証」の表示について',
  'preview.profileNotes.unverified.signed':
    'このプロファイルは署名されていないため、「未検証」と表示されます。このファイルではそれが正常です。管理者から受け取ったファイルである場合にのみインストールしてください。',
  'preview.profileNotes.unverified.remove':
    '後で VPN を削除するときは、同じ画面でプロファイルを削除します。',
  'preview.profileNotes.noKey.title': 'このプロファイルには事前共有キーが含まれていません',
  'preview.profileNotes.noKey.text':
    'このプロファイルは事前共有キーを省いて作成されています。接続できない場合は、プロファイルを削除して VPN を手動で設定する (iOS/iPadOS または macOS の手順) か、事前共有キーを含むプロファイルを管理者に依頼してください。',
});
