import { describe, expect, it } from 'vitest';
import {
  listLines,
  maskToPrefix,
  parseIpv4,
  parseNetwork,
  prefixToMask,
  rangesOverlap,
} from './net';

describe('parseIpv4', () => {
  it.each([
    ['192.168.1.1', 3232235777],
    ['0.0.0.0', 0],
    ['255.255.255.255', 4294967295],
    ['192.168.1.01', null],
    ['192.168.1', null],
    ['192.168.1.256', null],
    [' 192.168.1.1', null],
    ['1.2.3.4.5', null],
    ['a.b.c.d', null],
  ])('%s → %s', (given, want) => expect(parseIpv4(given)).toBe(want));
});

describe('maskToPrefix / prefixToMask', () => {
  it.each([
    ['255.255.255.0', 24],
    ['255.255.255.255', 32],
    ['128.0.0.0', 1],
    ['0.0.0.0', null],
    ['255.0.255.0', null],
    ['255.255.255.1', null],
  ])('%s → /%s', (mask, prefix) => expect(maskToPrefix(mask)).toBe(prefix));
  it.each([1, 8, 16, 23, 24, 31, 32])('round-trips /%i', (prefix) =>
    expect(maskToPrefix(prefixToMask(prefix))).toBe(prefix),
  );
});

describe('parseNetwork', () => {
  it.each([
    ['10.1.1.0/24', { address: '10.1.1.0', mask: '255.255.255.0', prefix: 24, hostBitsSet: false }],
    [
      '10.1.1.0 255.255.255.0',
      { address: '10.1.1.0', mask: '255.255.255.0', prefix: 24, hostBitsSet: false },
    ],
    ['10.1.1.5/24', { address: '10.1.1.0', mask: '255.255.255.0', prefix: 24, hostBitsSet: true }],
    [
      '10.1.1.5/32',
      { address: '10.1.1.5', mask: '255.255.255.255', prefix: 32, hostBitsSet: false },
    ],
  ])('%s', (given, want) => expect(parseNetwork(given)).toMatchObject(want));
  it.each([
    '10.1.1.0/33',
    '10.1.1.0/0',
    '10.1.1.0/024',
    '10.1.1.0',
    'any',
    '10.1.1.0 255.0.255.0',
    '10.1.1.0/24 x',
  ])('rejects %s', (given) => expect(parseNetwork(given)).toBeNull());
});

describe('listLines and rangesOverlap', () => {
  it('splits on any newline and drops blank lines', () =>
    expect(listLines(' a \r\n\nb\rc\n')).toEqual(['a', 'b', 'c']));
  it.each([
    [{ first: 1, last: 5 }, { first: 5, last: 9 }, true],
    [{ first: 1, last: 4 }, { first: 5, last: 9 }, false],
  ])('%o ~ %o → %s', (a, b, want) => expect(rangesOverlap(a, b)).toBe(want));
});
