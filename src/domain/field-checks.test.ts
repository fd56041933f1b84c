import { describe, expect, it } from 'vitest';
import { printable } from './field-checks';

describe('printable (a user value quoted in a message)', () => {
  it.each([
    ['plain ASCII stays', 'bob_1', 'bob_1'],
    ['letters of other scripts stay as typed', 'bøb', 'bøb'],
    ['a tab shows as its symbol', 'bob\tx', 'bob␉x'],
    ['line breaks show as their symbols', 'a\r\nb', 'a␍␊b'],
    ['DEL shows as its symbol', 'a\x7Fb', 'a␡b'],
    ['line and paragraph separators become �', 'a\u2028b\u2029c\u0085d', 'a�b�c�d'],
    ['zero-width and bidi override characters become �', 'a\u200Bb\u202Ec', 'a�b�c'],
    ['no question mark is ever added', 'b\u00F8b\t', 'bøb␉'],
  ])('%s', (_name, given, want) => {
    expect(printable(given)).toBe(want);
  });

  it('shortens long values to 40 characters without splitting a character', () => {
    expect(printable('a'.repeat(50))).toBe(`${'a'.repeat(40)}…`);
    expect(printable('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
  });
});
