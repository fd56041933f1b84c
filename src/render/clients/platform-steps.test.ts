import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample, defaultAnswers } from '../../domain/defaults';
import { PSK_PLACEHOLDER } from '../windows/checklist-types';
import { platformSteps } from './platform-steps';
import { CLIENT_PLATFORMS, type ClientPlatform } from './platforms';

type Change = (answers: Answers) => void;

const PLATFORMS = CLIENT_PLATFORMS.map(([id]) => id);

function textOf(platform: ClientPlatform, change: Change = () => {}): string {
  const answers = ciscoExample();
  change(answers);
  return platformSteps(answers, platform)
    .flatMap((step) => [
      step.title,
      ...step.lines,
      ...(step.commands ?? []),
      ...(step.files ?? []).flatMap((file) => [file.path, file.content]),
    ])
    .join('\n');
}

const ids = (platform: ClientPlatform, change: Change = () => {}) => {
  const answers = ciscoExample();
  change(answers);
  return platformSteps(answers, platform).map((step) => step.id);
};

describe('every platform page', () => {
  it.each(PLATFORMS)('%s: starts with the values to collect and has unique step ids', (p) => {
    expect(ids(p)[0]).toBe('before-you-start');
    expect(new Set(ids(p)).size).toBe(ids(p).length);
  });

  it.each(PLATFORMS)('%s: names the server and prints the key', (p) => {
    const text = textOf(p);
    expect(text).toContain('172.16.1.2');
    expect(text).toContain('C!sc0@123');
    expect(text).toContain('the user name you were given');
  });

  it.each(PLATFORMS)('%s: with the key withheld, asks for it and never prints it', (p) => {
    const text = textOf(p, (a) => (a.clientOptions.includeKeyInHandout = false));
    expect(text).not.toContain('C!sc0@123');
    expect(text.toLowerCase()).toContain(PSK_PLACEHOLDER.toLowerCase());
  });

  it.each(PLATFORMS)('%s: names the split networks when split tunneling is on', (p) => {
    const split: Change = (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16\n172.20.0.0 255.255.0.0';
    };
    expect(textOf(p, split)).toContain('10.10.0.0/16');
    expect(textOf(p, split)).toContain('172.20.0.0/16');
    expect(textOf(p)).not.toContain('10.10.0.0/16');
  });

  it.each(PLATFORMS)('%s: renders broken answers without throwing', (p) => {
    const broken = {
      clientOptions: {},
      ipsecSettings: { splitTunnel: true },
    } as unknown as Answers;
    expect(() => platformSteps(broken, p)).not.toThrow();
    expect(() => platformSteps(defaultAnswers(), p)).not.toThrow();
  });
});

describe('platform-specific content', () => {
  const cases: [ClientPlatform, string][] = [
    ['windows-10-11', 'Add the VPN connection (Windows 10 and 11)'],
    ['windows-10-11', 'The Settings app has already set the next two values'],
    ['windows-8', 'Create the connection (Control Panel)'],
    ['windows-8', 'Connect to a workplace → Use my Internet connection (VPN)'],
    ['windows-8', 'steps 3 to 6 set them'],
    [
      'windows-8',
      'same connection as steps 2 to 6. Run them in Windows PowerShell, then continue with step 7.',
    ],
    ['macos', 'L2TP over IPSec'],
    ['macos', 'Shared secret: C!sc0@123'],
    ['macos', 'Group name: leave it empty.'],
    ['macos', 'Send all traffic over VPN connection'],
    ['ios', 'Type: L2TP'],
    ['ios', 'Secret: C!sc0@123'],
    ['ios', 'Send All Traffic: on'],
    ['android', 'Type: L2TP/IPSec PSK'],
    ['android', 'IPSec pre-shared key: C!sc0@123'],
    ['android', 'Android 12 and later do not offer L2TP/IPSec for new VPN profiles'],
    ['android', 'L2TP secret: leave it empty'],
    ['chromeos', 'Group name: leave it empty'],
    ['chromeos', 'Provider type: L2TP/IPsec'],
    ['linux', 'Layer 2 Tunneling Protocol (L2TP)'],
    ['linux', 'Phase1 Algorithms: 3des-sha1-modp1024'],
    ['linux', 'Phase2 Algorithms: 3des-sha1'],
    ['linux', 'allow only: MSCHAP, MSCHAPv2'],
    ['linux', '/etc/ipsec.conf'],
    ['linux', '/etc/ppp/options.l2tpd.client'],
    ['linux', 'sudo ipsec up asa-l2tp'],
  ];
  it.each(cases)('%s: %s', (platform, words) => expect(textOf(platform)).toContain(words));

  it('Windows variants differ only in how the connection is created', () => {
    expect(ids('windows-10-11')).toEqual([
      'before-you-start',
      'add-vpn',
      'adapter-properties',
      'security-tab',
      'data-encryption',
      'protocols',
      'connect',
      'check',
      'powershell',
    ]);
    expect(ids('windows-8')).toEqual(
      ids('windows-10-11').map((id) => (id === 'add-vpn' ? 'windows-8' : id)),
    );
  });

  const split: Change = (a) => {
    a.ipsecSettings.splitTunnel = true;
    a.ipsecSettings.splitNetworks = '10.10.0.0/16';
  };
  const splitCases: [ClientPlatform, string][] = [
    ['windows-10-11', 'Open the connection properties again (step 3)'],
    ['windows-8', 'Open the connection properties again (step 3)'],
    ['macos', 'Leave Send all traffic over VPN connection off'],
    ['ios', 'Send All Traffic: off'],
    ['android', 'Forwarding routes: 10.10.0.0/16'],
    ['linux', 'sudo ip route add 10.10.0.0/16 dev ppp0'],
    ['linux', 'Use this connection only for resources on its network'],
  ];
  it.each(splitCases)('split tunneling on %s: %s', (platform, words) =>
    expect(textOf(platform, split)).toContain(words),
  );

  it('Linux full tunnel routes everything through ppp0 but keeps the server route', () => {
    expect(textOf('linux')).toContain('sudo ip route add 172.16.1.2/32 via <your gateway>');
    expect(textOf('linux')).toContain('sudo ip route replace default dev ppp0');
    expect(textOf('linux', (a) => (a.tunnelInterface.publicAddress = 'vpn.example.com'))).toContain(
      'getent hosts vpn.example.com',
    );
  });
});

