/**
 * Which client exports the Client setup tab offers for a platform choice, and how its handout
 * region is named. Pure, so the rules are tested without rendering the tab.
 */
import { APPLE, WINDOWS, platformLabel } from '../domain/client-platforms';
import type { PlatformChoice } from '../render/clients/platforms';

/** The PowerShell script only helps Windows users. */
export const offersPowerShellScript = (choice: PlatformChoice): boolean =>
  choice === 'all' || WINDOWS.includes(choice);

/** A configuration profile installs on macOS and iOS/iPadOS only. */
export const offersAppleProfile = (choice: PlatformChoice): boolean =>
  choice === 'all' || APPLE.includes(choice);

/**
 * The accessible name of the handout region. Both Windows pages are "Windows client setup" (the
 * select beside it names the version), so the name stays stable for the default choice.
 */
export function handoutRegionLabel(choice: PlatformChoice): string {
  if (choice === 'all') return 'Client setup for all platforms';
  const name = WINDOWS.includes(choice) ? 'Windows' : platformLabel(choice);
  return `${name} client setup`;
}

/** What changes for the script when the ASA is behind NAT or the key is left out of the handouts. */
export function powerShellNotes(options: { behindNat: boolean; keyIncluded: boolean }): string[] {
  return [
    ...(options.behindNat
      ? [
          'The ASA is behind NAT: users run it once as administrator with -SetNatTraversal, then restart Windows.',
        ]
      : []),
    ...(options.keyIncluded
      ? []
      : ['The key is left out ("Include the key in the handout" is off): the script asks for it.']),
  ];
}
