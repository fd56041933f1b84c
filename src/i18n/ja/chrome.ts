/**
 * 日本語: ウィザードの枠 (タイトル バー、ファイル ツールバー、ボタン バー、ステップ一覧、ステップ
 * ページ、通知、ダイアログ、復旧画面) と共通の入力項目コンポーネント。ボタンは ASDM の日本語版と
 * 同じ [< 戻る] [次へ >] [完了] [キャンセル] [ヘルプ]。英語の部分と同じ ID、同じプレースホルダー
 * であることを translationOf が確認する。
 */
import type { chromeEn } from '../en/chrome';
import { translationOf } from '../placeholders';

export const chromeJa = translationOf<typeof chromeEn>()({
  'chrome.documentTitle': 'ASA L2TP/IPsec VPN ウィザード',
  'chrome.title.product': 'IPsec (IKEv1) リモート アクセス VPN ウィザード',
  'chrome.title.tagline': 'Cisco ASA · OS 標準の VPN クライアント向け L2TP over IPsec',

  'chrome.file.group': '回答ファイル',
  'chrome.file.save': '回答を保存',
  'chrome.file.open': '回答を開く',
  'chrome.file.includeSecrets': '保存するファイルにキーとパスワードを含める',
  'chrome.file.rememberSecrets': 'このコンピューターにキーとパスワードを記憶する',
  'chrome.file.openFailed.one': '{file} を開けませんでした (問題: 1 件)。',
  'chrome.file.openFailed.many': '{file} を開けませんでした (問題: {count} 件)。',
  'chrome.file.opened':
    '{file} を開きました。すべての回答をファイルの内容に置き換えました (ファイルにない項目は既定値になります)。',
  'chrome.file.openedNeedsAttention.one':
    '{file} を開きました。すべての回答をファイルの内容に置き換えました (ファイルにない項目は既定値になります)。確認が必要な項目が 1 件あります (キーとパスワードは、それらを含めて保存したファイルにしか入っていません)。',
  'chrome.file.openedNeedsAttention.many':
    '{file} を開きました。すべての回答をファイルの内容に置き換えました (ファイルにない項目は既定値になります)。確認が必要な項目が {count} 件あります (キーとパスワードは、それらを含めて保存したファイルにしか入っていません)。',

  'chrome.button.back': '戻る',
  'chrome.button.backArrow': '<',
  'chrome.button.next': '次へ',
  'chrome.button.nextArrow': '>',
  'chrome.button.finish': '完了',
  'chrome.button.cancel': 'キャンセル',
  'chrome.button.help': 'ヘルプ',

  'chrome.skipLink': '現在のステップへ移動',
  'chrome.steps.title': 'ステップ',
  'chrome.steps.state.complete': '入力済み',
  'chrome.steps.state.invalid': '要入力',
  'chrome.steps.state.skipped': 'スキップ',
  'chrome.step.heading': 'ステップ {number}/{total}: {title}',
  'chrome.step.blocked':
    'ステップ {target} ({title}) はまだ開けません。先にステップ {number} の問題を修正してください。',
  'chrome.step.loading': 'ステップを読み込んでいます…',
  'chrome.step.issuesTitle': 'このステップの次の問題を修正してください。',
  'chrome.preview.title': 'プレビュー',
  'chrome.preview.loading': 'プレビューを読み込んでいます…',

  'chrome.notice.dismiss': '閉じる',
  'chrome.notice.startedOver':
    '最初からやり直しました。このブラウザーに保存されていた下書きも含め、すべての回答を消去しました。',
  'chrome.notice.draftRestored':
    'このブラウザーに保存されていた回答を復元しました。シークレット (キーとパスワード) は保存されないため、印の付いた箇所でもう一度入力してください。',
  'chrome.notice.draftDiscarded':
    '{reason}ため、このブラウザーに保存されていた下書きを破棄しました。既定の回答で開始します。',
  'chrome.draft.reason.older': '古いバージョンのウィザードで保存されていた',
  'chrome.draft.reason.newer': '新しいバージョンのウィザードで保存されていた',
  'chrome.draft.reason.unreadable': '読み取れなかった',
  'chrome.draft.reason.format': '現在の回答の形式と一致しない',

  'chrome.startOver.title': '最初からやり直しますか？',
  'chrome.startOver.confirm': '最初からやり直す',
  'chrome.startOver.keep': '回答を残す',
  'chrome.startOver.body':
    'キーとパスワードを含むすべての回答を消去し、このブラウザーに保存されている下書きも削除します。保存済みの回答ファイルには影響しません。',

  'chrome.recovery.title': 'エラーのためウィザードが停止しました',
  'chrome.recovery.withAnswers':
    'ウィザード内部の処理に失敗したため、現在のステップを表示できません。回答はまだ失われていません。回答をダウンロードしてから最初からやり直し、[回答を開く] で読み込むと、中断したところから続けられます。',
  'chrome.recovery.withoutAnswers':
    'ウィザード内部の処理に失敗したため、現在のステップを表示できません。回答は復元できませんでしたが、最初からやり直すことはできます。',
  'chrome.recovery.secrets':
    'ダウンロードするファイルにキーとパスワードは含まれません。あとでもう一度入力してください。',
  'chrome.recovery.download': '回答をダウンロード (キーとパスワードを除く)',
  'chrome.recovery.details': '技術的な詳細',

  'chrome.field.warning': '警告:',
  'chrome.field.converted': '全角文字を半角 (ASCII) に変換しました。',
  'chrome.secret.show': '表示',
  'chrome.secret.hide': '非表示',
  'chrome.secret.showNamed': '{label}を表示',
  'chrome.secret.hideNamed': '{label}を非表示',
  'chrome.secret.generate': '生成',
});
