/**
 * The rest of the troubleshooting section: what to send the administrator when a connection fails
 * (so the ASA logs can be matched to the attempt) and known quirks per platform (reference.md §5.5,
 * §6; [T] facts are phrased as "may").
 */
import { platformLabel, type ClientPlatform } from '../../domain/client-platforms';
import type { ChecklistStep } from '../windows/checklist-types';

export const SEND_TO_ADMIN: ChecklistStep = {
  id: 'send-to-admin',
  title: 'What to send your administrator',
  lines: [
    'The error number and message exactly as shown (for example "Error 809"); a screenshot is fine.',
    'The date and time of the attempt, with your time zone.',
    'Your public IP address: before connecting, open a "what is my IP" page in your browser (search for "what is my IP") and copy the address it shows.',
    'Your device and its version (for example Windows 11, iOS 17, Android 11) and the network you used (home, office, hotel, mobile).',
    'Never send your password or the pre-shared key.',
  ],
};

// Sharing one router with another Windows user is a "known limitation" (client-compatibility.ts).
const WINDOWS_NOTES = [
  'IPv6 traffic does not go through this VPN.',
  'Large Windows updates can reset the registry value for servers behind NAT: if error 809 comes back after an update, repeat that step.',
];

export const PLATFORM_NOTES: Record<ClientPlatform, string[]> = {
  'windows-10-11': WINDOWS_NOTES,
  'windows-8': WINDOWS_NOTES,
  macos: [
    'Leave Group name empty: a group name can make the connection fail.',
    'macOS 12 and earlier use System Preferences → Network instead of System Settings → VPN.',
    "With all traffic through the VPN, IPv6 traffic may still go outside it: in the VPN configuration's TCP/IP settings, set Configure IPv6 to Link-local only.",
  ],
  ios: [
    'The Secret field is the pre-shared key; there is no group name on iPhone and iPad.',
    'Connect on Demand does not work with this VPN, because it asks for your password.',
  ],
  android: [
    'Android 12 and later do not offer L2TP/IPSec for new VPN profiles; see the Android steps for what you can do.',
    'Leave L2TP secret and IPSec identifier empty: filling them in can make the connection fail.',
  ],
  chromeos: [
    'Leave Group name empty. A group name cannot be cleared once saved: remove the VPN and add it again.',
  ],
  linux: [
    'Libreswan 5 and later refuse this kind of VPN (IKEv1) by default: add ikev1-policy=accept to the config setup section of /etc/ipsec.conf.',
    'Fedora and RHEL may block the L2TP kernel modules (l2tp_ppp, l2tp_netlink): see the NetworkManager-l2tp documentation to unblock them.',
    'Recent Libreswan builds may lack DH group 2 (modp1024); strongSwan still has it.',
  ],
};

/** One note step per chosen platform; titles name the platform when several are shown. */
export function platformNoteSteps(platforms: ClientPlatform[]): ChecklistStep[] {
  // Both Windows versions share their notes: list them once.
  const shown = platforms.filter(
    (p) => !(p === 'windows-8' && platforms.includes('windows-10-11')),
  );
  return shown.map((platform) => ({
    id: `notes-${platform}`,
    title:
      platform === 'windows-10-11' && platforms.includes('windows-8')
        ? 'Notes for Windows'
        : `Notes for ${platformLabel(platform)}`,
    lines: PLATFORM_NOTES[platform],
  }));
}
