import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample, defaultAnswers } from '../../domain/defaults';
import { windowsChecklist } from './checklist';
import { windowsChecklistToMarkdown, windowsChecklistToText } from './checklist-markdown';
import { PSK_PLACEHOLDER } from './checklist-types';
import { NAT_T_REGISTRY_COMMAND } from './powershell';

type Change = (answers: Answers) => void;

function checklistFor(change: Change = () => {}) {
  const answers = ciscoExample();
  change(answers);
  return windowsChecklist(answers);
}

const stepIds = (change?: Change) => checklistFor(change).steps.map((step) => step.id);
const stepOf = (id: string, change?: Change) =>
  checklistFor(change).steps.find((step) => step.id === id);
const addVpnConnectionLine = (change?: Change) =>
  stepOf('powershell', change)?.commands?.find((c) => c.startsWith('Add-VpnConnection '));

const MAIN_STEPS = [
  'before-you-start',
  'add-vpn',
  'windows-8',
  'adapter-properties',
  'security-tab',
  'data-encryption',
  'protocols',
];

describe('windowsChecklist facts', () => {
  const cases: [string, Change, Partial<ReturnType<typeof windowsChecklist>>][] = [
    [
      'seed: MS-CHAP v2 only, Require encryption, full tunnel, no registry step',
      () => {},
      {
        connectionName: 'L2TP VPN',
        serverAddress: '172.16.1.2',
        vpnType: 'L2TP/IPsec with pre-shared key',
        preSharedKey: 'C!sc0@123',
        authentication: { pap: false, chap: false, msChapV2: true, eap: false },
        encryption: 'Require encryption',
        splitTunnel: null,
        natTraversalRegistryStep: false,
      },
    ],
    [
      'PAP forces Optional encryption',
      (a) => (a.remoteAccessClient.ppp.pap = true),
      {
        authentication: { pap: true, chap: false, msChapV2: true, eap: false },
        encryption: 'Optional encryption',
      },
    ],
    [
      'CHAP forces Optional encryption',
      (a) => (a.remoteAccessClient.ppp = { ...a.remoteAccessClient.ppp, chap: true }),
      { encryption: 'Optional encryption' },
    ],
    [
      'EAP-PROXY ticks the EAP box and keeps Require encryption',
      (a) => (a.remoteAccessClient.ppp.eapProxy = true),
      {
        authentication: { pap: false, chap: false, msChapV2: true, eap: true },
        encryption: 'Require encryption',
      },
    ],
    [
      'MS-CHAP-V1 alone adds no box',
      (a) => (a.remoteAccessClient.ppp.msChapV2 = false),
      { authentication: { pap: false, chap: false, msChapV2: false, eap: false } },
    ],
    [
      'split networks are printed as normalised CIDR, malformed and duplicate lines dropped',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks =
          '10.10.0.0/16\n\n 172.20.0.0 255.255.0.0 \nnot a network\n10.10.0.0 255.255.0.0';
      },
      { splitTunnel: { networks: ['10.10.0.0/16', '172.20.0.0/16'] } },
    ],
    [
      'split networks are ignored while split tunneling is off',
      (a) => (a.ipsecSettings.splitNetworks = '10.10.0.0/16'),
      { splitTunnel: null },
    ],
    [
      'ASA behind NAT turns the registry step on',
      (a) => (a.tunnelInterface.asaBehindNat = true),
      { natTraversalRegistryStep: true },
    ],
    [
      'key left out of the handout',
      (a) => (a.clientOptions.includeKeyInHandout = false),
      { preSharedKey: null },
    ],
    [
      'an empty key counts as not handed out',
      (a) => (a.authMethod.preSharedKey = ''),
      { preSharedKey: null },
    ],
  ];

  it.each(cases)('%s', (_name, change, want) => {
    expect(checklistFor(change)).toMatchObject(want);
  });
});

