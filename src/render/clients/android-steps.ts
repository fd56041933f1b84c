/**
 * Android: the built-in "L2TP/IPSec PSK" profile of Android 11 and earlier; Android 12 and later no
 * longer offer new L2TP profiles (reference.md §6 [T]), which the page says plainly first.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import { beforeYouStart, keyText } from '../windows/checklist-setup-steps';
import type { ClientFacts } from './client-facts';
import { USER_NAME, poolText } from './common-steps';

export const ANDROID_12_STATEMENT = [
  'Android 12 and later do not offer L2TP/IPSec for new VPN profiles (only IKEv2 types). There is no setting that brings it back.',
  'A profile created before the phone was upgraded keeps working, and some manufacturers still show L2TP/IPSec PSK on newer versions: if yours does, continue with step 3.',
  'Otherwise this VPN cannot be set up on this phone. Ask your administrator for another way to connect, or use a computer or another device.',
];

export function androidSteps(facts: ClientFacts): ChecklistStep[] {
  const routes = facts.splitTunnel?.networks ?? [];
  const split = facts.splitTunnel !== null;
  return [
    beforeYouStart(facts),
    {
      id: 'android-version',
      title: 'Check your Android version',
      lines: [
        'Settings → About phone → Android version. Android 11 or earlier: continue with step 3.',
        ...ANDROID_12_STATEMENT,
      ],
    },
    {
      id: 'android-add',
      title: 'Add the VPN profile (Android 11 and earlier)',
      lines: [
        'Settings → Network & internet → Advanced → VPN → + (on some phones: Connections → More connection settings → VPN → Add VPN profile).',
        `Name: ${facts.connectionName}`,
        'Type: L2TP/IPSec PSK',
        `Server address: ${facts.serverAddress}`,
        'L2TP secret: leave it empty (not used).',
        'IPSec identifier: leave it empty (not used).',
        `IPSec pre-shared key: ${keyText(facts)}`,
        ...(split
          ? [
              routes.length > 0
                ? `Tick Show advanced options → Forwarding routes: ${routes.join(' ')} (separated by spaces). Only these networks then go through the VPN.`
                : 'Split tunneling: ask your administrator which networks to enter under Show advanced options → Forwarding routes.',
            ]
          : []),
        `Username (if the screen shows it): ${USER_NAME}; Password: yours, or leave both empty to be asked when you connect.`,
        'Tap Save.',
      ],
    },
    {
      id: 'android-connect',
      title: 'Connect',
      lines: [
        `Settings → … → VPN → tap "${facts.connectionName}".`,
        `Enter ${USER_NAME} and your password if asked, then tap Connect.`,
      ],
    },
    {
      id: 'android-check',
      title: 'Check the connection',
      lines: [
        `A key icon appears in the status bar and the profile shows Connected. The VPN address is ${poolText(facts)}.`,
      ],
    },
  ];
}