describe('with the key left out of the handout', () => {
  const withheld: Change = (a) => (a.clientOptions.includeKeyInHandout = false);

  it('Linux says the key file has a placeholder too', () => {
    expect(textOf('linux', withheld)).toContain(
      'replacing the placeholders (the pre-shared key, your user name and password)',
    );
  });

  it('the PowerShell alternative says how to type a quote inside the key', () => {
    expect(textOf('windows-10-11', withheld)).toContain(
      "if the key itself contains a single quote ('), type that quote twice",
    );
  });
});

describe('"step N" references in the pages', () => {
  // The steps each page refers to by number ("continue with step 3", "steps 2 to 6"), per variant of
  // the answers. A step added or removed above a written-in number must fail here.
  interface WindowsTargets {
    /** Last step the PowerShell commands replace, and the step to continue with after them. */
    scriptEnd: string;
    continueWith: string;
    more?: string[];
  }
  const VARIANTS: [string, Change, WindowsTargets][] = [
    ['the Cisco example', () => {}, { scriptEnd: 'protocols', continueWith: 'connect' }],
    [
      'split tunneling',
      (a) => (a.ipsecSettings.splitTunnel = true),
      // The split tunnel step sends the reader back to the connection properties.
      { scriptEnd: 'split-tunnel', continueWith: 'connect', more: ['adapter-properties'] },
    ],
    [
      'an ASA behind NAT',
      (a) => (a.tunnelInterface.asaBehindNat = true),
      // The registry step is not part of the script.
      { scriptEnd: 'protocols', continueWith: 'nat-traversal' },
    ],
    [
      'no server address',
      (a) => (a.tunnelInterface.publicAddress = ''),
      { scriptEnd: 'protocols', continueWith: 'connect' },
    ],
    [
      'certificates',
      (a) => (a.authMethod.method = 'certificate'),
      { scriptEnd: 'protocols', continueWith: 'connect' },
    ],
  ];
  const expectedIds = (platform: ClientPlatform, w: WindowsTargets): string[] => {
    const windows = [w.scriptEnd, w.continueWith, ...(w.more ?? [])];
    const ids: Record<ClientPlatform, string[]> = {
      'windows-10-11': ['add-vpn', ...windows],
      // "steps 3 to 6 set them" on the Windows 8 way of creating the connection.
      'windows-8': ['windows-8', 'adapter-properties', 'protocols', ...windows],
      macos: ['macos-add'],
      ios: ['ios-connect'],
      android: ['android-add'],
      chromeos: [],
      linux: [],
    };
    return [...new Set(ids[platform])].sort();
  };

  it.each(PLATFORMS.flatMap((p) => VARIANTS.map((variant) => [p, ...variant] as const)))(
    '%s with %s: every step number points at the step meant',
    (platform, _variant, change, windows) => {
      const answers = ciscoExample();
      change(answers);
      const steps = platformSteps(answers, platform);
      const numbers = steps.flatMap((step) =>
        [step.title, ...step.lines].flatMap((line) =>
          [...line.matchAll(/\bsteps? (\d+)(?: to (\d+))?/gi)].flatMap((match) =>
            match.slice(1).filter(Boolean).map(Number),
          ),
        ),
      );
      const referencedIds = new Set(numbers.map((n) => steps[n - 1]?.id ?? `no step ${n}`));
      expect([...referencedIds].sort()).toEqual(expectedIds(platform, windows));
    },
  );
});
