import { describe, expect, it } from 'vitest';
import { PLATFORM_CHOICES, type PlatformChoice } from '../render/clients/platforms';
import {
  handoutRegionLabel,
  offersAppleProfile,
  offersPowerShellScript,
  powerShellNotes,
} from './client-exports';

describe('client exports per platform choice', () => {
  it.each([
    ['windows-10-11', true, false, 'Windows client setup'],
    ['windows-8', true, false, 'Windows client setup'],
    ['macos', false, true, 'macOS client setup'],
    ['ios', false, true, 'iOS/iPadOS client setup'],
    ['android', false, false, 'Android client setup'],
    ['chromeos', false, false, 'ChromeOS client setup'],
    ['linux', false, false, 'Linux client setup'],
    ['all', true, true, 'Client setup for all platforms'],
  ] as const)('%s: script %s, profile %s, region "%s"', (choice, script, profile, label) => {
    expect(offersPowerShellScript(choice)).toBe(script);
    expect(offersAppleProfile(choice)).toBe(profile);
    expect(handoutRegionLabel(choice)).toBe(label);
  });

  it('covers every choice of the select', () => {
    const tested: PlatformChoice[] = [
      'windows-10-11',
      'windows-8',
      'macos',
      'ios',
      'android',
      'chromeos',
      'linux',
      'all',
    ];
    expect(PLATFORM_CHOICES.map(([id]) => id).sort()).toEqual([...tested].sort());
  });
});

describe('powerShellNotes', () => {
  it.each([
    [{ behindNat: false, keyIncluded: true }, [], ['-SetNatTraversal', 'asks for it']],
    [{ behindNat: true, keyIncluded: false }, ['-SetNatTraversal', 'asks for it'], []],
    [{ behindNat: true, keyIncluded: true }, ['-SetNatTraversal'], ['asks for it']],
    [{ behindNat: false, keyIncluded: false }, ['asks for it'], ['-SetNatTraversal']],
  ])('%o', (options, present, absent) => {
    const text = powerShellNotes(options).join('\n');
    for (const word of present) expect(text).toContain(word);
    for (const word of absent) expect(text).not.toContain(word);
  });
});
