/**
 * Values left at the Cisco document's lab scenario (the wizard's defaults, reference.md §1.1). They
 * make a valid configuration, so they are warnings, but pasted into a real ASA they point clients at
 * a lab address, push a DNS server and domain that are not the user's, or use a key that is
 * published on the Internet.
 */
import type { Answers } from '../answers';
import { ciscoExample } from '../defaults';
import { FIELD_LABELS } from '../labels';
import { warning, type Rule } from './rule';

const EXAMPLE = ciscoExample();

const LAB_VALUES = [
  ['tunnelInterface.publicAddress', (a: Answers) => a.tunnelInterface.publicAddress],
  ['clientAttributes.dnsSecondary', (a: Answers) => a.clientAttributes.dnsSecondary],
  ['clientAttributes.defaultDomain', (a: Answers) => a.clientAttributes.defaultDomain],
] as const;

export const exampleValueRules: Rule[] = [
  (a) =>
    LAB_VALUES.filter(([, valueOf]) => valueOf(a) === valueOf(EXAMPLE)).map(([field, valueOf]) =>
      warning(
        'W-EXAMPLE',
        field,
        `${FIELD_LABELS[field]} is still the Cisco document's lab value (${valueOf(a)}). Change it unless it really is yours.`,
      ),
    ),
  (a) =>
    a.authMethod.preSharedKey === EXAMPLE.authMethod.preSharedKey
      ? [
          warning(
            'W-EXAMPLE',
            'authMethod.preSharedKey',
            "This is the pre-shared key published in Cisco's document: anyone can look it up. Use a key of your own.",
          ),
        ]
      : [],
];
