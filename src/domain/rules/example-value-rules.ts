/**
 * Values left at the Cisco document's lab scenario (the wizard's defaults, reference.md §1.1). They
 * make a valid configuration, so they are warnings, but pasted into a real ASA they point clients at
 * a lab address, push a DNS server and domain that are not the user's, or use a key that is
 * published on the Internet.
 */
import type { Answers } from '../answers';
import { ciscoExample } from '../defaults';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
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
        msg('rules.example.labValue', { label: labelOf(field), value: valueOf(a) }),
      ),
    ),
  (a) =>
    a.authMethod.preSharedKey === EXAMPLE.authMethod.preSharedKey
      ? [warning('W-EXAMPLE', 'authMethod.preSharedKey', msg('rules.example.publishedKey'))]
      : [],
];
