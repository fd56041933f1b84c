/**
 * The "at a glance" settings shown above the steps in every rendering of the checklist (Markdown,
 * text, HTML), derived once here so the three cannot drift apart.
 */
import type { PppType } from '../../domain/options';
import type { WindowsChecklist } from './checklist-types';
import { PSK_PLACEHOLDER } from './checklist-types';

export interface SummaryRow {
  label: string;
  value: string;
}

/** PPP types as end users see them in client dialogs. */
export const SIGN_IN_NAMES: Record<PppType, string> = {
  pap: 'PAP',
  chap: 'CHAP',
  msChapV1: 'MS-CHAP v1',
  msChapV2: 'MS-CHAP v2',
  eapProxy: 'EAP',
};

/** The same in every handout: users sign in with their own account, never one written down. */
export const SIGN_IN_ROW: SummaryRow = {
  label: 'Sign-in',
  value: 'the user name you were given and your password',
};

/** The split networks as a list, or a stand-in while the administrator has listed none. */
export const networkListText = (networks: string[]): string =>
  networks.length > 0 ? networks.join(', ') : 'the networks your administrator names';

export function trafficRow(splitTunnel: { networks: string[] } | null): SummaryRow {
  return {
    label: 'Traffic through the VPN',
    value:
      splitTunnel === null
        ? 'all traffic (full tunnel)'
        : `only ${networkListText(splitTunnel.networks)} (split tunneling)`,
  };
}

export function allowedProtocols(auth: WindowsChecklist['authentication']): string {
  const names = [
    auth.pap && SIGN_IN_NAMES.pap,
    auth.chap && SIGN_IN_NAMES.chap,
    auth.msChapV2 && SIGN_IN_NAMES.msChapV2,
    auth.eap && SIGN_IN_NAMES.eapProxy,
  ].filter((name) => typeof name === 'string');
  return names.length > 0 ? names.join(', ') : 'none available in Windows';
}

export function checklistSummary(checklist: WindowsChecklist): SummaryRow[] {
  const registryStep = checklist.steps.findIndex((step) => step.id === 'nat-traversal');
  return [
    { label: 'Connection name', value: checklist.connectionName },
    { label: 'Server address', value: checklist.serverAddress },
    { label: 'VPN type', value: checklist.vpnType },
    { label: 'Pre-shared key', value: checklist.preSharedKey ?? PSK_PLACEHOLDER },
    SIGN_IN_ROW,
    { label: 'Data encryption', value: checklist.encryption },
    { label: 'Allowed protocols', value: allowedProtocols(checklist.authentication) },
    trafficRow(checklist.splitTunnel),
    {
      label: 'NAT-T registry value',
      value:
        registryStep === -1
          ? 'not needed (it is the fix for error 809 when the server is behind NAT)'
          : `required (step ${registryStep + 1})`,
    },
  ];
}

/** Printed under the summary whenever the handout carries the key. */
export function keyNotice(preSharedKey: string | null): string | null {
  return preSharedKey === null
    ? null
    : 'This document contains the pre-shared key of the VPN: keep it private and share it only with its users.';
}
