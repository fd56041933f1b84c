/**
 * Troubleshooting for end users: the Windows VPN error codes of reference.md §5.6 (meanings [V],
 * Microsoft's RRAS error list) rephrased as "what happened" and "what to do" for someone who has
 * never seen the VPN server, with this VPN's values filled in.
 */
import { allowedProtocols } from '../windows/checklist-summary';
import type { ChecklistFacts, ChecklistStep } from '../windows/checklist-types';
import { NAT_T_REGISTRY_COMMAND } from '../windows/powershell';

export interface WindowsError {
  /** One code or a pair that means the same thing, e.g. ['766', '13806']. */
  codes: string[];
  /** What happened, in plain words. */
  problem: string;
  /** What to do, in order. */
  fix: (facts: ChecklistFacts) => string[];
}

const RETYPE_KEY = (f: ChecklistFacts) =>
  `Security tab → Advanced settings → Use preshared key for authentication → Key: ${
    f.preSharedKey ?? 'the pre-shared key from your administrator'
  } (type it again, exactly).`;

const VPN_TYPE =
  'Open the connection properties → Security tab → Type of VPN: Layer 2 Tunneling Protocol with IPsec (L2TP/IPsec), not Automatic.';

const ASK_ADMIN = 'If it still fails, send your administrator the details listed below.';

export const WINDOWS_ERRORS: WindowsError[] = [
  {
    codes: ['691'],
    problem: 'Your user name or password was not accepted.',
    fix: (f) => [
      'Type the user name you were given and your password again; the password is case-sensitive.',
      `Check the allowed protocols on the Security tab: ${allowedProtocols(f.authentication)}.`,
      'If it still fails, ask your administrator to check your account.',
    ],
  },
  {
    codes: ['789'],
    problem:
      'The secure connection to the VPN server could not be set up, usually because of a wrong pre-shared key.',
    fix: (f) => [RETYPE_KEY(f), 'Restart the computer and try again.', ASK_ADMIN],
  },
  {
    codes: ['809'],
    problem: 'The VPN server did not answer.',
    fix: (f) => [
      `Check that you are online and that the server address is ${f.serverAddress}.`,
      'Some networks (hotels, guest Wi-Fi, some mobile networks) block VPNs: try another network, for example your phone as a hotspot.',
      f.natTraversalRegistryStep
        ? 'This VPN server is behind NAT: make sure you did the registry step and restarted Windows; repeat it after big Windows updates.'
        : `If your administrator says the VPN server is behind NAT, run this in Command Prompt as administrator, then restart Windows: ${NAT_T_REGISTRY_COMMAND}`,
    ],
  },
  {
    codes: ['812'],
    problem: 'Your sign-in method does not match what the VPN server allows.',
    fix: (f) => [
      `On the Security tab, under Allow these protocols, tick exactly: ${allowedProtocols(f.authentication)}.`,
    ],
  },
  {
    codes: ['835'],
    problem: 'Windows could not check the server, because the pre-shared key is not being used.',
    fix: (f) => [VPN_TYPE, RETYPE_KEY(f)],
  },
  {
    codes: ['800'],
    problem: 'The VPN connection could not be started.',
    fix: (f) => [VPN_TYPE, RETYPE_KEY(f), 'Check that you are online, then try again.'],
  },
  {
    codes: ['628'],
    problem: 'The connection was closed before it was complete.',
    fix: () => [
      'Redo the Security tab steps: the VPN type, the pre-shared key, data encryption and the allowed protocols.',
      ASK_ADMIN,
    ],
  },
  {
    codes: ['720'],
    problem: 'Your computer could not get an address from the VPN.',
    fix: () => [
      'Connection properties → Networking tab: make sure Internet Protocol Version 4 (TCP/IPv4) is ticked.',
      'If it still fails, the VPN may have run out of addresses: tell your administrator.',
    ],
  },
  {
    codes: ['766', '13806'],
    problem: 'Windows is looking for a certificate because no pre-shared key is set.',
    fix: (f) => [RETYPE_KEY(f)],
  },
  {
    codes: ['619'],
    problem: 'The connection was cut off while it was being set up.',
    fix: () => ['Try again on another network (a firewall may be blocking the VPN).', ASK_ADMIN],
  },
  {
    codes: ['741', '742'],
    problem: 'The encryption setting does not match the sign-in method.',
    fix: (f) => [
      `Security tab → Data encryption: ${f.encryption === 'Require encryption' ? 'Require encryption (disconnect if server declines)' : 'Optional encryption (connect even if no encryption)'}.`,
    ],
  },
  {
    codes: ['787', '788'],
    problem: 'The VPN server and your computer could not agree on the secure connection.',
    fix: (f) => [RETYPE_KEY(f), ASK_ADMIN],
  },
  {
    codes: ['811'],
    problem: 'The pre-shared key is wrong.',
    fix: (f) => [RETYPE_KEY(f)],
  },
  {
    codes: ['868'],
    problem: 'The name of the VPN server could not be found.',
    fix: (f) => [
      `Check the server address in the connection: it must be ${f.serverAddress}.`,
      "Check that you are online. If it still fails, ask your administrator for the server's IP address.",
    ],
  },
  {
    codes: ['13801'],
    problem: 'The connection is set to the wrong VPN type (IKEv2 or Automatic).',
    fix: () => [VPN_TYPE],
  },
];

/** One entry per error (or pair of codes) as a step of the troubleshooting section. */
export function windowsErrorSteps(facts: ChecklistFacts): ChecklistStep[] {
  return [
    {
      id: 'windows-error-where',
      title: 'Where Windows shows the error number',
      lines: [
        'In the message when connecting fails, and in Event Viewer → Windows Logs → Application (source RasClient, event 20227).',
      ],
    },
    ...WINDOWS_ERRORS.map((error) => ({
      id: `windows-error-${error.codes.join('-')}`,
      title: `Error ${error.codes.join(' / ')}: ${error.problem}`,
      lines: error.fix(facts),
    })),
  ];
}
