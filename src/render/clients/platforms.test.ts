import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLATFORM,
  PLATFORM_CHOICES,
  isPlatformChoice,
  platformsOf,
  type PlatformChoice,
} from './platforms';

describe('platform choices', () => {
  it('are the seven platforms, then "All platforms", with Windows 10/11 as default', () => {
    expect(PLATFORM_CHOICES.map(([, label]) => label)).toEqual([
      'Windows 10/11',
      'Windows 8/8.1',
      'macOS',
      'iOS/iPadOS',
      'Android',
      'ChromeOS',
      'Linux',
      'All platforms',
    ]);
    expect(DEFAULT_PLATFORM).toBe('windows-10-11');
  });

  const cases: [PlatformChoice, string[]][] = [
    ['macos', ['macos']],
    ['all', ['windows-10-11', 'windows-8', 'macos', 'ios', 'android', 'chromeos', 'linux']],
    ['nonsense' as PlatformChoice, ['windows-10-11']],
  ];
  it.each(cases)('platformsOf(%j)', (choice, want) => expect(platformsOf(choice)).toEqual(want));

  it('isPlatformChoice', () => {
    expect(isPlatformChoice('all')).toBe(true);
    expect(isPlatformChoice('linux')).toBe(true);
    expect(isPlatformChoice('windows')).toBe(false);
    expect(isPlatformChoice(undefined)).toBe(false);
  });
});
