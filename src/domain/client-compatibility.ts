/**
 * Server/client consistency: which of the native L2TP/IPsec clients (reference.md §5–§6) cannot
 * connect, or need extra steps, with the ASA configuration in the answers. Shown on the Summary step
 * (`message`, for the administrator) and in the end-user handout (`handoutNote`, for the user).
 * Pure and total: broken answers give findings or nothing, never an exception. Tags as in
 * reference.md: [V] checked, [T] third-party, [K] believed; messages phrase [T]/[K] facts as "may".
 */
import type { Answers } from './answers';
import { isWholeNumber } from './field-checks';
import { FIELD_LABELS, type FieldPath } from './labels';
import { LIMITS } from './limits';
import { listLines, parseNetwork } from './net';
import { pppLabel, PPP_TYPES } from './options';
import {
  ALL_PLATFORMS,
  APPLE,
  COMMON_ESP,
  COMMON_IKE,
  PPP_BY_PLATFORM,
  listOf,
  platformLabel,
  WINDOWS,
  type ClientPlatform,
} from './client-platforms';

export interface CompatibilityIssue {
  id: string;
  /** error = a listed client cannot connect at all; warning = it may fail or needs an extra step. */
  severity: 'error' | 'warning';
  platforms: ClientPlatform[];
  /** For the administrator (Summary step). */
  message: string;
  /** For the end user (handout), in words that need no ASA knowledge. */
  handoutNote: string;
  /** The answer field to change, for a link from the Summary step; absent when none helps. */
  field?: FieldPath;
}

const has = (list: readonly string[], value: unknown) =>
  typeof value === 'string' && list.includes(value);
const labels = (platforms: ClientPlatform[]) => listOf(platforms.map(platformLabel));

type Check = (a: Answers) => CompatibilityIssue[];

const pppCheck: Check = (a) => {
  const ppp = a.remoteAccessClient?.ppp;
  const enabled = PPP_TYPES.map(([key]) => key).filter((key) => ppp?.[key] === true);
  const affected = ALL_PLATFORMS.filter(
    (p) => !enabled.some((type) => PPP_BY_PLATFORM[p].includes(type)),
  );
  if (affected.length === 0) return [];
  const what =
    enabled.length === 0
      ? 'No PPP authentication type is enabled'
      : `The enabled PPP authentication (${listOf(enabled.map(pppLabel))}) is not available on ${labels(affected)}`;
  return [
    {
      id: 'ppp-unusable',
      // Windows is the client this wizard is built for (ASDM's "Microsoft Windows client").
      severity:
        affected.length === ALL_PLATFORMS.length || affected.some((p) => WINDOWS.includes(p))
          ? 'error'
          : 'warning',
      platforms: affected,
      message: `${what}; enable MS-CHAP-V2, which every listed client supports.`,
      handoutNote:
        'The sign-in method of this VPN is not available on this device, so it cannot connect. Ask your administrator to enable MS-CHAP v2.',
      field: 'remoteAccessClient.ppp',
    },
  ];
};

const androidDhCheck: Check = (a) =>
  a.ikePolicy?.dhGroup === '2'
    ? []
    : [
        {
          id: 'android-dh-group-2',
          severity: 'warning',
          platforms: ['android'],
          message: `Android 11 and earlier propose DH group 2 only, and the IKE policy uses group ${a.ikePolicy?.dhGroup ?? '?'}; add a second IKE policy with group 2 if Android devices must connect.`,
          handoutNote:
            'Android may fail to connect (no answer from the server) until your administrator enables the security settings Android uses (DH group 2).',
          field: 'ikePolicy.dhGroup',
        },
      ];

