/**
 * Server/client consistency: which of the native L2TP/IPsec clients (reference.md §5–§6) cannot
 * connect, or need extra steps, with the ASA configuration in the answers. Shown on the Summary step
 * (`message`, for the administrator) and in the end-user handout (`handoutMessage`, for the user).
 * Pure and total: broken answers give findings or nothing, never an exception. Tags as in
 * reference.md: [V] checked, [T] third-party, [K] believed; messages phrase [T]/[K] facts as "may".
 * Both texts are catalogue messages ('compat.*', src/i18n/en/rules.ts), shown in the UI's language.
 */
import { msg, type Msg } from '../i18n/catalogue';
import type { Answers } from './answers';
import { isWholeNumber } from './field-checks';
import { labelOf, type FieldPath } from './labels';
import { LIMITS } from './limits';
import { listLines, parseNetwork } from './net';
import { pppLabel, PPP_TYPES } from './options';
import {
  ALL_PLATFORMS,
  APPLE,
  COMMON_ESP,
  COMMON_IKE,
  PPP_BY_PLATFORM,
  platformLabel,
  WINDOWS,
  type ClientPlatform,
} from './client-platforms';
import { andList } from './rules/list-message';

export interface CompatibilityIssue {
  id: string;
  /** error = a listed client cannot connect at all; warning = it may fail or needs an extra step. */
  severity: 'error' | 'warning';
  platforms: ClientPlatform[];
  /** For the administrator (Summary step). */
  message: Msg;
  /** For the end user (handout), in words that need no ASA knowledge. */
  handoutMessage: Msg;
  /** The answer field to change, for a link from the Summary step; absent when none helps. */
  field?: FieldPath;
}

const has = (list: readonly string[], value: unknown) =>
  typeof value === 'string' && list.includes(value);
const labels = (platforms: ClientPlatform[]) => andList(platforms.map(platformLabel));

type Check = (a: Answers) => CompatibilityIssue[];

const pppCheck: Check = (a) => {
  const ppp = a.remoteAccessClient?.ppp;
  const enabled = PPP_TYPES.map(([key]) => key).filter((key) => ppp?.[key] === true);
  const affected = ALL_PLATFORMS.filter(
    (p) => !enabled.some((type) => PPP_BY_PLATFORM[p].includes(type)),
  );
  if (affected.length === 0) return [];
  return [
    {
      id: 'ppp-unusable',
      // Windows is the client this wizard is built for (ASDM's "Microsoft Windows client").
      severity:
        affected.length === ALL_PLATFORMS.length || affected.some((p) => WINDOWS.includes(p))
          ? 'error'
          : 'warning',
      platforms: affected,
      message:
        enabled.length === 0
          ? msg('compat.ppp.none')
          : msg('compat.ppp.unavailable', {
              types: andList(enabled.map(pppLabel)),
              platforms: labels(affected),
            }),
      handoutMessage: msg('compat.ppp.handout'),
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
          message: msg('compat.android.message', { group: a.ikePolicy?.dhGroup ?? '?' }),
          handoutMessage: msg('compat.android.handout'),
          field: 'ikePolicy.dhGroup',
        },
      ];

const proposalCheck: Check = (a) => {
  const ike = a.ikePolicy;
  const esp = a.transformSet;
  // Values are printed as the answers hold them (String(undefined) for broken answers).
  const odd = [
    !has(COMMON_IKE.encryption, ike?.encryption) &&
      msg('compat.proposal.ikeEncryption', { value: String(ike?.encryption) }),
    !has(COMMON_IKE.hash, ike?.hash) &&
      msg('compat.proposal.ikeHash', { value: String(ike?.hash) }),
    !has(COMMON_IKE.dh, ike?.dhGroup) && msg('rules.dhGroup', { group: String(ike?.dhGroup) }),
    !has(COMMON_ESP.encryption, esp?.espEncryption) && `ESP ${esp?.espEncryption}`,
    !has(COMMON_ESP.auth, esp?.espAuthentication) && `ESP ${esp?.espAuthentication}`,
  ].filter((item) => item !== false);
  if (odd.length === 0) return [];
  const platforms = [...WINDOWS, ...APPLE];
  return [
    {
      id: 'proposal-uncommon',
      severity: 'warning',
      platforms,
      message: msg('compat.proposal.message', {
        platforms: labels(platforms),
        items: andList(odd),
      }),
      handoutMessage: msg('compat.proposal.handout'),
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
      message: msg('compat.pfs.message', { platforms: labels(platforms) }),
      handoutMessage: msg('compat.pfs.handout'),
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
      message: msg('compat.lifetime.message', { seconds, min: LIMITS.windowsMinSaLifetime }),
      handoutMessage: msg('compat.lifetime.handout'),
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
      message: msg('compat.splitNoNetworks.message'),
      handoutMessage: msg('compat.splitNoNetworks.handout'),
      field: 'ipsecSettings.splitNetworks',
    });
  }
  if (s.interceptDhcp !== true) {
    issues.push({
      id: 'split-routes-need-dhcp',
      severity: 'warning',
      // [K]: Apple clients are believed to take routes only from DHCPINFORM (intercept-dhcp).
      platforms: APPLE,
      message: msg('compat.splitDhcp.message'),
      handoutMessage: msg('compat.splitDhcp.handout'),
      field: 'ipsecSettings.interceptDhcp',
    });
  }
  if (s.hairpin !== true) {
    issues.push({
      id: 'split-chromeos-full-tunnel',
      severity: 'warning',
      platforms: ['chromeos'],
      message: msg('compat.splitChromeos.message'),
      handoutMessage: msg('compat.splitChromeos.handout'),
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
      message: msg('compat.behindNat.message'),
      handoutMessage: msg('compat.behindNat.handout'),
      field: 'tunnelInterface.asaBehindNat',
    });
  }
  // Not derivable from the answers: it depends on where the users are, so it is always listed [T].
  issues.push({
    id: 'windows-shared-nat',
    severity: 'warning',
    platforms: WINDOWS,
    message: msg('compat.sharedNat.message'),
    handoutMessage: msg('compat.sharedNat.handout'),
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
      message: msg('compat.noServer.message', { label: labelOf('tunnelInterface.publicAddress') }),
      handoutMessage: msg('compat.noServer.handout'),
      field: 'tunnelInterface.publicAddress',
    });
  }
  if (a.authMethod?.method === 'certificate') {
    issues.push({
      id: 'certificate-auth',
      severity: 'warning',
      platforms: ALL_PLATFORMS,
      message: msg('compat.certificate.message'),
      handoutMessage: msg('compat.certificate.handout'),
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
  return CHECKS.flatMap((check) => check(answers ?? ({} as Answers))).map((finding) => ({
    ...finding,
  }));
}

/** The issues that concern at least one of the given platforms (for a one-platform handout). */
export function issuesFor(
  issues: CompatibilityIssue[],
  platforms: readonly ClientPlatform[],
): CompatibilityIssue[] {
  return issues.filter((issue) => issue.platforms.some((p) => platforms.includes(p)));
}
