/**
 * iPhone and iPad: Settings → General → VPN & Device Management → VPN → Type L2TP (reference.md
 * §6). "Secret" is the pre-shared key; there is no group field. The configuration profile
 * (apple-profile.ts) is the alternative to typing.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import { beforeYouStart, keyText } from '../windows/checklist-setup-steps';
import type { ClientFacts } from './client-facts';
import { PASSWORD_AT_CONNECT, USER_NAME, networksText, poolText } from './common-steps';

export function iosSteps(facts: ClientFacts): ChecklistStep[] {
  return [
    beforeYouStart(facts),
    {
      id: 'ios-add',
      title: 'Add the VPN configuration',
      lines: [
        'If your administrator sent you a configuration profile (l2tp-vpn.mobileconfig), install it instead (see its install notes) and continue with step 3.',
        'Settings → General → VPN & Device Management → VPN → Add VPN Configuration.',
        'Type: L2TP, then go back.',
        `Description: ${facts.connectionName}`,
        `Server: ${facts.serverAddress}`,
        `Account: ${USER_NAME}`,
        'RSA SecurID: off',
        PASSWORD_AT_CONNECT,
        `Secret: ${keyText(facts)}`,
        facts.splitTunnel === null
          ? 'Send All Traffic: on'
          : `Send All Traffic: off (only traffic to ${networksText(facts)} goes through the VPN; the server sends these routes).`,
        'Tap Done.',
      ],
    },
    {
      id: 'ios-connect',
      title: 'Connect',
      lines: [
        `Settings → VPN (or General → VPN & Device Management → VPN) → select "${facts.connectionName}" and turn on Status.`,
        'Enter your password if you are asked.',
      ],
    },
    {
      id: 'ios-check',
      title: 'Check the connection',
      lines: [
        `Status shows Connected and the VPN icon appears at the top of the screen. Tap ⓘ next to the connection: the assigned address is ${poolText(facts)}.`,
      ],
    },
  ];
}
