import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { clientFacts } from './client-facts';
import { LINUX_FILES, hostToken, linuxConfigFiles, pskSecret } from './linux-config-files';

type Change = (answers: Answers) => void;

function fileOf(path: string, change: Change = () => {}): string {
  const answers = ciscoExample();
  change(answers);
  return linuxConfigFiles(clientFacts(answers)).find((file) => file.path === path)?.content ?? '';
}

const lines = (text: string) => text.split('\n');

describe('ipsec.conf', () => {
  const seed = lines(fileOf(LINUX_FILES.ipsecConf));
  const want = [
    'conn asa-l2tp',
    '    keyexchange=ikev1',
    '    authby=secret',
    '    type=transport',
    '    leftprotoport=17/1701',
    '    right=172.16.1.2',
    '    rightprotoport=17/1701',
    '    ike=3des-sha1-modp1024!',
    '    esp=3des-sha1!',
    '    ikelifetime=86400s',
    '    auto=add',
  ];
  it.each(want)('has %j', (line) => expect(seed).toContain(line));

  it('has no SA lifetime line while the field is empty, and one when set', () => {
    expect(seed.join('\n')).not.toContain('    lifetime=');
    expect(fileOf(LINUX_FILES.ipsecConf, (a) => (a.transformSet.saLifetime = '3600'))).toContain(
      '    lifetime=3600s',
    );
  });

  it('follows steps 8/9 and PFS', () => {
    const text = fileOf(LINUX_FILES.ipsecConf, (a) => {
      Object.assign(a.ikePolicy, { encryption: 'aes-256', dhGroup: '14' });
      a.transformSet.espEncryption = 'esp-aes-256';
      Object.assign(a.ipsecSettings, { pfs: true, pfsGroup: '14' });
    });
    expect(text).toContain('    ike=aes256-sha1-modp2048!');
    expect(text).toContain('    esp=aes256-sha1-modp2048!');
  });

  it('writes a comment instead of an impossible proposal', () => {
    const text = fileOf(LINUX_FILES.ipsecConf, (a) => (a.ikePolicy.dhGroup = '7'));
    expect(text).not.toContain('ike=');
    expect(text).toContain('# The IKE policy of the VPN server has no strongSwan equivalent');
  });

  it('a hostile server address cannot add a line', () => {
    const text = fileOf(
      LINUX_FILES.ipsecConf,
      (a) => (a.tunnelInterface.publicAddress = 'vpn.example.com\n    leftupdown=/tmp/x'),
    );
    expect(text).toContain('    right=vpn.example.comleftupdowntmpx');
    expect(text).not.toMatch(/^\s*leftupdown/m);
  });
});

describe('hostToken', () => {
  const cases: [string, string][] = [
    ['172.16.1.2', '172.16.1.2'],
    ['vpn.example.com', 'vpn.example.com'],
    [' a b;#"c ', 'abc'],
    ['', '<server address>'],
  ];
  it.each(cases)('%j', (given, want) => expect(hostToken(given)).toBe(want));
});

describe('ipsec.secrets', () => {
  const cases: [string, string | null, string][] = [
    ['plain key in quotes', 'C!sc0@123', '"C!sc0@123"'],
    ['a double quote forces Base64', 'a"b', '0sYSJi'],
    ['a line break forces Base64', 'a\nb', '0sYQpi'],
    ['a leading 0x would be read as hex', '0xdead', '0sMHhkZWFk'],
    ['a leading 0s would be read as Base64', '0Sabc', '0sMFNhYmM='],
    ['non-ASCII is UTF-8 in quotes', 'schlüssel', '"schlüssel"'],
    ['withheld key: placeholder', null, '"<pre-shared key from your administrator>"'],
  ];
  it.each(cases)('%s', (_name, key, want) => expect(pskSecret(key)).toBe(want));

  it('is ": PSK <secret>"', () => {
    expect(fileOf(LINUX_FILES.ipsecSecrets)).toContain('\n: PSK "C!sc0@123"\n');
    expect(
      fileOf(LINUX_FILES.ipsecSecrets, (a) => (a.clientOptions.includeKeyInHandout = false)),
    ).not.toContain('C!sc0@123');
  });
});

describe('xl2tpd.conf', () => {
  it('names the server and the PPP options file', () => {
    expect(fileOf(LINUX_FILES.xl2tpdConf)).toBe(
      '[lac asa-l2tp]\nlns = 172.16.1.2\nppp debug = no\npppoptfile = /etc/ppp/options.l2tpd.client\nlength bit = yes\n',
    );
  });
});

describe('options.l2tpd.client', () => {
  const refuse = (change: Change) =>
    lines(fileOf(LINUX_FILES.pppOptions, change)).filter((line) => /^(refuse|require)-/.test(line));
  const cases: [string, Change, string[]][] = [
    ['seed (MS-CHAP v1 and v2)', () => {}, ['refuse-pap', 'refuse-chap', 'refuse-eap']],
    [
      'MS-CHAP v2 only',
      (a) => (a.remoteAccessClient.ppp.msChapV1 = false),
      ['refuse-pap', 'refuse-chap', 'refuse-mschap', 'refuse-eap'],
    ],
    [
      'PAP only',
      (a) =>
        (a.remoteAccessClient.ppp = {
          pap: true,
          chap: false,
          msChapV1: false,
          msChapV2: false,
          eapProxy: false,
        }),
      ['refuse-chap', 'refuse-mschap', 'refuse-mschap-v2', 'refuse-eap'],
    ],
  ];
  it.each(cases)('%s', (_name, change, want) => expect(refuse(change)).toEqual(want));

  it('has placeholders for the user name and password, never a real one', () => {
    const text = fileOf(LINUX_FILES.pppOptions);
    expect(text).toContain('\nname YOUR-USER-NAME\npassword YOUR-PASSWORD\n');
    expect(text).not.toMatch(/\btest\b/);
  });
});
