import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample, defaultAnswers } from '../../domain/defaults';
import { windowsChecklist } from '../windows/checklist';
import { windowsChecklistToMarkdown } from '../windows/checklist-markdown';
import { PSK_PLACEHOLDER } from '../windows/checklist-types';
import { clientHandout } from './handout';
import { clientHandoutMarkdown } from './handout-markdown';
import { PLATFORM_CHOICES, type PlatformChoice } from './platforms';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function splitExample(): Answers {
  const answers = ciscoExample();
  answers.ipsecSettings.splitTunnel = true;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16';
  return answers;
}

/**
 * Golden files, reviewed line by line. Update deliberately with
 * `npx vitest run src/render/clients -u` and review the diff.
 */
describe('clientHandoutMarkdown golden files (all platforms)', () => {
  const scenarios: [string, () => Answers][] = [
    ['cisco', ciscoExample],
    ['split', splitExample],
  ];
  it.each(scenarios)('%s.handout.md', async (name, answers) => {
    const expected = new URL(`${name}.handout.md`, FIXTURES);
    expect(existsSync(expected), `missing ${expected.pathname}`).toBe(true);
    await expect(clientHandoutMarkdown(answers(), 'all')).toMatchFileSnapshot(expected.pathname);
  });
});

describe('clientHandout structure', () => {
  it('all platforms: one numbered section each, then limitations and troubleshooting', () => {
    const handout = clientHandout(ciscoExample(), 'all');
    expect(handout.title).toBe('L2TP/IPsec VPN setup');
    expect(handout.sections.map((s) => [s.id, s.numbered])).toEqual([
      ['windows-10-11', true],
      ['windows-8', true],
      ['macos', true],
      ['ios', true],
      ['android', true],
      ['chromeos', true],
      ['linux', true],
      ['limitations', false],
      ['troubleshooting', false],
    ]);
  });

  const single: [PlatformChoice, string, string[]][] = [
    ['macos', 'L2TP/IPsec VPN setup: macOS', ['macos', 'troubleshooting']],
    [
      'windows-8',
      'L2TP/IPsec VPN setup: Windows 8/8.1',
      ['windows-8', 'limitations', 'troubleshooting'],
    ],
  ];
  it.each(single)('%s alone', (choice, title, sections) => {
    const handout = clientHandout(ciscoExample(), choice);
    expect(handout.title).toBe(title);
    expect(handout.sections.map((s) => s.id)).toEqual(sections);
  });

  it('shows Windows error codes only when a Windows platform is chosen', () => {
    const codes = (choice: PlatformChoice) =>
      clientHandout(ciscoExample(), choice)
        .sections.flatMap((s) => s.steps)
        .some((step) => step.id === 'windows-error-809');
    expect(codes('windows-10-11')).toBe(true);
    expect(codes('all')).toBe(true);
    expect(codes('ios')).toBe(false);
  });

  it('gathers the limitations of one group of devices under one heading', () => {
    const answers = ciscoExample();
    answers.tunnelInterface.asaBehindNat = true;
    answers.transformSet.saLifetime = '200';
    const steps =
      clientHandout(answers, 'windows-10-11').sections.find((s) => s.id === 'limitations')?.steps ??
      [];
    expect(steps.map((step) => step.title)).toEqual(['Windows 10/11']);
    expect(steps[0]?.lines).toHaveLength(3);
  });

  it('lists only the limitations of the chosen platforms', () => {
    const answers = splitExample();
    answers.ikePolicy.dhGroup = '14';
    const limitations = (choice: PlatformChoice) =>
      clientHandout(answers, choice)
        .sections.find((s) => s.id === 'limitations')
        ?.steps.map((step) => [step.id, step.title]);
    expect(limitations('android')).toEqual([['limitation-android-dh-group-2', 'Android']]);
    expect(limitations('linux')).toBeUndefined();
    expect(limitations('all')).toContainEqual([
      'limitation-split-chromeos-full-tunnel',
      'ChromeOS',
    ]);
  });

  it('summarises the server side in end-user words', () => {
    const rows = Object.fromEntries(
      clientHandout(splitExample(), 'all').summary.map((r) => [r.label, r.value]),
    );
    expect(rows).toMatchObject({
      'Server address': '172.16.1.2',
      'Pre-shared key': 'C!sc0@123',
      'Sign-in': 'the user name you were given and your password',
      'Sign-in methods the server accepts': 'MS-CHAP v1, MS-CHAP v2',
      'Traffic through the VPN': 'only 10.10.0.0/16 (split tunneling)',
    });
  });
});

describe('"Include the key in the handout" off', () => {
  const KEY = 'Handout-Key-51ab7';
  const answers = ciscoExample();
  answers.authMethod.preSharedKey = KEY;
  answers.clientOptions.includeKeyInHandout = false;

  it.each(PLATFORM_CHOICES.map(([id]) => id))(
    '%s: placeholder, no key, no key notice',
    (choice) => {
      const handout = clientHandout(answers, choice);
      const markdown = clientHandoutMarkdown(answers, choice);
      expect(JSON.stringify(handout)).not.toContain(KEY);
      expect(markdown).not.toContain(KEY);
      expect(markdown).toContain(PSK_PLACEHOLDER);
      expect(handout.keyNotice).toBeNull();
    },
  );

  it('with the key included, it is printed (the test can fail)', () => {
    const included = {
      ...answers,
      clientOptions: { ...answers.clientOptions, includeKeyInHandout: true },
    };
    expect(clientHandoutMarkdown(included, 'all')).toContain(KEY);
    expect(clientHandout(included, 'ios').keyNotice).toContain('keep it private');
  });
});

describe('clientHandoutMarkdown escaping and totality', () => {
  it('a hostile connection name cannot add headings or raw HTML', () => {
    const answers = ciscoExample();
    answers.clientOptions.connectionName = '# Owned\n<img src=x onerror=alert(1)>';
    const output = clientHandoutMarkdown(answers, 'all');
    const prose = output.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '');
    expect(prose).not.toMatch(/^# Owned/m);
    expect(prose).not.toMatch(/(^|[^\\])<img/m);
  });

  it('renders the defaults and broken answers for every choice', () => {
    const broken = { clientOptions: { connectionName: 7 } } as unknown as Answers;
    for (const [choice] of PLATFORM_CHOICES) {
      expect(() => clientHandoutMarkdown(defaultAnswers(), choice)).not.toThrow();
      expect(() => clientHandoutMarkdown(broken, choice)).not.toThrow();
    }
  });
});

describe('the key in Markdown', () => {
  it('is printed verbatim in code spans, never backslash-escaped', () => {
    const answers = ciscoExample();
    const key = 'Ab_cd*ef_gh*12#x<y';
    answers.authMethod.preSharedKey = key;
    for (const markdown of [
      clientHandoutMarkdown(answers, 'all'),
      windowsChecklistToMarkdown(windowsChecklist(answers, 'windows-10-11')),
    ]) {
      expect(markdown).toContain(`\`${key}\``);
      expect(markdown).not.toContain('Ab\\_cd');
    }
  });
});
