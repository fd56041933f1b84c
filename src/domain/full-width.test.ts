import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthToAscii } from './full-width';
import { parseIpv4 } from './net';

describe('fullWidthToAscii', () => {
  it.each([
    // Full-width forms, as typed in the IME's full-width alphanumeric mode.
    ['１９２．１６８．１．１', '192.168.1.1'],
    ['／２４', '/24'],
    ['２５５．２５５．２５５．０', '255.255.255.0'],
    ['ＡＳＡ－１', 'ASA-1'],
    ['ｏｕｔｓｉｄｅ', 'outside'],
    ['ＶＰＮ＿ＰＯＯＬ', 'VPN_POOL'],
    ['１０：３０', '10:30'],
    ['８６４００', '86400'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
    ['！＂＃＄％＆＇（）＊＋，－．／', '!"#$%&\'()*+,-./'],
    ['～', '~'],
    // The ideographic (full-width) space.
    ['ＡＳＡ\u3000１', 'ASA 1'],
    ['\u3000', ' '],
    // Hiragana-mode punctuation between ASCII letters or digits.
    ['１９２。１６８。１。１', '192.168.1.1'],
    ['192。168。1。1', '192.168.1.1'],
    ['ASAー1', 'ASA-1'],
    ['ＡＳＡー１', 'ASA-1'],
    ['10−20', '10-20'],
    ['10.0.0.0・24', '10.0.0.0/24'],
    ['１０．０．０．０・２４', '10.0.0.0/24'],
    // Lines of a list stay lines.
    ['１０．０．０．０／８\n１７２．１６．０．０／１２', '10.0.0.0/8\n172.16.0.0/12'],
    // Already ASCII: unchanged.
    ['192.168.1.1', '192.168.1.1'],
    ['', ''],
  ])('%j → %j', (typed, ascii) => {
    expect(fullWidthToAscii(typed)).toBe(ascii);
  });

  it.each([
    // Other non-ASCII characters stay, so the field's own error still shows.
    'あ',
    'é',
    'データー',
    'ー1',
    'A・B',
    '。',
    '東京・大阪',
    '😀',
    '￥',
  ])('leaves %j as typed', (typed) => {
    expect(fullWidthToAscii(typed)).toBe(typed);
  });

  it('converts only what it knows, keeping the rest in place', () => {
    expect(fullWidthToAscii('ＶＰＮ　あ１')).toBe('VPN あ1');
    expect(fullWidthToAscii('ｃａｆé')).toBe('café');
  });

  it('gives an address the checks accept', () => {
    expect(parseIpv4('１９２．１６８．１．１')).toBeNull();
    expect(parseIpv4(fullWidthToAscii('１９２．１６８．１．１'))).toBe(3232235777);
  });

  it('never changes ASCII text and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(fullWidthToAscii(text)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = fullWidthToAscii(text);
        expect(fullWidthToAscii(once)).toBe(once);
      }),
    );
  });
});