describe('windowsChecklist steps', () => {
  const cases: [string, Change, string[]][] = [
    ['seed', () => {}, [...MAIN_STEPS, 'connect', 'check', 'powershell']],
    [
      'split tunneling on',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = '10.10.0.0/16';
      },
      [...MAIN_STEPS, 'split-tunnel', 'connect', 'check', 'powershell'],
    ],
    [
      'ASA behind NAT',
      (a) => (a.tunnelInterface.asaBehindNat = true),
      [...MAIN_STEPS, 'nat-traversal', 'connect', 'check', 'powershell'],
    ],
    [
      'both',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.tunnelInterface.asaBehindNat = true;
      },
      [...MAIN_STEPS, 'split-tunnel', 'nat-traversal', 'connect', 'check', 'powershell'],
    ],
  ];

  it.each(cases)('%s', (_name, change, want) => {
    expect(stepIds(change)).toEqual(want);
  });

  it('ticks exactly the boxes of the enabled PPP types', () => {
    const cases: [Partial<Answers['remoteAccessClient']['ppp']>, string[]][] = [
      [{}, ['Microsoft CHAP Version 2 (MS-CHAP v2)']],
      [
        { pap: true, chap: true },
        [
          'Unencrypted password (PAP)',
          'Challenge Handshake Authentication Protocol (CHAP)',
          'Microsoft CHAP Version 2 (MS-CHAP v2)',
        ],
      ],
      [{ msChapV2: false, pap: true }, ['Unencrypted password (PAP)']],
    ];
    const boxes = [
      'Unencrypted password (PAP)',
      'Challenge Handshake Authentication Protocol (CHAP)',
      'Microsoft CHAP Version 2 (MS-CHAP v2)',
    ];
    for (const [ppp, want] of cases) {
      const lines =
        stepOf('protocols', (a) => Object.assign(a.remoteAccessClient.ppp, ppp))?.lines ?? [];
      expect(lines.filter((line) => boxes.includes(line))).toEqual(want);
    }
  });

  it('says when no Windows protocol is left (MS-CHAP-V1 alone)', () => {
    const lines = stepOf('protocols', (a) => (a.remoteAccessClient.ppp.msChapV2 = false))?.lines;
    expect(lines?.join('\n')).toContain('ask your administrator to enable MS-CHAP-V2');
    expect(addVpnConnectionLine((a) => (a.remoteAccessClient.ppp.msChapV2 = false))).not.toContain(
      '-AuthenticationMethod',
    );
  });

  it('split step unticks the default gateway and adds one route per network', () => {
    const step = stepOf('split-tunnel', (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16\n192.168.50.0 255.255.255.0';
    });
    expect(step?.lines.join('\n')).toContain('Untick Use default gateway on remote network');
    expect(step?.commands).toEqual([
      "Add-VpnConnectionRoute -ConnectionName 'L2TP VPN' -DestinationPrefix 10.10.0.0/16 -PassThru",
      "Add-VpnConnectionRoute -ConnectionName 'L2TP VPN' -DestinationPrefix 192.168.50.0/24 -PassThru",
    ]);
  });

  it('registry step carries the reg add command; otherwise it is only the fix for error 809', () => {
    const behindNat: Change = (a) => (a.tunnelInterface.asaBehindNat = true);
    expect(stepOf('nat-traversal', behindNat)?.commands).toEqual([NAT_T_REGISTRY_COMMAND]);
    expect(stepOf('nat-traversal', behindNat)?.lines.join('\n')).toContain('restart');
    expect(stepOf('check', behindNat)?.lines.join('\n')).not.toContain('809');
    expect(stepOf('check')?.lines.join('\n')).toContain('Error 809');
    expect(stepOf('check')?.lines.join('\n')).toContain(NAT_T_REGISTRY_COMMAND);
  });

  it('numbers in the PowerShell step follow the conditional steps', () => {
    const line = (change?: Change) => stepOf('powershell', change)?.lines[0];
    expect(line()).toContain('steps 2 to 7');
    expect(line()).toContain('continue with step 8');
    const both: Change = (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.tunnelInterface.asaBehindNat = true;
    };
    expect(line(both)).toContain('steps 2 to 8');
    expect(line(both)).toContain('continue with step 9');
    expect(stepIds(both)[8]).toBe('nat-traversal');
  });
});

