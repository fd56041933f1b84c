import { describe, expect, it } from 'vitest';
import { tokenCheck } from '../domain/field-checks';
import { labelOf } from '../domain/labels';
import { generatePreSharedKey, KEY_ALPHABET, KEY_LENGTH } from './generate-key';

describe('generatePreSharedKey', () => {
  it('makes 24-character keys the ASA accepts (no space, no ?, printable ASCII)', () => {
    for (let i = 0; i < 200; i += 1) {
      const key = generatePreSharedKey();
      expect(key).toHaveLength(KEY_LENGTH);
      expect(tokenCheck(key, labelOf('authMethod.preSharedKey'))).toBeNull();
    }
  });

  it.each([
    ['"'],
    ["'"],
    ['`'],
    ['\\'],
    ['$'],
    ['%'],
    ['&'],
    ['|'],
    ['<'],
    ['>'],
    ['^'],
    ['!'],
    ['?'],
    [' '],
  ])('never uses %s, which breaks CLI or shell pastes', (char) => {
    expect(KEY_ALPHABET).not.toContain(char);
  });

  it('redraws bytes above the largest multiple of the alphabet size (no modulo bias)', () => {
    const limit = 256 - (256 % KEY_ALPHABET.length);
    // First batch: only rejected bytes; second batch: byte 0 → first alphabet character.
    const batches = [new Uint8Array(48).fill(limit), new Uint8Array(48).fill(0)];
    let call = 0;
    const key = generatePreSharedKey((buffer) => {
      buffer.set(batches[Math.min(call, 1)] ?? []);
      call += 1;
      return buffer;
    });
    expect(call).toBe(2);
    expect(key).toBe(KEY_ALPHABET[0]?.repeat(KEY_LENGTH));
  });

  it('uses every character of the alphabet given enough draws', () => {
    const seen = new Set(Array.from({ length: 100 }, () => generatePreSharedKey()).join(''));
    expect(seen.size).toBe(KEY_ALPHABET.length);
  });
});
