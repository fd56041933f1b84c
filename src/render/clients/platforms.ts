/**
 * The "Client platform" choices of the preview: the seven platforms (their list lives in the domain,
 * beside the consistency check that names them) plus "All platforms".
 */
import { CLIENT_PLATFORMS, type ClientPlatform } from '../../domain/client-platforms';

export { CLIENT_PLATFORMS, platformLabel } from '../../domain/client-platforms';
export type { ClientPlatform } from '../../domain/client-platforms';

export type PlatformChoice = ClientPlatform | 'all';

export const ALL_PLATFORMS_LABEL = 'All platforms';

/** Windows 10/11 stays the default of the select (issue 4). */
export const DEFAULT_PLATFORM: PlatformChoice = 'windows-10-11';

/** The select's options in order: the seven platforms, then "All platforms". */
export const PLATFORM_CHOICES: readonly (readonly [PlatformChoice, string])[] = [
  ...CLIENT_PLATFORMS,
  ['all', ALL_PLATFORMS_LABEL],
];

export function isPlatformChoice(value: unknown): value is PlatformChoice {
  return PLATFORM_CHOICES.some(([id]) => id === value);
}

/** The platforms a choice covers; an unknown value falls back to the default (total). */
export function platformsOf(choice: PlatformChoice): ClientPlatform[] {
  if (choice === 'all') return CLIENT_PLATFORMS.map(([id]) => id);
  return CLIENT_PLATFORMS.some(([id]) => id === choice) ? [choice] : ['windows-10-11'];
}