describe('PowerShell Add-VpnConnection line', () => {
  const cases: [string, Change, string][] = [
    [
      'seed (reference.md §5.2, plus -DnsSuffix for the default domain)',
      () => {},
      "Add-VpnConnection -Name 'L2TP VPN' -ServerAddress '172.16.1.2' -TunnelType L2tp -L2tpPsk 'C!sc0@123' -AuthenticationMethod MSChapv2 -EncryptionLevel Required -DnsSuffix 'cisco.com' -Force -RememberCredential -PassThru",
    ],
    [
      'PAP + CHAP + EAP, split, no domain, key withheld, quotes doubled',
      (a) => {
        Object.assign(a.remoteAccessClient.ppp, { pap: true, chap: true, eapProxy: true });
        a.ipsecSettings.splitTunnel = true;
        a.clientAttributes.defaultDomain = '';
        a.clientOptions.includeKeyInHandout = false;
        a.clientOptions.connectionName = "Bob's VPN";
        a.tunnelInterface.publicAddress = 'vpn.example.com';
      },
      "Add-VpnConnection -Name 'Bob''s VPN' -ServerAddress 'vpn.example.com' -TunnelType L2tp -L2tpPsk '<pre-shared key from your administrator>' -AuthenticationMethod Pap,Chap,MSChapv2,Eap -EncryptionLevel Optional -SplitTunneling -Force -RememberCredential -PassThru",
    ],
    [
      'a quote in the key is doubled',
      (a) => (a.authMethod.preSharedKey = "it's"),
      "Add-VpnConnection -Name 'L2TP VPN' -ServerAddress '172.16.1.2' -TunnelType L2tp -L2tpPsk 'it''s' -AuthenticationMethod MSChapv2 -EncryptionLevel Required -DnsSuffix 'cisco.com' -Force -RememberCredential -PassThru",
    ],
  ];

  it.each(cases)('%s', (_name, change, want) => {
    expect(addVpnConnectionLine(change)).toBe(want);
  });

  it('keeps the key out of the history only when the key is printed', () => {
    expect(stepOf('powershell')?.commands?.[0]).toBe(
      'Set-PSReadlineOption -HistorySaveStyle SaveNothing',
    );
    const withheld: Change = (a) => (a.clientOptions.includeKeyInHandout = false);
    expect(stepOf('powershell', withheld)?.commands?.[0]).toMatch(/^Add-VpnConnection /);
  });
});

describe('key left out of the handout', () => {
  const KEY = 'Distinct-Key-7f3a9!';
  const answers = ciscoExample();
  answers.authMethod.preSharedKey = KEY;
  answers.clientOptions.includeKeyInHandout = false;
  const checklist = windowsChecklist(answers);
  const renderings: [string, string][] = [
    ['checklist JSON', JSON.stringify(checklist)],
    ['Markdown', windowsChecklistToMarkdown(checklist)],
    ['text', windowsChecklistToText(checklist)],
  ];

  it.each(renderings)('%s has no key but the placeholder', (name, output) => {
    expect(output).not.toContain(KEY);
    expect(output).toContain(PSK_PLACEHOLDER);
    if (name !== 'checklist JSON') expect(output).not.toContain('keep it private');
  });

  it('the same answers with the key included do print it (the test can fail)', () => {
    const included = windowsChecklist({
      ...answers,
      clientOptions: { ...answers.clientOptions, includeKeyInHandout: true },
    });
    expect(windowsChecklistToText(included)).toContain(KEY);
    expect(windowsChecklistToMarkdown(included)).toContain(KEY);
  });
});

describe('windowsChecklist is total', () => {
  it('renders the defaults (no key, no users) without throwing', () => {
    const checklist = windowsChecklist(defaultAnswers());
    expect(checklist.preSharedKey).toBeNull();
    expect(windowsChecklistToText(checklist)).toContain(PSK_PLACEHOLDER);
  });

  it('renders broken answers without throwing', () => {
    const broken = {
      ...ciscoExample(),
      remoteAccessClient: undefined,
      ipsecSettings: { splitTunnel: true, splitNetworks: 42 },
      addressPool: {},
    } as unknown as Answers;
    const checklist = windowsChecklist(broken);
    expect(checklist.authentication).toEqual({
      pap: false,
      chap: false,
      msChapV2: false,
      eap: false,
    });
    expect(checklist.splitTunnel).toEqual({ networks: [] });
    expect(() => windowsChecklistToMarkdown(checklist)).not.toThrow();
    expect(stepOf('check', (a) => (a.addressPool.startIp = ''))?.lines[0]).toContain(
      'from the VPN address pool',
    );
  });
});
