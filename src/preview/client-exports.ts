/**
 * Which client exports the Client setup tab offers for a platform choice, and how its handout
 * region is named. Pure, so the rules are tested without rendering the tab.
 */
import { APPLE, WINDOWS, platformLabel } from '../domain/client-platforms';
import { labelOf } from '../domain/labels';
import { msg, type Msg } from '../i18n/catalogue';
import type { PlatformChoice } from '../render/clients/platforms';

/** The PowerShell script only helps Windows users. */
export const offersPowerShellScript = (choice: PlatformChoice): boolean =>
  choice === 'all' || WINDOWS.includes(choice);

/** A configuration profile installs on macOS and iOS/iPadOS only. */
export const offersAppleProfile = (choice: PlatformChoice): boolean =>
  choice === 'all' || APPLE.includes(choice);

/**
 * A choice's option text in the select: product names stay as they are in every language;
 * "All platforms" is a message.
 */
export const platformChoiceLabel = (choice: PlatformChoice): Msg | string =>
  choice === 'all' ? msg('preview.client.platform.all') : platformLabel(choice);

/**
 * The accessible name of the handout region. Both Windows pages are "Windows client setup" (the
 * select beside it names the version), so the name stays stable for the default choice.
 */
export function handoutRegionLabel(choice: PlatformChoice): Msg {
  if (choice === 'all') return msg('preview.client.region.all');
  const platform = WINDOWS.includes(choice) ? 'Windows' : platformLabel(choice);
  return msg('preview.client.region.platform', { platform });
}

/** What changes for the script when the ASA is behind NAT or the key is left out of the handouts. */
export function powerShellNotes(options: { behindNat: boolean; keyIncluded: boolean }): Msg[] {
  return [
    ...(options.behindNat ? [msg('preview.files.script.nat')] : []),
    ...(options.keyIncluded
      ? []
      : [
          msg('preview.files.script.noKey', {
            label: labelOf('clientOptions.includeKeyInHandout'),
          }),
        ]),
  ];
}
