import { describe, expect, it } from 'vitest';
import { example, printed } from '../testing/section-helpers';
import { sysoptCommands } from './sysopt';

const cases: [string, { given: boolean; want: string[] }][] = [
  ['bypass on', { given: true, want: ['sysopt connection permit-vpn'] }],
  ['bypass off', { given: false, want: ['no sysopt connection permit-vpn'] }],
];

describe('sysoptCommands', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const answers = example({ tunnelInterface: { bypassInterfaceAcls: given } });
    expect(printed(sysoptCommands(answers))).toEqual(want);
  });
});
