/**
 * ChromeOS: Settings → Network → Add built-in VPN → L2TP/IPsec (reference.md §6). The group name
 * must stay empty, and once filled in it cannot be cleared [T], so the page says what to do then.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import { beforeYouStart, keyText } from '../windows/checklist-setup-steps';
import type { ClientFacts } from './client-facts';
import { USER_NAME, networksText, poolText } from './common-steps';

export function chromeosSteps(facts: ClientFacts): ChecklistStep[] {
  return [
    beforeYouStart(facts),
    {
      id: 'chromeos-add',
      title: 'Add the VPN',
      lines: [
        'Select the time (bottom right) → Settings → Network → Add connection → Add built-in VPN.',
        `Service name: ${facts.connectionName}`,
        'Provider type: L2TP/IPsec (older versions: L2TP/IPsec + pre-shared key).',
        `Server hostname: ${facts.serverAddress}`,
        'Authentication type (if shown): Pre-shared key',
        `Pre-shared key: ${keyText(facts)}`,
        `Username: ${USER_NAME}`,
        'Password: your password',
        'Group name: leave it empty. If you typed one, it cannot be cleared: remove the VPN and add it again.',
        'Tick Save identity and password if you want, then click Connect.',
      ],
    },
    {
      id: 'chromeos-connect',
      title: 'Connect later',
      lines: [
        `Settings → Network → VPN → "${facts.connectionName}" → Connect, or select the network icon next to the time.`,
        facts.splitTunnel === null
          ? 'All your traffic goes through the VPN while it is connected.'
          : `This VPN is meant for these networks: ${networksText(facts)}.`,
      ],
    },
    {
      id: 'chromeos-check',
      title: 'Check the connection',
      lines: [
        `Settings → Network shows the VPN as Connected; its details show an IP address ${poolText(facts)}.`,
      ],
    },
  ];
}
