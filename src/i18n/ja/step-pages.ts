/**
 * 日本語: 各ステップ ページ (ステップ 1～11) の説明、項目のヘルプ、ボタン、一覧、注記と、説明的な
 * 選択肢のラベル。CLI のコマンドやキーワードは `バッククォート` で囲みます (コードとして表示)。
 * Checked against the English part by translationOf (same ids, same placeholders).
 */
import type { stepPagesEn } from '../en/step-pages';
import { translationOf } from '../placeholders';

export const stepPagesJa = translationOf<typeof stepPagesEn>()({
  'steps.tunnelInterface.intro':
    'リモート クライアントが接続するインターフェイスを選択します。このインターフェイスでクリプト マップと IKEv1 が有効になります。',
  'steps.tunnelInterface.bypassInterfaceAcls.help':
    '`sysopt connection permit-vpn`: 復号された VPN トラフィックは、インターフェイスのアクセス リストでチェックされません。',
  'steps.tunnelInterface.publicAddress.help':
    'ユーザーが VPN クライアントに入力するアドレスまたは DNS 名です (クライアントの設定手順にのみ使用します)。',
  'steps.tunnelInterface.asaBehindNat.help':
    'ASA の外部アドレス自体がアドレス変換されている場合にオンにします。この場合、Windows ではレジストリの変更が必要です。',
  'steps.remoteAccessClient.intro':
    'ネイティブの L2TP クライアントは、IPsec の確立後に PPP の中でユーザーを認証します。ユーザー データベースがサポートする PPP 認証タイプだけを許可してください。',
  'steps.remoteAccessClient.clientType.legend': 'VPN クライアントの種類',
  'steps.remoteAccessClient.clientType.ciscoVpnClient':
    'Cisco VPN Client リリース 3.x 以降、またはその他の Easy VPN Remote 製品',
  'steps.remoteAccessClient.clientType.notInWizard': '(このウィザードでは扱いません)',
  'steps.remoteAccessClient.ppp.help':
    'Windows が提示するのは PAP、CHAP、MS-CHAP v2、EAP です。ローカル ユーザー データベースがサポートするのは {types} です。',
  'steps.authMethod.intro':
    'Windows は、ユーザーがサインインする前に、全ユーザー共通のキー (またはマシン証明書) を使用して VPN ゲートウェイと自身を認証します。',
  'steps.authMethod.preSharedKey.help':
    '1～{max} 文字で、スペースと「?」は使用できません。生成ボタンで {length} 文字のランダムなキーを作成できます。',
  'steps.authMethod.trustpoint.help':
    'ASA のアイデンティティ証明書を保持するトラストポイントです。',
  'steps.authMethod.tunnelGroupName.fixed':
    '固定: ネイティブ クライアントはグループ名を送信しないため、事前共有キーを使用する場合、ASA が使用できるのは {group} だけです。',
  'steps.clientAuthentication.intro':
    'IPsec の確立後、ユーザーは PPP の中でユーザー名とパスワードを使用してサインインします。ASA がこれらを確認する場所を選択します。',
  'steps.clientAuthentication.aaaSecretKey.help':
    'サーバー側でこの ASA 用に設定されている共有秘密キーです。',
  'steps.clientAuthentication.localNote':
    'ユーザーは次のステップで作成します。AAA サーバー グループを使用する場合、「{step}」ステップはスキップされます。',
  'steps.userAccounts.intro':
    '接続を許可するユーザーを追加します。一覧にすでにある名前を追加すると、そのユーザーのパスワードが置き換えられます。',
  'steps.userAccounts.confirmPassword': 'パスワードの確認',
  'steps.userAccounts.add': '追加',
  'steps.userAccounts.pending':
    '「追加」をクリックしてこのユーザーを追加するか、入力欄を空にしてください。',
  'steps.userAccounts.added': 'ユーザー {name} を追加しました。',
  'steps.userAccounts.replaced': 'ユーザー {name} を置き換えました。',
  'steps.userAccounts.deleted': 'ユーザー {name} を削除しました。',
  'steps.userAccounts.listHeading': '{label} ({count} 人)',
  'steps.userAccounts.empty': 'ユーザーはまだ追加されていません。',
  'steps.userAccounts.passwordSet': 'パスワード設定済み',
  'steps.userAccounts.noPassword': 'パスワードなし',
  'steps.userAccounts.delete': '削除',
  'steps.userAccounts.deleteUser': 'ユーザー {name} を削除',
  'steps.userAccounts.vpnOnly.help':
    '`service-type remote-access` を追加し、これらのユーザーが ASA 自体にはログインできないようにします。',
  'steps.addressPool.intro':
    '接続した各クライアントには、このプールからアドレスが 1 つ割り当てられます。どの内部ネットワークでも使用されていない範囲を指定してください。',
  'steps.ikePolicy.intro':
    'フェーズ 1 はキー交換を保護します。Windows は複数の組み合わせを提案し、ASA は自身のポリシーのうち一致する最初のもの (プライオリティ番号が最も小さいもの) を選択します。',
  'steps.ikePolicy.priority.help': '{min}～{max}。番号の小さいものから順に試行されます。',
  'steps.transformSet.intro':
    'フェーズ 2 は L2TP トラフィックを暗号化します。L2TP クライアントは不特定のアドレスから接続するため、インターフェイスのクリプト マップ内のダイナミック マップで照合されます。',
  'steps.transformSet.mode.label': 'モード',
  'steps.transformSet.mode.fixed':
    '— 固定: L2TP over IPsec では常にトランスポート モードを使用します。',
  'steps.transformSet.saLifetime.help':
    '省略可能です。空欄にすると ASA のデフォルト (28800 秒) のままになります。',
  'steps.clientAttributes.intro':
    'これらの設定は、クライアントの接続時にクライアントに送信されます。サーバーを空欄にすると、デフォルトのグループ ポリシーの値が継承されます。',
  'steps.ipsecSettings.intro':
    'VPN トラフィックを既存の NAT ルールの対象から外し、トンネルを通すトラフィックを選択して、Perfect Forward Secrecy を設定します。',
  'steps.ipsecSettings.exemptNetworks.help':
    'アドレス変換せずにクライアントと通信する内部ネットワークを 1 行に 1 つずつ入力します (10.1.1.0/24 または 10.1.1.0 255.255.255.0)。すべてのネットワークの場合は `any` と入力します。',
  'steps.ipsecSettings.splitNetworks.help':
    'トンネルを通るのは、これらのネットワーク宛てのトラフィックだけです。1 行に 1 つずつ入力します。クライアント自身の LAN を含めないでください。',
  'steps.ipsecSettings.interceptDhcp.help':
    'クライアントの DHCP INFORM にスプリット トンネルのルートで応答します。',
  'steps.ipsecSettings.hairpin.helpSplit':
    'フル トンネルの場合のみ: スプリット トンネリングでは、インターネット宛てのトラフィックは VPN を通りません。',
  'steps.ipsecSettings.hairpin.helpFull':
    'フル トンネルのクライアントが、外部インターフェイスから折り返してインターネットにアクセスできるようにします (ヘアピン)。',
});
