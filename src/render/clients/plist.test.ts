import { describe, expect, it } from 'vitest';
import { PlistData, escapeXml, plistXml } from './plist';
import { parsePlist } from './testing/plist-parse';

describe('escapeXml', () => {
  const cases: [string, string, string][] = [
    ['plain', 'L2TP VPN', 'L2TP VPN'],
    ['markup', '<a href="x">&amp;</a>', '&lt;a href="x"&gt;&amp;amp;&lt;/a&gt;'],
    ['NUL and ESC', 'a\u0000b\u001b', 'a\uFFFDb\uFFFD'],
    ['tab and LF stay', 'a\tb\nc', 'a\tb\nc'],
    ['CR as a reference', 'a\rb', 'a&#13;b'],
    ['noncharacters', '\uFFFE\uFFFF', '\uFFFD\uFFFD'],
    ['lone surrogates', 'a\uD800b\uDC00', 'a\uFFFDb\uFFFD'],
    ['a surrogate pair stays', '😀', '😀'],
  ];
  it.each(cases)('%s', (_name, given, want) => expect(escapeXml(given)).toBe(want));
});

describe('plistXml', () => {
  it('writes every value type and parses back', () => {
    const xml = plistXml({
      s: 'a & b',
      i: 42,
      t: true,
      f: false,
      d: new PlistData('AAE='),
      a: ['x', 1],
      n: { inner: 'y' },
    });
    expect(parsePlist(xml)).toEqual({
      s: 'a & b',
      i: 42,
      t: true,
      f: false,
      d: { data: 'AAE=' },
      a: ['x', 1],
      n: { inner: 'y' },
    });
  });

  it('a dict whose only key is "data" stays a dict', () => {
    const xml = plistXml({ data: 'x' });
    expect(xml).toContain('<key>data</key>');
    expect(xml).not.toContain('<data>');
  });
});
