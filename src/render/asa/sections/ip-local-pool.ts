/** Emits `ip local pool NAME START-END mask MASK` (reference.md §2 step 7). */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import { poolName } from '../derived';
import { tok } from '../token';

/** The mask is always given: without it the ASA assumes the classful mask of the range [K]. */
export function ipLocalPoolCommands(answers: Answers): Command[] {
  const { startIp, endIp, subnetMask } = answers.addressPool;
  const range = `${tok(startIp, 'start-ip')}-${tok(endIp, 'end-ip')}`;
  return [
    {
      tokens: [
        'ip',
        'local',
        'pool',
        poolName(answers),
        range,
        'mask',
        tok(subnetMask, 'subnet-mask'),
      ],
    },
  ];
}
