import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { PLATFORM_CHOICES, type PlatformChoice } from '../render/clients/platforms';
import {
  handoutRegionLabel,
  offersAppleProfile,
  offersPowerShellScript,
  platformChoiceLabel,
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
    expect(english(handoutRegionLabel(choice))).toBe(label);
  });

  it('names the region in Japanese, with the product name as it is', () => {
    expect(formatMessage(ja, handoutRegionLabel('windows-8'))).toBe('Windows のクライアント設定');
    expect(formatMessage(ja, handoutRegionLabel('ios'))).toBe('iOS/iPadOS のクライアント設定');
    expect(formatMessage(ja, handoutRegionLabel('all'))).toBe(
      'すべてのプラットフォームのクライアント設定',
    );
  });

  it('keeps product names in the select and translates "All platforms"', () => {
    const labels = (lang: typeof ja | null) =>
      PLATFORM_CHOICES.map(([id]) =>
        lang ? formatMessage(lang, platformChoiceLabel(id)) : english(platformChoiceLabel(id)),
      );
    // The English option texts are the select's contract (e2e tests choose by them).
    expect(labels(null)).toEqual(PLATFORM_CHOICES.map(([, label]) => label));
    expect(labels(ja)).toEqual([
      'Windows 10/11',
      'Windows 8/8.1',
      'macOS',
      'iOS/iPadOS',
      'Android',
      'ChromeOS',
      'Linux',
      'すべてのプラットフォーム',
    ]);
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
    const text = powerShellNotes(options).map(english).join('\n');
    for (const word of present) expect(text).toContain(word);
    for (const word of absent) expect(text).not.toContain(word);
  });

  it('keeps the English notes exactly', () => {
    expect(powerShellNotes({ behindNat: true, keyIncluded: false }).map(english)).toEqual([
      'The ASA is behind NAT: users run it once as administrator with -SetNatTraversal, then restart Windows.',
      'The key is left out ("Include the key in the handout" is off): the script asks for it.',
    ]);
  });

  it('names the checkbox by its Japanese label in Japanese', () => {
    const [nat, noKey] = powerShellNotes({ behindNat: true, keyIncluded: false }).map((note) =>
      formatMessage(ja, note),
    );
    expect(nat).toContain('-SetNatTraversal');
    expect(nat).toContain('管理者として');
    expect(noKey).toContain('「手順書に事前共有キーを記載する」');
  });
});
