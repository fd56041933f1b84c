import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { windowsChecklist } from './checklist';
import { escapeHtml } from './escape-html';
import { windowsHandoutHtml } from './handout-html';

function handoutFor(change: (answers: Answers) => void = () => {}): string {
  const answers = ciscoExample();
  change(answers);
  return windowsHandoutHtml(windowsChecklist(answers));
}

describe('escapeHtml', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"'`, '&quot;&#39;'],
    ['&amp;', '&amp;amp;'],
  ];
  it.each(cases)('%s', (given, want) => expect(escapeHtml(given)).toBe(want));
});

describe('windowsHandoutHtml', () => {
  const html = handoutFor();

  const structure: [string, RegExp | string][] = [
    ['doctype', /^<!doctype html>\n/],
    ['English', '<html lang="en">'],
    ['charset', '<meta charset="utf-8">'],
    ['title', '<title>Windows L2TP/IPsec VPN setup</title>'],
    ['heading', '<h1>Windows L2TP/IPsec VPN setup</h1>'],
    ['inline style', '<style>'],
    ['print stylesheet', '@media print'],
    ['one section per step', '<h2>1. Before you start</h2>'],
    ['commands in pre', '<pre><code>ipconfig</code></pre>'],
    ['values', 'Server name or address: 172.16.1.2'],
    ['escaped single quotes in commands', '-Name &#39;L2TP VPN&#39;'],
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

  it('has as many sections as steps', () => {
    const steps = windowsChecklist(ciscoExample()).steps.length;
    expect(html.match(/<section /g)?.length).toBe(steps);
  });

  const hostile: [string, (answers: Answers) => void, string][] = [
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
  ];
  it.each(hostile)('escapes a hostile %s', (_name, change, escaped) => {
    const output = handoutFor(change);
    expect(output).toContain(escaped);
    expect(output).not.toMatch(/<script|<img|<b>/i);
  });
});
