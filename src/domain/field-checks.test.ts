import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import {
  connectionNameCheck,
  domainCheck,
  hostAddressCheck,
  hostAddressOrNameCheck,
  integerCheck,
  interfaceListCheck,
  interfaceNameCheck,
  joinMessages,
  maskCheck,
  nameCheck,
  networkListCheck,
  objectNameCheck,
  printable,
  required,
  secretCheck,
  tokenCheck,
  wholeNumberCheck,
  type FieldCheck,
} from './field-checks';
import { labelOf } from './labels';

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

describe('field check messages', () => {
  const label = labelOf('addressPool.poolName');
  const cases: [string, FieldCheck, string, string, string][] = [
    [
      'required',
      required(() => null),
      ' ',
      'Pool Name is required.',
      '「プール名」を入力してください。',
    ],
    [
      'spaces',
      tokenCheck,
      'a b',
      "Pool Name cannot contain spaces or '?' — the ASA command line cannot accept them.",
      "「プール名」にはスペースと '?' を使用できません。",
    ],
    [
      'printable',
      tokenCheck,
      'café',
      'Pool Name can only contain printable ASCII characters (no accents, symbols outside ASCII or control characters).',
      '印刷可能な ASCII 文字だけ',
    ],
    [
      'name charset',
      nameCheck,
      'a/b',
      "Pool Name: use 1–64 letters, digits, '_', '.' or '-'.",
      '1～64 文字',
    ],
    [
      'reserved name',
      objectNameCheck,
      'any',
      'Pool Name: "any" is an ASA keyword; choose another name.',
      '"any" は ASA のキーワードです',
    ],
    [
      'interface name',
      interfaceNameCheck,
      'a/b',
      "Pool Name: use 1–64 letters, digits, '_', '.' or '-' (e.g. outside).",
      '(例: outside)',
    ],
    ['secret length', secretCheck(3), 'abcd', 'Pool Name must be 1–3 characters.', '1～3 文字'],
    [
      'host address',
      hostAddressCheck,
      '10.1',
      'Pool Name: enter an IPv4 address such as 192.0.2.10.',
      'IPv4 アドレスを入力してください',
    ],
    [
      'usable host address',
      hostAddressCheck,
      '127.0.0.1',
      'Pool Name: 127.0.0.1 is not a usable host address.',
      '127.0.0.1 はホスト アドレスとして使用できません',
    ],
    [
      'host name',
      hostAddressOrNameCheck,
      '-bad-',
      'Pool Name: enter an IP address or a valid host name (e.g. vpn.example.com).',
      '(例: vpn.example.com)',
    ],
    [
      'domain',
      domainCheck,
      'a..b',
      'Pool Name: enter a domain name such as example.com.',
      'ドメイン名を入力してください',
    ],
    [
      'mask format',
      maskCheck,
      'x',
      'Pool Name: enter a subnet mask such as 255.255.255.0.',
      'サブネット マスクを入力してください',
    ],
    [
      'mask contiguous',
      maskCheck,
      '255.0.255.0',
      'Pool Name: 255.0.255.0 is not a valid subnet mask (the ones must be contiguous).',
      '1 のビットが連続している必要があります',
    ],
    [
      'integer range',
      integerCheck(1, 10),
      '11',
      'Pool Name must be a whole number from 1 to 10.',
      '1～10 の整数',
    ],
    [
      'whole number',
      wholeNumberCheck,
      '1.5',
      'Pool Name must be a whole number of up to 10 digits.',
      '10 桁以内の整数',
    ],
    [
      'two network problems, one message',
      networkListCheck(true),
      '10.1.1.5/24\n\njunk',
      'Pool Name, line 1: 10.1.1.5/24 has host bits set — did you mean 10.1.1.0/24? Pool Name, line 3: "junk" is not a network; use CIDR (10.1.1.0/24) or address and mask (10.1.1.0 255.255.255.0), or any.',
      '10.1.1.0/24 の誤りではありませんか？「プール名」の 3 行目: "junk" はネットワークではありません。',
    ],
    [
      'network without any',
      networkListCheck(false),
      'any',
      'Pool Name, line 1: "any" is not a network; use CIDR (10.1.1.0/24) or address and mask (10.1.1.0 255.255.255.0).',
      'アドレスとマスク (10.1.1.0 255.255.255.0) で入力してください。',
    ],
    [
      'interface list',
      interfaceListCheck,
      'dmz\na b',
      "Pool Name (a b) cannot contain spaces or '?' — the ASA command line cannot accept them.",
      "「プール名 (a b)」にはスペースと '?' を使用できません。",
    ],
    [
      'connection name',
      connectionNameCheck,
      'VPN"',
      "Pool Name: use 1–64 letters, digits, spaces, '_', '.', '-' or parentheses.",
      'かっこを使って 1～64 文字',
    ],
  ];

  it.each(cases)(
    '%s: English as before, Japanese with the Japanese label',
    (_name, check, value, want, japanese) => {
      const message = check(value, label);
      expect(message).not.toBeNull();
      expect(english(message!)).toBe(want);
      const text = formatMessage(ja, message!);
      expect(text).toContain(japanese);
      expect(text).toContain('プール名');
      expect(text).not.toContain('Pool Name');
    },
  );

  it('accepts good values', () => {
    expect(nameCheck('pool_1', label)).toBeNull();
    expect(networkListCheck(true)('any\n10.0.0.0/8', label)).toBeNull();
    expect(joinMessages([])).toBeNull();
  });
});
