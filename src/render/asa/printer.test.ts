import { describe, expect, it } from 'vitest';
import type { Section } from './command';
import { printAsaConfig } from './printer';

const cases: [string, { given: { header: string[]; sections: Section[] }; want: string }][] = [
  ['nothing at all still ends with a newline', { given: { header: [], sections: [] }, want: '\n' }],
  [
    'header lines become ! comments',
    { given: { header: ['one', 'two'], sections: [] }, want: '! one\n! two\n' },
  ],
  [
    'tokens are joined by one space',
    {
      given: {
        header: [],
        sections: [{ title: 's', commands: [{ tokens: ['sysopt', 'connection', 'permit-vpn'] }] }],
      },
      want: '!\nsysopt connection permit-vpn\n',
    },
  ],
  [
    'children are indented by exactly one space, no exit',
    {
      given: {
        header: ['h'],
        sections: [
          {
            title: 's',
            commands: [
              {
                tokens: ['group-policy', 'G', 'attributes'],
                children: [
                  ['vpn-tunnel-protocol', 'l2tp-ipsec'],
                  ['default-domain', 'value', 'example.com'],
                ],
              },
              { tokens: ['ip', 'local', 'pool', 'P', '10.0.0.1-10.0.0.9'] },
            ],
          },
        ],
      },
      want:
        '! h\n!\ngroup-policy G attributes\n vpn-tunnel-protocol l2tp-ipsec\n' +
        ' default-domain value example.com\nip local pool P 10.0.0.1-10.0.0.9\n',
    },
  ],
  [
    'sections are separated by a ! line',
    {
      given: {
        header: [],
        sections: [
          { title: 'a', commands: [{ tokens: ['a'] }] },
          { title: 'b', commands: [{ tokens: ['b'], children: [] }] },
        ],
      },
      want: '!\na\n!\nb\n',
    },
  ],
];

describe('printAsaConfig', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(printAsaConfig(given.header, given.sections)).toBe(want);
  });
});

describe('large sections', () => {
  it('prints a section of 300,000 commands without overflowing the call stack', () => {
    const commands = Array.from({ length: 300_000 }, (_, i) => ({
      tokens: ['access-list', 'A', 'standard', 'permit', `host-${i}`],
    }));
    const text = printAsaConfig([], [{ title: 's', commands }]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(300_002);
    expect(lines[1]).toBe('access-list A standard permit host-0');
    expect(lines[300_000]).toBe('access-list A standard permit host-299999');
  });
});
