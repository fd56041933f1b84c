/**
 * 日本語: サマリー ステップ (行、エラーと警告の一覧、クライアントの互換性)、共通の問題一覧、完了時の
 * レポート。英語の部分と同じ ID・同じプレースホルダーであることを translationOf が検査する。
 */
import type { summaryEn } from '../en/summary';
import { translationOf } from '../placeholders';

export const summaryJa = translationOf<typeof summaryEn>()({
  'summary.intro':
    '設定内容を確認してください。構成とクライアントの設定手順は、プレビューからコピーまたはダウンロードできます。',
  'summary.errors.heading': 'エラー ({count})',
  'summary.errors.none': 'エラーはありません。',
  'summary.warnings.heading': '警告 ({count})',
  'summary.warnings.none': '警告はありません。',
  'summary.edit.link': '編集',
  'summary.edit.step': 'ステップ {number}: {title}',

  'summary.row.clientType': 'VPN クライアントの種類',
  'summary.row.mode': 'モード',
  'summary.value.yes': 'はい',
  'summary.value.no': 'いいえ',
  'summary.value.notSet': '未設定',
  'summary.value.none': 'なし',
  'summary.value.noName': '(名前なし)',
  'summary.value.asaDefault': 'ASA のデフォルト',
  'summary.value.usersSkipped': 'スキップ (ユーザーは AAA サーバー グループで認証します)',

  'summary.compat.heading': 'クライアントの互換性',
  'summary.compat.intro':
    'OS 標準の VPN クライアントがこの構成で接続できるかどうかです ({errors}、{warnings})。クライアント向けの手順書でも、同じ内容をエンド ユーザーにわかりやすく説明しています。',
  'summary.compat.errors.one': 'エラー {count} 件',
  'summary.compat.errors.other': 'エラー {count} 件',
  'summary.compat.warnings.one': '警告 {count} 件',
  'summary.compat.warnings.other': '警告 {count} 件',
  'summary.compat.allConnect': '一覧のすべてのクライアントが接続できます。',
  'summary.compat.severity.error': 'エラー',
  'summary.compat.severity.warning': '警告',
  'summary.compat.affects': '対象:',
  'summary.compat.editStep': '{title} (ステップ {number})',

  'issueList.step': 'ステップ {number}',
  'issueList.stepTitle': ': {title}',

  'finish.complete.title': '構成が完成しました。',
  'finish.complete.body':
    'ASA の構成と Windows クライアントの設定手順を、プレビューからコピーまたはダウンロードしてください。構成はグローバル コンフィギュレーション モードで貼り付け、`write memory` で保存します。',
  'finish.notFinished.one': '未完了: 問題が {count} 件残っています。',
  'finish.notFinished.other': '未完了: 問題が {count} 件残っています。',
});