const proposalCheck: Check = (a) => {
  const ike = a.ikePolicy;
  const esp = a.transformSet;
  const odd = [
    !has(COMMON_IKE.encryption, ike?.encryption) && `IKE encryption ${ike?.encryption}`,
    !has(COMMON_IKE.hash, ike?.hash) && `IKE hash ${ike?.hash}`,
    !has(COMMON_IKE.dh, ike?.dhGroup) && `DH group ${ike?.dhGroup}`,
    !has(COMMON_ESP.encryption, esp?.espEncryption) && `ESP ${esp?.espEncryption}`,
    !has(COMMON_ESP.auth, esp?.espAuthentication) && `ESP ${esp?.espAuthentication}`,
  ].filter((item): item is string => typeof item === 'string');
  if (odd.length === 0) return [];
  const platforms = [...WINDOWS, ...APPLE];
  return [
    {
      id: 'proposal-uncommon',
      severity: 'warning',
      platforms,
      message: `${labels(platforms)} may not propose ${listOf(odd)}; they offer AES-256, AES-128 or 3DES with SHA and DH group 2, 5 or 14.`,
      handoutNote:
        'This device may not support the encryption settings of this VPN. If it cannot connect (Windows: error 789 or 809), tell your administrator.',
      field: 'ikePolicy.encryption',
    },
  ];
};

const pfsCheck: Check = (a) => {
  if (a.ipsecSettings?.pfs !== true) return [];
  const platforms = ALL_PLATFORMS.filter((p) => p !== 'linux');
  return [
    {
      id: 'pfs-on',
      // A warning like the step's W-PFS: the failure is reported by third parties [T], not verified.
      severity: 'warning',
      platforms,
      message: `PFS is on, but the native L2TP clients of ${labels(platforms)} do not offer PFS, so the IPsec phase usually fails; turn PFS off (Linux clients set up from the handout's files follow it).`,
      handoutNote:
        'A server setting (PFS) will probably prevent this device from connecting. Tell your administrator; there is nothing to change on your device.',
      field: 'ipsecSettings.pfs',
    },
  ];
};

const lifetimeCheck: Check = (a) => {
  const text =
    typeof a.transformSet?.saLifetime === 'string' ? a.transformSet.saLifetime.trim() : '';
  // Read like the W-SA300 rule reads it (a whole number), so the two never disagree.
  const seconds = isWholeNumber(text) ? Number(text) : null;
  if (seconds === null || seconds >= LIMITS.windowsMinSaLifetime) return [];
  return [
    {
      id: 'sa-lifetime-short',
      severity: 'warning',
      platforms: WINDOWS,
      message: `The IPsec SA lifetime of ${seconds} s is under ${LIMITS.windowsMinSaLifetime} s, which Windows does not accept as offered; connections may drop at rekey. Use ${LIMITS.windowsMinSaLifetime} s or more, or leave the field empty for the ASA default.`,
      handoutNote:
        'If the connection drops after a few minutes every time, tell your administrator (the server renews its keys too often for Windows).',
      field: 'transformSet.saLifetime',
    },
  ];
};

const splitChecks: Check = (a) => {
  const s = a.ipsecSettings;
  if (s?.splitTunnel !== true) return [];
  const text = typeof s.splitNetworks === 'string' ? s.splitNetworks : '';
  const issues: CompatibilityIssue[] = [];
  if (!listLines(text).some((line) => parseNetwork(line) !== null)) {
    issues.push({
      id: 'split-no-networks',
      severity: 'error',
      platforms: ALL_PLATFORMS,
      message:
        'Split tunneling is on but no valid split tunnel network is listed, so the handout cannot tell clients which networks to route through the VPN.',
      handoutNote:
        'Your administrator has not yet listed the networks reached through this VPN; ask for them before setting it up.',
      field: 'ipsecSettings.splitNetworks',
    });
  }
  if (s.interceptDhcp !== true) {
    issues.push({
      id: 'split-routes-need-dhcp',
      severity: 'warning',
      // [K]: Apple clients are believed to take routes only from DHCPINFORM (intercept-dhcp).
      platforms: APPLE,
      message:
        'macOS and iOS/iPadOS have no setting for VPN routes; they are believed to learn split tunnel routes only from the DHCP answer of the ASA. Turn Intercept DHCP on, or their users reach only the network of their VPN address.',
      handoutNote:
        'Some company networks may be unreachable over the VPN from this device (its routes come from the server). If so, tell your administrator.',
      field: 'ipsecSettings.interceptDhcp',
    });
  }
  if (s.hairpin !== true) {
    issues.push({
      id: 'split-chromeos-full-tunnel',
      severity: 'warning',
      platforms: ['chromeos'],
      message:
        'ChromeOS has no setting for VPN routes and may send all traffic through the VPN; with split tunneling and no Internet access for full-tunnel clients, its users lose the Internet while connected.',
      handoutNote:
        'While the VPN is connected, websites outside the company network may not load on this device. Disconnect the VPN to use them.',
      field: 'ipsecSettings.hairpin',
    });
  }
  return issues;
};

