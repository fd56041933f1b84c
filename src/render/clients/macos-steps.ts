/**
 * macOS: System Settings → VPN → L2TP over IPSec (macOS 13+), System Preferences on 12 and earlier
 * (reference.md §6). The group name stays empty: it is for Cisco IPsec, not L2TP.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import { beforeYouStart, keyText } from '../windows/checklist-setup-steps';
import type { ClientFacts } from './client-facts';
import { PASSWORD_AT_CONNECT, USER_NAME, networksText, poolText } from './common-steps';

export function macosSteps(facts: ClientFacts): ChecklistStep[] {
  const full = facts.splitTunnel === null;
  return [
    beforeYouStart(facts),
    {
      id: 'macos-add',
      title: 'Add the VPN configuration (macOS 13 and later)',
      lines: [
        'Apple menu → System Settings → VPN → Add VPN Configuration → L2TP over IPSec.',
        `Display name: ${facts.connectionName}`,
        `Server address: ${facts.serverAddress}`,
        `Account name: ${USER_NAME}`,
        'User authentication: Password',
        PASSWORD_AT_CONNECT,
        'Machine authentication: Shared secret',
        `Shared secret: ${keyText(facts)}`,
        'Group name: leave it empty.',
        'Click Create.',
      ],
    },
    {
      id: 'macos-12',
      title: 'macOS 12 and earlier (instead of step 2)',
      lines: [
        'Apple menu → System Preferences → Network → + (add a service).',
        `Interface: VPN; VPN Type: L2TP over IPSec; Service Name: ${facts.connectionName}; click Create.`,
        `Server Address: ${facts.serverAddress}; Account Name: ${USER_NAME}.`,
        `Authentication Settings: User Authentication Password; Machine Authentication Shared Secret: ${keyText(facts)}; Group Name empty; click OK.`,
        'Tick Show VPN status in menu bar, then click Apply.',
      ],
    },
    {
      id: 'macos-traffic',
      title: 'Traffic through the VPN',
      lines: full
        ? [
            'All your traffic goes through the VPN: turn on Send all traffic over VPN connection.',
            'macOS 13 and later: select the configuration → Options. macOS 12 and earlier: Advanced → Options, then OK and Apply.',
          ]
        : [
            `Only these networks go through the VPN: ${networksText(facts)}. Leave Send all traffic over VPN connection off (Options, or Advanced → Options on macOS 12 and earlier).`,
            'The VPN server sends the routes for these networks when you connect.',
          ],
    },
    {
      id: 'macos-connect',
      title: 'Connect',
      lines: [
        `System Settings → VPN → turn on the switch next to "${facts.connectionName}", or use the VPN icon in the menu bar.`,
        'Enter your password if you are asked.',
      ],
    },
    {
      id: 'macos-check',
      title: 'Check the connection',
      lines: [`The status shows Connected and an IP address ${poolText(facts)}.`],
    },
  ];
}
