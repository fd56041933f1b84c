/**
 * 日本語: クロスステップ ルール (エラーと警告) とクライアント互換性チェック。英語の部分と同じ ID・
 * 同じプレースホルダーであることを translationOf が検査する。コマンドは "…" で囲み、項目名は 「{label}」。
 */
import type { rulesEn } from '../en/rules';
import { translationOf } from '../placeholders';

export const rulesJa = translationOf<typeof rulesEn>()({
  'rules.list.and': '{first}、{last}',
  'rules.list.comma': '{first}、{rest}',
  'rules.dhGroup': 'DH グループ {group}',

  'rules.overlap.pool':
    'プール {start}–{end} が {network} と重複しています。クライアントに、内部へルーティングされるアドレスが割り当てられてしまいます。',
  'rules.splitServer.contains':
    '{network} に VPN サーバーのアドレス {server} が含まれています。クライアントのトンネルが切断されてしまいます。',
  'rules.poolServer.contains':
    'プール {start}–{end} に VPN サーバーのアドレス {server} (「{label}」) が含まれています。このアドレスを割り当てられたクライアントはサーバーに接続できません。',
  'rules.splitLan.clientLans':
    'スプリット トンネルのネットワークに、クライアント自身の LAN (自宅やホテルのネットワーク) を含めないでください。含めると、接続中はその LAN に到達できなくなります。',
  'rules.poolEdge.network':
    'プールにサブネットのネットワーク アドレス {address} が含まれています。',
  'rules.poolEdge.broadcast':
    'プールにサブネットのブロードキャスト アドレス {address} が含まれています。',
  'rules.nameClash.poolObject':
    '「{label}」: {prefix} で始まる名前は免除するネットワークに使用されます。別の名前を指定してください。',
  'rules.nameClash.splitAcl':
    '「{label}」: {name} は 8.2 では NAT 免除の ACL の名前です。別の名前を指定してください。',
  'rules.netDup.repeated': '{network} が複数回指定されています。出力されるのは 1 回だけです。',

  'rules.range.lifetime':
    '「{label}」の {value} は {min}–{max} の範囲外です。ASA が受け付けるのは {min}–{max} 秒です。',
  'rules.range.sequence':
    '「{label}」の {value} は {min}–{max} の範囲外です。シーケンス番号は {min}–{max} です。',
  'rules.weak.algorithm':
    '{algorithm} は脆弱なアルゴリズムです。クライアントが対応していれば、AES-256、SHA、DH グループ 14 を使用してください。',
  'rules.deprecated.release':
    'お使いの ASA リリースでは {feature} を使用できない可能性があります。コマンドが拒否された場合は AES/SHA/グループ 14 を選択してください。',
  'rules.deprecated.dhGroup7': 'DH グループ 7 (8.0–8.3 のみ)',
  'rules.deprecated.ntServers': 'NT 認証サーバー',
  'rules.deprecated.dhGroup14Before84': '8.4 より前の IKEv1 での DH グループ 14',
  'rules.deprecated.pfsGroup14Before84': '8.4 より前のリリースでの PFS グループ 14',
  'rules.android.dhGroup2':
    'Android 11 以前は DH グループ 2 しか提案しません。Android から接続する必要がある場合は、グループ 2 を使用する 2 つ目の IKE ポリシーを追加してください。',
  'rules.pfs.windows':
    'Windows などの OS 標準の L2TP クライアントは、PFS が有効だと通常は接続に失敗します。',
  'rules.saLifetime.windowsMin': 'Windows は {seconds} 秒未満のライフタイムを無視します。',
  'rules.sequence.last':
    'スタティックなサイト間 VPN のエントリが先に一致するように、ダイナミック エントリにはマップ内で最大のシーケンス番号 (65535) を指定する必要があります。',

  'rules.tunnelGroup.shared':
    '{group} は共有のトンネル グループです。既存の設定 (AAA サーバー グループなど) は、上書きされない限りそのまま残ります。',
  'rules.certificate.machineCertificates':
    '証明書による L2TP には、クライアントのマシン証明書と ASA のトラストポイントが必要です。クライアント向けのチェックリストは事前共有キーの場合だけを説明しています。',
  'rules.builtIn.tunnelGroup':
    '{name} は組み込みのトンネル グループです。ウィザードは既存のトンネル グループを変更します。',
  'rules.builtIn.groupPolicy':
    'DfltGrpPolicy は組み込みのグループ ポリシーで、ほかのすべての VPN がこれを継承しています。ウィザードは既存のポリシーを変更します。vpn-tunnel-protocol が l2tp-ipsec だけになるため、これを継承するほかの種類の VPN (AnyConnect、IPsec クライアント、サイト間 VPN) は接続できなくなります。専用のグループ ポリシーを使用してください。',
  'rules.cryptoMap.onePerInterface':
    '1 つのインターフェイスに適用できるクリプト マップは 1 つだけです。{interface} にすでにマップが適用されている場合は、そのマップの名前 ("show run crypto map | include interface" で確認) と、そのマップでまだ使われていないシーケンス番号を指定してください (ASDM は SYSTEM_DEFAULT_CRYPTO_MAP を 65535 に置くことが多く、既存のエントリは上書きされます)。新しい名前を指定すると適用が置き換えられ、既存のサイト間トンネルが切断されます。',
  'rules.existing.objects':
    '同じ番号や名前の既存のオブジェクト (IKE ポリシー、トランスフォーム セット、プール、グループ ポリシー、ユーザー名) は、別に作成されるのではなく変更されます。先に "show run crypto {keyword}"、"show run group-policy"、"show run username" で確認してください。',
  'rules.sysopt.global':
    '"no sysopt connection permit-vpn" はグローバルな設定です。すべての VPN の復号されたトラフィックに、外部インターフェイスの ACL エントリが必要になります。',
  'rules.nat.noExemption':
    'NAT 免除を設定しないと、VPN クライアントへの応答が既存の NAT ルールで変換される可能性があります。',
  'rules.nat.nat0':
    '8.2 では、別の ACL 名を使う "nat ({interface}) 0" ルールが既存のルールを置き換えます。ウィザードは {acl} を再利用するため、先に "show run nat" で確認してください。',
  'rules.hairpin.fullTunnel':
    'クライアントはすべてのインターネット トラフィックを ASA に送信します。ヘアピンの設定を追加するには、「{label}」をオンにしてください。',
  'rules.aaa.finishByHand':
    'このサーバー グループの残りの設定 (ベース DN、ログイン DN、ドメイン コントローラー、レルム) は手動で行ってください。ウィザードではこれらの設定を入力しません。',
  'rules.aaa.nt14':
    'NT サーバーはパスワードを 14 文字で切り捨てます。それより長いパスワードでは認証に失敗します。',
  'rules.aaa.keyLength':
    '「{label}」が {max} 文字を超えています。ASA のリリースによっては受け付けられません。',
  'rules.domain.length': 'ASA で使用できるドメイン名は {max} 文字までです。',
  'rules.psk.short':
    '短いキーはオフラインで推測される可能性があります。{min} 文字以上のランダムな文字列を使用してください。',

  'rules.example.labValue':
    '「{label}」が Cisco のドキュメントの検証環境の値 ({value}) のままです。実際に使用する値でなければ変更してください。',
  'rules.example.publishedKey':
    'これは Cisco のドキュメントで公開されている事前共有キーで、誰でも調べることができます。独自のキーを使用してください。',

  'rules.interface.notDeclared':
    '「{label}」の "{value}" は、ステップ 1 のインターフェイス名 ({names}) のいずれでもありません。',
  'rules.interface.twice':
    'インターフェイス名 "{name}" が 2 回指定されています。各インターフェイスの名前は 1 回だけ指定してください。',
  'rules.interface.caseOnly':
    'インターフェイス名 "{first}" と "{second}" は大文字と小文字だけが異なります。ASA が同じインターフェイスとして扱う可能性があります。',
  'rules.interface.long': 'インターフェイス名は通常 {max} 文字以内です ("{name}…")。',
  'rules.interface.natInside':
    '「{label}」には「{vpnLabel}」({interface}) と異なるインターフェイスを指定してください。NAT 免除は、内部ネットワークから VPN プールへの通信に適用されます。',

  'rules.ppp.localUnsupported':
    '{type} は LOCAL ユーザー データベースでは使用できません。MS-CHAP-V2 を使用するか、RADIUS サーバー グループで認証してください。',
  'rules.ppp.localUnsupportedChap':
    '{type} は LOCAL ユーザー データベースでは使用できません。MS-CHAP-V2 を使用するか、RADIUS または TACACS+ サーバー グループで認証してください。',
  'rules.ppp.serverUnsupported':
    '{type} は L2TP の {protocol} サーバー グループでは使用できません。使用できるのは {allowed} です。',
  'rules.ppp.serverNone':
    '{type} は L2TP の {protocol} サーバー グループでは使用できません。5 つの種類のいずれも使用できません。',
  'rules.ppp.sdiPap':
    'SDI サーバー グループでの PAP は、L2TP での動作が確認されていません。運用する前にテストしてください。',
  'rules.ppp.msChapV1Alone':
    'Windows クライアントは MS-CHAP v1 だけでは接続できません。MS-CHAP-V2 を追加してください。',
  'rules.ppp.papWeak':
    'PAP/CHAP は脆弱で、Windows 側で「暗号化はオプション」の設定が必要になります。',
  'rules.ppp.mschapUsers':
    'このウィザード以外で作成したユーザーも "mschap" 付きで作成されている必要があります。そうでないと MS-CHAP でのログインに失敗します (Windows のエラー 691)。',

  'rules.users.none':
    'ユーザーは作成されません。使用するローカル ユーザーがすでに存在している必要があります。',
  'rules.users.nameLength':
    'ユーザー名 "{name}": ほとんどの ASA リリースでは、ユーザー名は {min}–{max} 文字です。',
  'rules.users.adminName':
    'ユーザー名 "{name}" は、ASA に管理者アカウントとしてすでに存在することがよくあります。この username コマンドはそのアカウントのパスワードを置き換えます。VPN ユーザーには専用の名前を使用してください。',
  'rules.users.adminNameVpnOnly':
    'ユーザー名 "{name}" は、ASA に管理者アカウントとしてすでに存在することがよくあります。この username コマンドはそのアカウントのパスワードを置き換え、管理アクセスも取り消します。VPN ユーザーには専用の名前を使用してください。',
  'rules.users.passwordClassic':
    'ユーザー "{name}" のパスワードが {max} 文字を超えています。ASA 8.0–8.3 では受け付けられません。',
  'rules.users.passwordLong':
    'ユーザー "{name}" のパスワード: {max} 文字を超えるパスワードには ASA 9.6(1) 以降が必要です。',
  'rules.users.passwordShort':
    'ユーザー "{name}" のパスワード: Cisco は {min} 文字以上のパスワードを推奨しています。',
  'rules.users.caseOnly':
    'ユーザー名 "{first}" と "{second}" は大文字と小文字だけが異なります。同時ログイン数のカウントを共有します。',

  'compat.ppp.none':
    'PPP 認証プロトコルが 1 つも有効になっていません。一覧のすべてのクライアントが対応している MS-CHAP-V2 を有効にしてください。',
  'compat.ppp.unavailable':
    '有効な PPP 認証プロトコル ({types}) は {platforms} では使用できません。一覧のすべてのクライアントが対応している MS-CHAP-V2 を有効にしてください。',
  'compat.ppp.handout':
    'この VPN のサインイン方法はこのデバイスでは使用できないため、接続できません。MS-CHAP v2 を有効にするよう管理者に依頼してください。',
  'compat.android.message':
    'Android 11 以前は DH グループ 2 しか提案しませんが、IKE ポリシーではグループ {group} を使用しています。Android デバイスから接続する必要がある場合は、グループ 2 を使用する 2 つ目の IKE ポリシーを追加してください。',
  'compat.android.handout':
    'Android で使われるセキュリティ設定 (DH グループ 2) を管理者が有効にするまで、Android では接続に失敗する (サーバーから応答がない) ことがあります。',
  'compat.proposal.ikeEncryption': 'IKE の暗号化 {value}',
  'compat.proposal.ikeHash': 'IKE のハッシュ {value}',
  'compat.proposal.message':
    '{platforms} は {items} を提案しない可能性があります。これらのクライアントが提案するのは、AES-256、AES-128 または 3DES と SHA、DH グループ 2、5 または 14 です。',
  'compat.proposal.handout':
    'このデバイスは、この VPN の暗号化の設定に対応していない可能性があります。接続できない場合 (Windows ではエラー 789 または 809) は、管理者に連絡してください。',
  'compat.pfs.message':
    'PFS が有効ですが、{platforms} の OS 標準の L2TP クライアントは PFS を提案しないため、通常は IPsec のフェーズで失敗します。PFS を無効にしてください (手順書のファイルで設定した Linux クライアントは PFS に従います)。',
  'compat.pfs.handout':
    'サーバーの設定 (PFS) のため、このデバイスからは接続できない可能性が高いです。管理者に連絡してください。お使いのデバイスで変更する設定はありません。',
  'compat.lifetime.message':
    'IPsec SA ライフタイムの {seconds} 秒は {min} 秒未満で、Windows はこの提案を受け入れません。キーの再生成時に接続が切れる可能性があります。{min} 秒以上を指定するか、空欄にして ASA のデフォルトを使用してください。',
  'compat.lifetime.handout':
    '毎回数分で接続が切れる場合は、管理者に連絡してください (サーバーのキー更新の間隔が Windows には短すぎます)。',
  'compat.splitNoNetworks.message':
    'スプリット トンネリングが有効ですが、有効なスプリット トンネルのネットワークが指定されていません。そのため、VPN 経由でルーティングするネットワークを手順書でクライアントに示せません。',
  'compat.splitNoNetworks.handout':
    'この VPN 経由で接続するネットワークを、管理者がまだ指定していません。設定する前に管理者に確認してください。',
  'compat.splitDhcp.message':
    'macOS と iOS/iPadOS には VPN のルートを設定する項目がなく、スプリット トンネルのルートは ASA の DHCP の応答からしか取得しないと考えられます。Intercept DHCP を有効にしてください。有効にしないと、これらのユーザーは VPN アドレスのネットワークにしか到達できません。',
  'compat.splitDhcp.handout':
    'このデバイスからは、VPN 経由で社内の一部のネットワークに到達できない可能性があります (ルートはサーバーから取得されます)。その場合は管理者に連絡してください。',
  'compat.splitChromeos.message':
    'ChromeOS には VPN のルートを設定する項目がなく、すべてのトラフィックを VPN 経由で送信する可能性があります。スプリット トンネリングを使用し、フル トンネルのクライアントにインターネット アクセスを許可していない場合、ChromeOS のユーザーは接続中にインターネットを利用できなくなります。',
  'compat.splitChromeos.handout':
    'VPN に接続している間は、このデバイスで社外の Web サイトが表示されないことがあります。その場合は VPN を切断してから利用してください。',
  'compat.behindNat.message':
    'ASA は NAT の内側にあります。すべての Windows クライアントで、レジストリ値 AssumeUDPEncapsulationContextOnSendRule = 2 の設定と再起動が必要です。設定しないとエラー 809 で失敗します。手順書にはこの手順が含まれ、スクリプトには -SetNatTraversal スイッチがあります。',
  'compat.behindNat.handout':
    'この VPN サーバーは NAT ルーターの内側にあります。初めて接続する前にレジストリの手順を行い、Windows を再起動してください。行わないと、Windows にエラー 809 が表示されます。',
  'compat.sharedNat.message':
    '同じ NAT ルーター (自宅、ホテル、オフィスのネットワーク) の内側から同時に安定して接続できる Windows クライアントは 1 台だけです。同じネットワークのユーザーどうしで接続を切断し合う可能性があります。',
  'compat.sharedNat.handout':
    '同じネットワーク (自宅、ホテル、オフィス) にいるほかの人が Windows からこの VPN に接続していると、接続に失敗したり切断されたりすることがあります。その人が切断してからやり直すか、別のネットワークを使用してください。',
  'compat.noServer.message': '「{label}」が空欄のため、手順書で接続先をユーザーに示せません。',
  'compat.noServer.handout': 'VPN サーバーのアドレスを管理者に確認してください。',
  'compat.certificate.message':
    'クライアント向けの手順書は事前共有キーの設定だけを説明しています。証明書認証では各デバイスにマシン証明書も必要ですが、手順書では扱っていません。',
  'compat.certificate.handout':
    'この VPN は証明書を使用しますが、この資料では扱っていません。証明書のインストール方法を管理者に確認してください。',
});
