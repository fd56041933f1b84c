import { describe, expect, it } from 'vitest';
import { isSet, tok } from './token';

const cases: [string, { given: unknown; want: string }][] = [
  ['a valid token is unchanged', { given: 'C!sc0@123', want: 'C!sc0@123' }],
  [
    'every printable ASCII but ? survives',
    { given: '!"#$%&\'()*+,-./:;<=>@[\\]^_`{|}~', want: '!"#$%&\'()*+,-./:;<=>@[\\]^_`{|}~' },
  ],
  ['surrounding whitespace is trimmed', { given: '  10 \t', want: '10' }],
  ['empty becomes the placeholder', { given: '', want: '<pre-shared-key>' }],
  ['blank becomes the placeholder', { given: ' \n\t ', want: '<pre-shared-key>' }],
  ['inner space', { given: 'a b', want: 'a_b' }],
  ['question mark', { given: 'what?', want: 'what_' }],
  ['line breaks cannot start a line', { given: 'x\nwrite erase\r\ny', want: 'x_write_erase__y' }],
  ['tab and controls', { given: 'a\tb\u0000c\u001bd\u007f', want: 'a_b_c_d_' }],
  ['non-ASCII, one _ per code point', { given: 'café\u2028😀', want: 'caf___' }],
  ['a number from a loaded file', { given: 86400, want: '86400' }],
  ['undefined is missing', { given: undefined, want: '<pre-shared-key>' }],
  ['an object is missing', { given: { toString: () => 'x' }, want: '<pre-shared-key>' }],
];

describe('tok', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(tok(given, 'pre-shared-key')).toBe(want);
  });
});

describe('isSet', () => {
  it.each([
    ['', false],
    ['  ', false],
    [undefined, false],
    ['8.8.8.8', true],
    [0, true],
  ] as const)('%j → %s', (given, want) => {
    expect(isSet(given)).toBe(want);
  });
});
