/**
 * The "at a glance" settings shown above the steps in every rendering of the checklist (Markdown,
 * text, HTML), derived once here so the three cannot drift apart.
 */
import type { WindowsChecklist } from './checklist-types';
import { PSK_PLACEHOLDER } from './checklist-types';

export interface SummaryRow {
  label: string;
  value: string;
}

export function allowedProtocols(auth: WindowsChecklist['authentication']): string {
  const names = [
    auth.pap && 'PAP',
    auth.chap && 'CHAP',
    auth.msChapV2 && 'MS-CHAP v2',
    auth.eap && 'EAP',
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
    { label: 'Sign-in', value: 'the user name you were given and your password' },
    { label: 'Data encryption', value: checklist.encryption },
    { label: 'Allowed protocols', value: allowedProtocols(checklist.authentication) },
    {
      label: 'Traffic through the VPN',
      value:
        checklist.splitTunnel === null
          ? 'all traffic (full tunnel)'
          : `only ${checklist.splitTunnel.networks.join(', ') || 'the networks your administrator names'} (split tunneling)`,
    },
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
export function keyNotice(checklist: WindowsChecklist): string | null {
  return checklist.preSharedKey === null
    ? null
    : 'This document contains the pre-shared key of the VPN: keep it private and share it only with its users.';
}
