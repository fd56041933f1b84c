/**
 * Install notes for l2tp-vpn.mobileconfig, for the end user. The profile is not signed, so Apple
 * shows it as "Unverified"; the notes say that is expected. A profile without the key cannot be
 * completed on the device [K], so the notes then point to the manual steps.
 */
import type { Answers } from '../../domain/answers';
import { checklistFacts } from '../windows/checklist';
import type { ChecklistStep } from '../windows/checklist-types';
import { APPLE_PROFILE_FILE_NAME } from './apple-profile';

export function appleProfileInstallNotes(answers: Answers): ChecklistStep[] {
  const facts = checklistFacts(answers);
  const steps: ChecklistStep[] = [
    {
      id: 'profile-ios',
      title: 'iPhone and iPad',
      lines: [
        `Open ${APPLE_PROFILE_FILE_NAME} in Safari (or tap it in Mail or Files); iOS says "Profile Downloaded".`,
        'Open Settings → General → VPN & Device Management → the downloaded profile → Install, and enter your device passcode.',
        `To connect: Settings → VPN → turn on "${facts.connectionName}"; enter your user name and password when asked.`,
      ],
    },
    {
      id: 'profile-macos',
      title: 'Mac',
      lines: [
        `Double-click ${APPLE_PROFILE_FILE_NAME}.`,
        'Open System Settings → Privacy & Security → Profiles (on newer macOS: General → Device Management), select the profile and click Install.',
        `To connect: System Settings → VPN → turn on "${facts.connectionName}"; enter your user name and password when asked.`,
      ],
    },
    {
      id: 'profile-unverified',
      title: 'About "Unverified"',
      lines: [
        'The profile is not signed, so it shows as Unverified. That is expected for this file: install it only if it came from your administrator.',
        'To remove the VPN later, remove the profile in the same place.',
      ],
    },
  ];
  if (facts.preSharedKey === null) {
    steps.push({
      id: 'profile-no-key',
      title: 'This profile has no pre-shared key',
      lines: [
        'The key was left out of this profile. If the connection fails, remove the profile and set up the VPN by hand (the iOS/iPadOS or macOS steps), or ask your administrator for a profile that contains the key.',
      ],
    });
  }
  return steps;
}