const natChecks: Check = (a) => {
  const issues: CompatibilityIssue[] = [];
  if (a.tunnelInterface?.asaBehindNat === true) {
    issues.push({
      id: 'asa-behind-nat',
      severity: 'warning',
      platforms: WINDOWS,
      message:
        'The ASA is behind NAT: every Windows client needs the registry value AssumeUDPEncapsulationContextOnSendRule = 2 and a restart, or it fails with error 809. The handout includes the step and the script has the -SetNatTraversal switch.',
      handoutNote:
        'This VPN server is behind a NAT router: do the registry step and restart Windows before the first connection, or Windows shows error 809.',
      field: 'tunnelInterface.asaBehindNat',
    });
  }
  // Not derivable from the answers: it depends on where the users are, so it is always listed [T].
  issues.push({
    id: 'windows-shared-nat',
    severity: 'warning',
    platforms: WINDOWS,
    message:
      'Only one Windows client behind the same NAT router (a home, hotel or office network) can connect reliably at a time; users sharing a network may disconnect each other.',
    handoutNote:
      'If someone else on the same network (home, hotel, office) is connected to this VPN from Windows, your connection may fail or drop. Try again after they disconnect, or use another network.',
  });
  return issues;
};

const setupChecks: Check = (a) => {
  const issues: CompatibilityIssue[] = [];
  const server = a.tunnelInterface?.publicAddress;
  if (typeof server !== 'string' || server.trim() === '') {
    issues.push({
      id: 'no-server-address',
      severity: 'error',
      platforms: ALL_PLATFORMS,
      message: `"${FIELD_LABELS['tunnelInterface.publicAddress']}" is empty, so the handout cannot tell users where to connect.`,
      handoutNote: 'Ask your administrator for the address of the VPN server.',
      field: 'tunnelInterface.publicAddress',
    });
  }
  if (a.authMethod?.method === 'certificate') {
    issues.push({
      id: 'certificate-auth',
      severity: 'warning',
      platforms: ALL_PLATFORMS,
      message:
        'The client handout describes pre-shared key setups only; with certificate authentication every device also needs a machine certificate, which it does not cover.',
      handoutNote:
        'This VPN uses certificates, which this document does not cover: ask your administrator how to install yours.',
      field: 'authMethod.method',
    });
  }
  return issues;
};

const CHECKS: Check[] = [
  setupChecks,
  pppCheck,
  pfsCheck,
  androidDhCheck,
  proposalCheck,
  lifetimeCheck,
  splitChecks,
  natChecks,
];

export function clientCompatibilityIssues(answers: Answers): CompatibilityIssue[] {
  return CHECKS.flatMap((check) => check(answers ?? ({} as Answers)));
}

/** The issues that concern at least one of the given platforms (for a one-platform handout). */
export function issuesFor(
  issues: CompatibilityIssue[],
  platforms: readonly ClientPlatform[],
): CompatibilityIssue[] {
  return issues.filter((issue) => issue.platforms.some((p) => platforms.includes(p)));
}
