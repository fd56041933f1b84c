/**
 * Interface names: step 1 declares them; steps 2, 5 and 11 pick from them. A name picked later that is
 * not declared would produce `crypto map … interface X` or `nat (X,…)` lines the ASA rejects.
 */
import type { Answers } from '../answers';
import { listLines } from '../net';
import { LIMITS } from '../limits';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
import { commaList } from './list-message';
import { error, warning, type Rule } from './rule';

/** The names step 1 declares, in order; the selects of steps 2, 5 and 11 offer exactly these. */
export function declaredInterfaceNames(
  introduction: Pick<
    Answers['introduction'],
    'outsideInterface' | 'insideInterface' | 'otherInterfaces'
  >,
): string[] {
  const { outsideInterface, insideInterface, otherInterfaces } = introduction;
  return [outsideInterface, insideInterface, ...listLines(otherInterfaces)].filter(
    (name) => name !== '',
  );
}

const interfaceNames = (answers: Answers) => declaredInterfaceNames(answers.introduction);

const mustExist = (
  field:
    | 'tunnelInterface.vpnInterface'
    | 'clientAuthentication.aaaInterface'
    | 'ipsecSettings.natInsideInterface',
  value: string,
  names: string[],
) =>
  value !== '' && !names.includes(value)
    ? [
        error(
          'IF-EXIST',
          field,
          msg('rules.interface.notDeclared', {
            label: labelOf(field),
            value,
            names: commaList(names),
          }),
        ),
      ]
    : [];

export const interfaceRules: Rule[] = [
  (a) => {
    const names = interfaceNames(a);
    const seen = new Map<string, string>();
    const issues = [];
    for (const name of names) {
      const previous = seen.get(name.toLowerCase());
      if (previous === name) {
        issues.push(
          error(
            'IF-UNIQUE',
            'introduction.otherInterfaces',
            msg('rules.interface.twice', { name }),
          ),
        );
      } else if (previous !== undefined) {
        issues.push(
          warning(
            'IF-UNIQUE',
            'introduction.otherInterfaces',
            msg('rules.interface.caseOnly', { first: previous, second: name }),
          ),
        );
      }
      seen.set(name.toLowerCase(), name);
    }
    return issues;
  },
  (a) =>
    interfaceNames(a)
      .filter((name) => name.length > LIMITS.interfaceNameWarn)
      .map((name) =>
        warning(
          'N-IF',
          'introduction.outsideInterface',
          msg('rules.interface.long', { max: LIMITS.interfaceNameWarn, name: name.slice(0, 20) }),
        ),
      ),
  (a) =>
    mustExist('tunnelInterface.vpnInterface', a.tunnelInterface.vpnInterface, interfaceNames(a)),
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa'
      ? mustExist(
          'clientAuthentication.aaaInterface',
          a.clientAuthentication.aaaInterface,
          interfaceNames(a),
        )
      : [],
  (a) => {
    if (!a.ipsecSettings.natExempt) return [];
    const existing = mustExist(
      'ipsecSettings.natInsideInterface',
      a.ipsecSettings.natInsideInterface,
      interfaceNames(a),
    );
    if (existing.length > 0) return existing;
    return a.ipsecSettings.natInsideInterface === a.tunnelInterface.vpnInterface
      ? [
          error(
            'NAT-IF',
            'ipsecSettings.natInsideInterface',
            msg('rules.interface.natInside', {
              label: labelOf('ipsecSettings.natInsideInterface'),
              vpnLabel: labelOf('tunnelInterface.vpnInterface'),
              interface: a.tunnelInterface.vpnInterface,
            }),
          ),
        ]
      : [];
  },
];
