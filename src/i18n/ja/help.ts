/**
 * 日本語: ヘルプ パネル。Cisco の日本語ドキュメントと同じく、ASDM のコントロール名は英語のまま
 * [角かっこ] で示し、CLI のコマンドは `バッククォート` で囲みます (コードとして表示)。
 * Checked against the English part by translationOf (same ids, same placeholders).
 */
import type { helpEn } from '../en/help';
import { translationOf } from '../placeholders';

export const helpJa = translationOf<typeof helpEn>()({
  'help.panel.heading': 'ヘルプ: {title}',
  'help.panel.close': 'ヘルプを閉じる',

  'help.introduction.version':
    'ASA のバージョンによってコマンドの構文が決まります。8.4 以降は `ikev1` キーワードを使用し、8.3 ではオブジェクト NAT が導入されました。8.2 以前はアクセス リストと `nat 0` を使用します。',
  'help.introduction.interfaces':
    'インターフェイス名は ASA の nameif 名です (`show nameif` で確認できます)。以降のステップで、インターフェイスの選択肢として使用されます。',
  'help.introduction.limits':
    'L2TP over IPsec は IKEv1 専用で、ダイナミック クリプト マップ経由でのみ動作します。シングル コンテキストのルーテッド モードが必要で、ステートフル フェールオーバーではセッションが維持されません。',

  'help.tunnelInterface.interface':
    'VPN トンネル インターフェイスは、クライアントの接続先となるインターフェイスです。このインターフェイスにクリプト マップがバインドされ、IKEv1 が有効になります。',
  'help.tunnelInterface.bypass':
    'インターフェイスのアクセス リストをバイパスすると ([Enable inbound IPsec sessions to bypass interface access lists]、`sysopt connection permit-vpn`)、復号された VPN トラフィックは ACL エントリを追加しなくても通過します。この設定は ASA 上のすべての VPN に適用されるグローバル設定です。',
  'help.tunnelInterface.publicAddress':
    'パブリック アドレスまたはホスト名は、クライアントの設定手順にのみ表示されます。ASA の外部アドレスが別のルーターでアドレス変換されている場合は、「ASA が別の NAT デバイスの内側にある」をオンにします。この場合、Windows で NAT トラバーサルを使用するにはレジストリ値が必要です。',

  'help.remoteAccessClient.ppp':
    'Windows に組み込みのクライアントは L2TP トンネル内で PPP を実行し、PPP がユーザーを認証します。',
  'help.remoteAccessClient.types':
    'ユーザー データベースがサポートするタイプだけを許可してください。ローカル データベースでは CHAP と EAP を使用できません。Windows には MS-CHAP-V2 が最適です。PAP と CHAP は安全性が低く、Windows 側で「暗号化はオプション」を選ぶ必要があります。',

  'help.authMethod.phase1':
    'IKE フェーズ 1 では、ユーザーがサインインする前にデバイス同士を認証します。ネイティブ クライアントは事前共有キー (またはマシン証明書) を使用します。',
  'help.authMethod.defaultRaGroup':
    '事前共有キーを使用する場合、トンネル グループは DefaultRAGroup でなければなりません。ネイティブ クライアントはグループ名を送信せず、メイン モードの ASA はピアのアドレスしかわからない段階でキーを選ぶ必要があるため、キーを保持できるのはデフォルトのリモート アクセス グループだけです。',
  'help.authMethod.key':
    '長いランダムなキーを使用し (生成ボタンで作成できます)、ユーザーのパスワードとは別に配布してください。',

  'help.clientAuthentication.where':
    'IPsec の確立後、ユーザーは PPP の中でサインインします。ローカル ユーザー データベースにはサーバーが不要です。AAA サーバー グループ (通常は RADIUS) を使用すると、ユーザーを 1 か所で集中管理できます。',
  'help.clientAuthentication.otherProtocols':
    'LDAP、NT、Kerberos、SDI のグループには、このウィザードでは入力しない追加の設定が必要です。これらは手動で設定してください。',

  'help.userAccounts.mschap':
    'ユーザーごとに `username` コマンドが作成されます。MS-CHAP を許可している場合、ウィザードはすべてのユーザーに `mschap` を付けます。これがないと ASA は MS-CHAP で使用できない形式でパスワードを保存し、Windows はエラー 691 を報告します。',
  'help.userAccounts.vpnOnly':
    'この方法で作成したユーザーは、「VPN 専用ユーザー」をオンにしない限り (`service-type remote-access`)、ASA 自体にもログインできます。',
  'help.userAccounts.add':
    '名前とパスワードを入力して「追加」をクリックします。既存の名前を追加すると、そのユーザーが置き換えられます。',

  'help.addressPool.range':
    'クライアントの内部アドレスはこのプールから割り当てられます。範囲はマスクで決まる 1 つのサブネット内に収め、どの内部ネットワークとも重複しないようにしてください。重複すると、応答がトンネル以外にルーティングされます。',

  'help.ikePolicy.order':
    'IKEv1 ポリシーはキー交換を保護します。ASA は自身のポリシーをプライオリティ順 (番号の小さい順) に、クライアントの提案と照合します。',
  'help.ikePolicy.clients':
    'Windows は 3DES/SHA/グループ 2 (Cisco の設定例) を受け入れます。最近の Windows は、より強力な AES-256/SHA/グループ 14 も提案します。Android クライアントが提案するのはグループ 2 だけです。',

  'help.transformSet.transport':
    'トランスフォーム セットは L2TP トラフィックを暗号化します。L2TP over IPsec では常にトランスポート モードを使用します。',
  'help.transformSet.dynamicMap':
    'クライアントは不特定のアドレスから接続するため、ダイナミック マップで照合されます。サイト間 VPN のエントリが先に試行されるように、クリプト マップ内のこのエントリには最も大きいシーケンス番号を付けてください。',
  'help.transformSet.oneMap':
    '1 つのインターフェイスに適用できるクリプト マップは 1 つだけです。インターフェイスにすでにクリプト マップがある場合は、その名前をここに入力してください。',

  'help.clientAttributes.groupPolicy':
    'グループ ポリシーは、クライアントに渡す内容 (DNS サーバーと WINS サーバー、デフォルト ドメイン) を設定します。ポリシーで L2TP を許可するため、`vpn-tunnel-protocol l2tp-ipsec` は常に設定されます。',

  'help.ipsecSettings.natExempt':
    'NAT 免除 ([Exempt VPN traffic from NAT]) により、内部ネットワークと VPN クライアントの間のトラフィックが既存の NAT ルールの対象から外れます。',
  'help.ipsecSettings.splitTunnel':
    'スプリット トンネリング ([Enable split tunneling]) では、指定したネットワーク宛てのトラフィックだけを VPN 経由で送信し、それ以外はインターネットに直接送信します。使用しない場合 (フル トンネル) に、接続中のクライアントがインターネットを使用するなら、インターネット アクセス (ヘアピン) を許可してください。',
  'help.ipsecSettings.pfs':
    'Perfect Forward Secrecy はオフのままにします。ASA が PFS を要求すると、Windows やほとんどのネイティブ L2TP クライアントは接続できません。',

  'help.summary.check':
    '各グループを確認し、ステップを変更するには「編集」を使用します。完了する前にエラーを修正する必要があります。警告は推奨事項です。',
  'help.summary.output':
    'プレビューで ASA の設定とクライアントの設定手順をコピーまたはダウンロードします。設定はグローバル コンフィギュレーション モードで貼り付けて内容を確認し、`write memory` で保存してください。',
});
