/**
 * 日本語: 回答の検証メッセージ (項目のチェック、ステップのスキーマ、回答ファイルの読み込み) と
 * コマンドライン ジェネレーターのメッセージ ('cli.*')。English part と同じ id・プレースホルダーで
 * あることを translationOf が検査する。項目は「{label}」で示し、エラーは「～してください。」で統一する。
 */
import type { validationEn } from '../en/validation';
import { translationOf } from '../placeholders';

export const validationJa = translationOf<typeof validationEn>()({
  // 項目のチェック
  'validation.required': '「{label}」を入力してください。',
  'validation.token.spaces':
    "「{label}」にはスペースと '?' を使用できません。ASA のコマンド ラインで入力できないためです。",
  'validation.token.printable':
    '「{label}」には印刷可能な ASCII 文字だけを使用してください (アクセント付きの文字、ASCII 以外の記号、制御文字は使用できません)。',
  'validation.name.charset':
    "「{label}」は半角英数字と '_'、'.'、'-' を使って 1～{max} 文字で入力してください。",
  'validation.name.reserved':
    '「{label}」の "{value}" は ASA のキーワードです。別の名前を指定してください。',
  'validation.interfaceName.charset':
    "「{label}」は半角英数字と '_'、'.'、'-' を使って 1～{max} 文字で入力してください (例: outside)。",
  'validation.secret.length': '「{label}」は 1～{max} 文字で入力してください。',
  'validation.hostAddress.format':
    '「{label}」には 192.0.2.10 のような IPv4 アドレスを入力してください。',
  'validation.hostAddress.unusable':
    '「{label}」の {value} はホスト アドレスとして使用できません。',
  'validation.hostName.format':
    '「{label}」には IP アドレスまたは有効なホスト名 (例: {example}) を入力してください。',
  'validation.domain.format': '「{label}」には example.com のようなドメイン名を入力してください。',
  'validation.mask.format':
    '「{label}」には 255.255.255.0 のようなサブネット マスクを入力してください。',
  'validation.mask.contiguous':
    '「{label}」の {value} は有効なサブネット マスクではありません (1 のビットが連続している必要があります)。',
  'validation.integer.range': '「{label}」には {min}～{max} の整数を入力してください。',
  'validation.integer.digits': '「{label}」には {digits} 桁以内の整数を入力してください。',
  'validation.network.invalid':
    '「{label}」の {line} 行目: "{text}" はネットワークではありません。CIDR 形式 (10.1.1.0/24) またはアドレスとマスク (10.1.1.0 255.255.255.0) で入力してください。',
  'validation.network.invalidOrAny':
    '「{label}」の {line} 行目: "{text}" はネットワークではありません。CIDR 形式 (10.1.1.0/24)、アドレスとマスク (10.1.1.0 255.255.255.0)、または any で入力してください。',
  'validation.network.hostBits':
    '「{label}」の {line} 行目: {text} にはホスト ビットが設定されています。{network} の誤りではありませんか？',
  'validation.interfaceList.entry': '{label} ({entry})',
  'validation.connectionName.charset':
    "「{label}」は半角英数字、スペース、'_'、'.'、'-'、かっこを使って 1～{max} 文字で入力してください。",
  'validation.list.more': '{first}{next}',

  // スキーマ (回答ファイルの型の誤り、値の前後のスペース)
  'validation.type.text': '「{label}」は文字列で指定してください。',
  'validation.type.number': '「{label}」は数値で指定してください。',
  'validation.type.list': '「{label}」は 1 行に 1 項目の文字列で指定してください。',
  'validation.type.boolean': '「{label}」は true または false で指定してください。',
  'validation.type.choice': '「{label}」には次のいずれかを指定してください: {values}。',
  'validation.spacesAround': '「{label}」の値の前後にあるスペースを削除してください。',
  'validation.invalid': '入力の形式が正しくありません。',

  // ステップのスキーマ
  'validation.clientType.only': 'サポートしているのは「{label}」だけです。',
  'validation.ppp.none': 'PPP 認証プロトコルを 1 つ以上選択してください。',
  'validation.psk.length':
    "「{label}」はスペースと '?' を含まない 1～{max} 文字で入力してください。",
  'validation.tunnelGroup.psk':
    '事前共有キーを使用する場合、ネイティブ クライアントは常に {group} に接続します。「{label}」は {group} にしてください。',
  'validation.aaaServerGroup.local':
    '「{label}」に LOCAL は使用できません。LOCAL は組み込みのローカル データベースを表します。',
  'validation.aaaSecretKey.required':
    '「{label}」には、サーバーに設定されている共有秘密キーを入力してください。',
  'validation.confirm.mismatch': '「{label}」が「{other}」と一致しません。',
  'validation.pool.order':
    '「{endLabel}」の {end} が「{startLabel}」の {start} より前になっています。開始アドレスは終了アドレス以下にしてください。',
  'validation.pool.subnet':
    'プールはマスクの 1 つのサブネット内に収めてください。{start} と {end} は異なる /{prefix} サブネットにあります。',
  'validation.esp.null':
    '「{label}」が esp-null だと VPN トラフィックが暗号化されずに送信されます。esp-aes-256 (AES-256)、esp-aes (AES-128)、esp-3des (3DES) のいずれかを選択してください。',
  'validation.esp.none':
    '「{label}」が esp-none だと VPN トラフィックの完全性が保護されません。esp-sha-hmac を選択してください。',
  'validation.server.primaryRequired': '「{other}」を設定する場合は「{label}」も入力してください。',
  'validation.exemptNetworks.empty':
    '「{label}」にネットワークを 1 つ以上 (または any を) 入力するか、「{toggle}」をオフにしてください。',
  'validation.splitNetworks.empty':
    '「{label}」にネットワークを 1 つ以上入力するか、「{toggle}」をオフにしてください。',

  // ローカル ユーザー (ステップ 6)
  'validation.users.list': '「{label}」は {shape} のリストで指定してください。',
  'validation.user.position': 'ユーザー {n}',
  'validation.user.named': 'ユーザー "{name}"',
  'validation.user.this': 'このユーザー',
  'validation.user.fieldOf': '{field} ({who})',
  'validation.user.fieldNamed': '{field} "{name}"',
  'validation.user.duplicate':
    '{label} {name} が複数回指定されています。同じユーザーは 1 回だけ追加できます。',
  'validation.password.tooShort': '「{label}」は {min} 文字以上で入力してください。',
  'validation.user.confirmMismatch': '「パスワードの確認」が「パスワード」と一致しません。',

  // 回答ファイルの読み込み
  'validation.file.notObject': '回答は JSON オブジェクトで指定してください。',
  'validation.file.unknownKey':
    '"{field}" は不明な設定です。{schema} と照らしてつづりを確認してください。',
  'validation.file.notJson': 'ファイルが有効な JSON ではありません。',
  'validation.file.reason': '{field}: {message}',

  // コマンドライン ジェネレーター
  'cli.usage.line': '使い方: {command}',
  'cli.usage.intro': 'ウィザードの回答ファイル ({schema} を参照) から次を出力します:',
  'cli.usage.formatAsa': 'Cisco ASA の設定 (デフォルト)',
  'cli.usage.formatWindows': 'Windows クライアントのチェックリスト (プレーン テキスト)',
  'cli.usage.formatMarkdown': 'Windows クライアントのチェックリスト (Markdown)',
  'cli.usage.lang': 'メッセージの言語: en (デフォルト) または ja',
  'cli.usage.help': 'このヘルプを表示します',
  'cli.error.formatValue': '--format に値を指定してください。',
  'cli.error.langValue': '--lang に値を指定してください。',
  'cli.error.unknownOption': '{option} は不明なオプションです。',
  'cli.error.unknownFormat': '"{format}" は不明な出力形式です。',
  'cli.error.unknownLang': '"{lang}" は不明な言語です。en または ja を指定してください。',
  'cli.error.missingFile': '回答ファイルを指定してください。',
  'cli.error.twoFiles': '回答ファイルは 1 つだけ指定してください。',
  'cli.error.cannotRead': '回答ファイル {file} を読み込めません: {reason}',
  'cli.error.noSuchFile': 'ファイルがありません',
  'cli.error.directory': 'ディレクトリです',
  'cli.error.notJson': '{file} は有効な JSON ではありません: {reason}',
  'cli.issue.error': '{field}: {message}',
  'cli.issue.warning': '警告: {field}: {message}',
});
