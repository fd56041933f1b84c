import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { clientHandout } from './handout';
import { clientHandoutHtml } from './handout-html';
import { PLATFORM_CHOICES, type PlatformChoice } from './platforms';

function htmlFor(choice: PlatformChoice, change: (a: Answers) => void = () => {}): string {
  const answers = ciscoExample();
  change(answers);
  return clientHandoutHtml(answers, choice);
}

describe('clientHandoutHtml', () => {
  const html = htmlFor('all');

  const structure: [string, RegExp | string][] = [
    ['doctype', /^<!doctype html>\n/],
    ['English', '<html lang="en">'],
    [
      'CSP',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    ],
    ['title', '<title>L2TP/IPsec VPN setup</title>'],
    ['print stylesheet', '@media print'],
    ['a page per platform on paper', '.platform { break-before: page; }'],
    ['platform sections', '<section class="platform" id="macos">\n<h2>macOS</h2>'],
    ['numbered steps', '<h3>2. Add the VPN configuration (macOS 13 and later)</h3>'],
    ['configuration files', '<p class="file-name">/etc/ipsec.conf</p>'],
    ['troubleshooting', '<h2>Troubleshooting</h2>'],
    ['limitations', '<h2>Known limitations of this VPN</h2>'],
  ];
  it.each(structure)('has %s', (_name, want) => {
    if (typeof want === 'string') expect(html).toContain(want);
    else expect(html).toMatch(want);
  });

  const forbidden: [string, RegExp][] = [
    ['no script', /<script/i],
    ['no external resources', /\b(?:src|href)=|url\(|@import/i],
    ['no event handlers', /\son[a-z]+=/i],
  ];
  it.each(forbidden)('has %s', (_name, pattern) => expect(html).not.toMatch(pattern));

  it.each(PLATFORM_CHOICES.map(([id]) => id))('%s: every id is unique', (choice) => {
    const ids = [...htmlFor(choice).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one section per step plus one per handout section', () => {
    const handout = clientHandout(ciscoExample(), 'all');
    const steps = handout.sections.reduce((n, s) => n + s.steps.length, 0);
    expect(html.match(/<section /g)?.length).toBe(steps + handout.sections.length);
  });

  const hostile: [string, (a: Answers) => void, string][] = [
    [
      'connection name',
      (a) => (a.clientOptions.connectionName = '<img src=x onerror=alert(1)>'),
      '&lt;img src=x onerror=alert(1)&gt;',
    ],
    [
      'server address',
      (a) => (a.tunnelInterface.publicAddress = '</title><script>alert(1)</script>'),
      '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
    [
      'pre-shared key',
      (a) => (a.authMethod.preSharedKey = '"><b>&amp;'),
      '&quot;&gt;&lt;b&gt;&amp;amp;',
    ],
    [
      'split network text',
      (a) =>
        Object.assign(a.ipsecSettings, {
          splitTunnel: true,
          splitNetworks: '<b>x</b>\n10.1.0.0/16',
        }),
      '10.1.0.0/16',
    ],
  ];
  it.each(hostile)('escapes a hostile %s', (_name, change, escaped) => {
    for (const choice of ['all', 'linux', 'ios'] as const) {
      const output = htmlFor(choice, change);
      expect(output).toContain(escaped);
      expect(output).not.toMatch(/<script|<img|<b>/i);
    }
  });

  it('with the key withheld, shows the placeholder and no key anywhere', () => {
    const output = htmlFor('all', (a) => (a.clientOptions.includeKeyInHandout = false));
    expect(output).toContain('Ask your administrator for the pre-shared key');
    expect(output).not.toContain('C!sc0@123');
    expect(output).not.toContain('keep it private');
  });
});
