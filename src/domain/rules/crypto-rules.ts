/**
 * IKE and IPsec choices: weak and deprecated algorithms, Android's DH group 2, PFS, lifetimes and
 * sequence numbers. Ranges tagged [K] in reference.md are warnings, never hard errors.
 */
import type { Answers } from '../answers';
import { LIMITS } from '../limits';
import { isWholeNumber } from '../field-checks';
import { msg, type Msg, type Param } from '../../i18n/catalogue';
import { labelOf, type FieldPath } from '../labels';
import { warning, type Rule } from './rule';
import type { ValidationIssue } from '../issues';

const isModern = (a: Answers) => a.introduction.asaVersion === '8.4-or-later';

function outOfRange(
  field: FieldPath,
  ruleId: string,
  value: string,
  min: number,
  max: number,
  id: 'rules.range.lifetime' | 'rules.range.sequence',
): ValidationIssue[] {
  if (!isWholeNumber(value)) return [];
  const number = Number(value);
  return number < min || number > max
    ? [warning(ruleId, field, msg(id, { label: labelOf(field), value, min, max }))]
    : [];
}

const dhGroup = (group: string): Msg => msg('rules.dhGroup', { group });

export const cryptoRules: Rule[] = [
  (a) => {
    const weak: ValidationIssue[] = [];
    const add = (field: FieldPath, algorithm: Param) =>
      weak.push(warning('W-WEAK', field, msg('rules.weak.algorithm', { algorithm })));
    if (a.ikePolicy.encryption === 'des') add('ikePolicy.encryption', 'DES');
    if (a.ikePolicy.hash === 'md5') add('ikePolicy.hash', 'MD5');
    if (a.ikePolicy.dhGroup === '1') add('ikePolicy.dhGroup', dhGroup('1'));
    if (a.transformSet.espEncryption === 'esp-des') add('transformSet.espEncryption', 'esp-des');
    if (a.transformSet.espAuthentication === 'esp-md5-hmac')
      add('transformSet.espAuthentication', 'esp-md5-hmac');
    return weak;
  },
  // W-DEPR: recent 9.x releases deprecate (≈9.13) and remove (≈9.15) DH 2/5, 3DES/DES and MD5 [K].
  (a) => {
    const issues: ValidationIssue[] = [];
    const deprecated = (field: FieldPath, feature: Param) =>
      issues.push(warning('W-DEPR', field, msg('rules.deprecated.release', { feature })));
    if (isModern(a)) {
      if (['2', '5', '1'].includes(a.ikePolicy.dhGroup))
        deprecated('ikePolicy.dhGroup', dhGroup(a.ikePolicy.dhGroup));
      if (['3des', 'des'].includes(a.ikePolicy.encryption))
        deprecated('ikePolicy.encryption', a.ikePolicy.encryption);
      if (a.ikePolicy.hash === 'md5') deprecated('ikePolicy.hash', 'md5');
      if (['esp-3des', 'esp-des'].includes(a.transformSet.espEncryption))
        deprecated('transformSet.espEncryption', a.transformSet.espEncryption);
      if (a.ikePolicy.dhGroup === '7')
        deprecated('ikePolicy.dhGroup', msg('rules.deprecated.dhGroup7'));
      if (
        a.clientAuthentication.userDatabase === 'aaa' &&
        a.clientAuthentication.aaaProtocol === 'nt'
      )
        deprecated('clientAuthentication.aaaProtocol', msg('rules.deprecated.ntServers'));
    } else if (a.ikePolicy.dhGroup === '14') {
      deprecated('ikePolicy.dhGroup', msg('rules.deprecated.dhGroup14Before84'));
    }
    if (a.ipsecSettings.pfs && a.ipsecSettings.pfsGroup === '14' && !isModern(a))
      deprecated('ipsecSettings.pfsGroup', msg('rules.deprecated.pfsGroup14Before84'));
    return issues;
  },
  (a) =>
    a.ikePolicy.dhGroup !== '2'
      ? [warning('W-ANDROID', 'ikePolicy.dhGroup', msg('rules.android.dhGroup2'))]
      : [],
  (a) =>
    a.ipsecSettings.pfs ? [warning('W-PFS', 'ipsecSettings.pfs', msg('rules.pfs.windows'))] : [],
  (a) =>
    outOfRange(
      'ikePolicy.lifetime',
      'I-LIFE',
      a.ikePolicy.lifetime,
      LIMITS.lifetimeMin,
      LIMITS.lifetimeMax,
      'rules.range.lifetime',
    ),
  (a) =>
    outOfRange(
      'transformSet.saLifetime',
      'I-SALIFE',
      a.transformSet.saLifetime,
      LIMITS.lifetimeMin,
      LIMITS.lifetimeMax,
      'rules.range.lifetime',
    ),
  (a) =>
    isWholeNumber(a.transformSet.saLifetime) &&
    Number(a.transformSet.saLifetime) < LIMITS.windowsMinSaLifetime
      ? [
          warning(
            'W-SA300',
            'transformSet.saLifetime',
            msg('rules.saLifetime.windowsMin', { seconds: LIMITS.windowsMinSaLifetime }),
          ),
        ]
      : [],
  (a) => [
    ...outOfRange(
      'transformSet.dynamicMapSequence',
      'S-SEQ',
      a.transformSet.dynamicMapSequence,
      LIMITS.sequenceMin,
      LIMITS.sequenceMax,
      'rules.range.sequence',
    ),
    ...outOfRange(
      'transformSet.cryptoMapSequence',
      'S-SEQ',
      a.transformSet.cryptoMapSequence,
      LIMITS.sequenceMin,
      LIMITS.sequenceMax,
      'rules.range.sequence',
    ),
  ],
  (a) =>
    isWholeNumber(a.transformSet.cryptoMapSequence) &&
    Number(a.transformSet.cryptoMapSequence) < LIMITS.sequenceMax
      ? [warning('S-LAST', 'transformSet.cryptoMapSequence', msg('rules.sequence.last'))]
      : [],
];
