import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown';

describe('escapeMarkdown', () => {
  const cases: [string, string, boolean, string][] = [
    ['plain text stays', 'L2TP VPN', false, 'L2TP VPN'],
    ['emphasis and code', '*a* _b_ `c`', false, '\\*a\\* \\_b\\_ \\`c\\`'],
    ['links and HTML', '[x](y) <b>', false, '\\[x\\](y) \\<b\\>'],
    ['entities', 'AT&T &amp; &#60;', false, 'AT&T \\&amp; \\&#60;'],
    ['backslash and pipe', 'a\\b|c', false, 'a\\\\b\\|c'],
    ['line breaks become spaces', 'a\n# b\r\nc', false, 'a # b c'],
    ['heading at block start', '# x', true, '\\# x'],
    ['list marker at block start', '- x', true, '\\- x'],
    ['ordered list marker at block start', '1. x', true, '1\\. x'],
    ['an address at block start is not a list', '172.16.1.2', true, '172.16.1.2'],
    ['markers elsewhere stay', 'a # b - c', true, 'a # b - c'],
  ];
  it.each(cases)('%s', (_name, given, blockStart, want) => {
    expect(escapeMarkdown(given, blockStart)).toBe(want);
  });

  const literals: [string, string, string, string][] = [
    [
      'the key in a code span, the rest escaped',
      'Key: A_b*c, not *d*',
      'A_b*c',
      'Key: `A_b*c`, not \\*d\\*',
    ],
    ['every occurrence', 'A_b / A_b', 'A_b', '`A_b` / `A_b`'],
    ['backticks inside the key', 'k: a`b', 'a`b', 'k: ``a`b``'],
    ['a key ending in a backtick is padded', 'k: ab`', 'ab`', 'k: `` ab` ``'],
    ['a key without Markdown characters stays plain', 'Key: Abc123', 'Abc123', 'Key: Abc123'],
    ['no key', 'a_b', '', 'a\\_b'],
  ];
  it.each(literals)('literal: %s', (_name, given, literal, want) => {
    expect(escapeMarkdown(given, false, literal)).toBe(want);
  });

  it('still escapes a block marker before a literal', () => {
    expect(escapeMarkdown('# k_1', true, 'k_1')).toBe('\\# `k_1`');
  });
});
