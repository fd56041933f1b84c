/** 日本語: the first step and the descriptive option labels (see ../en/first-step.ts). */
import type { firstStepEn } from '../en/first-step';
import { translationOf } from '../placeholders';

export const firstStepJa = translationOf<typeof firstStepEn>()({
  'option.asaVersion.v84OrLater': '8.4 以降',
  'option.asaVersion.v82OrEarlier': '8.2 以前',
  'option.authMethod.preSharedKey': '事前共有キーで認証する',
  'option.authMethod.certificate': '証明書で認証する',
  'option.userDatabase.local': 'ローカル ユーザー データベースで認証する',
  'option.userDatabase.aaa': 'AAA サーバー グループで認証する',
  'steps.introduction.intro':
    'このウィザードは、Windows に組み込みの L2TP/IPsec VPN クライアントを事前共有キーで受け入れるように ASA を設定し、対応するクライアントの設定手順を作成します。プレビューは入力に合わせて更新されます。',
  'steps.introduction.beforeStart.label': '始める前に:',
  'steps.introduction.beforeStart.text':
    '{label} L2TP over IPsec は IKEv1 だけを使用し、ダイナミック クリプト マップでのみ動作します。サポートされるのはシングル コンテキストのルーテッド モードだけで、ステートフル フェールオーバーが発生すると L2TP セッションは維持されません。',
  'steps.introduction.asaVersion.help':
    'コマンドの構文が決まります (8.4 で `ikev1` キーワードが、8.3 で新しい NAT が導入されました)。',
  'steps.introduction.otherInterfaces.help':
    '省略可能です。その他の nameif 名 (dmz など) を 1 行に 1 つずつ入力します。',
  'steps.introduction.example.title': 'Cisco ドキュメントの設定例から始める',
  'steps.introduction.example.text':
    'すべてのステップに Cisco ドキュメント 200340 の値 (事前共有キーとテスト ユーザーを含む) を入力します。この設定を使用する前に、これらの値を置き換えてください。',
  'steps.introduction.example.load': 'Cisco の設定例を読み込む',
  'steps.introduction.example.loaded': 'Cisco の設定例をすべてのステップに読み込みました。',
});
