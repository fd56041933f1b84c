/**
 * Linux desktop: NetworkManager with the L2TP plugin (NetworkManager-l2tp, reference.md §6). The
 * phase 1/2 algorithms and the PPP methods are set to exactly what the ASA accepts.
 */
import { PPP_TYPES, type PppType } from '../../domain/options';
import type { ChecklistStep } from '../windows/checklist-types';
import { keyText } from '../windows/checklist-setup-steps';
import type { ClientFacts } from './client-facts';
import { USER_NAME } from './common-steps';

/** The checkbox labels of NetworkManager-l2tp's PPP settings. */
const NM_PPP: Record<PppType, string> = {
  pap: 'PAP',
  chap: 'CHAP',
  msChapV1: 'MSCHAP',
  msChapV2: 'MSCHAPv2',
  eapProxy: 'EAP',
};

export function linuxGuiSteps(facts: ClientFacts): ChecklistStep[] {
  const allowed = PPP_TYPES.filter(([key]) => facts.ppp[key]).map(([key]) => NM_PPP[key]);
  const steps: ChecklistStep[] = [
    {
      id: 'linux-nm-install',
      title: 'Desktop: install the L2TP plugin of NetworkManager',
      lines: ['Run the first command on Debian or Ubuntu, the second on Fedora.'],
      commands: [
        'sudo apt install network-manager-l2tp-gnome',
        'sudo dnf install NetworkManager-l2tp-gnome',
      ],
    },
    {
      id: 'linux-nm-add',
      title: 'Desktop: add the VPN',
      lines: [
        'Settings → Network → VPN + → Layer 2 Tunneling Protocol (L2TP).',
        `Name: ${facts.connectionName}`,
        `Gateway: ${facts.serverAddress}`,
        `User name: ${USER_NAME}`,
        'Password: yours, or choose "Ask for this password every time" in the field\'s menu.',
      ],
    },
    {
      id: 'linux-nm-ipsec',
      title: 'Desktop: IPsec settings',
      lines: [
        'Click IPsec Settings and tick Enable IPsec tunnel to L2TP host.',
        'Machine authentication: Pre-shared key (PSK)',
        `Pre-shared key: ${keyText(facts)}`,
        `Advanced → Phase1 Algorithms: ${facts.ikeProposal ?? '(ask your administrator)'}`,
        `Advanced → Phase2 Algorithms: ${facts.espProposal ?? '(ask your administrator)'}`,
        'Click OK.',
      ],
    },
    {
      id: 'linux-nm-ppp',
      title: 'Desktop: PPP settings',
      lines: [
        allowed.length > 0
          ? `Click PPP Settings. Under Authentication allow only: ${allowed.join(', ')}. Untick the others, then click OK.`
          : 'Click PPP Settings: the VPN server allows no sign-in method yet; ask your administrator.',
      ],
    },
  ];
  if (facts.splitTunnel !== null) {
    const networks = facts.splitTunnel.networks;
    steps.push({
      id: 'linux-nm-routes',
      title: 'Desktop: routes (split tunneling)',
      lines: [
        'IPv4 tab → Routes: add one route per network, with the Gateway left empty:',
        ...(networks.length > 0 ? networks : ['(ask your administrator for the networks)']),
        'Tick Use this connection only for resources on its network, then click OK.',
      ],
    });
  }
  steps.push({
    id: 'linux-nm-connect',
    title: 'Desktop: connect',
    lines: [
      'Click Add (or Apply), then turn the VPN on in the system menu (top right) or in Settings → Network.',
    ],
  });
  return steps;
}
