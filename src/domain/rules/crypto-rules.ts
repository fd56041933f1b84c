/**
 * IKE and IPsec choices: weak and deprecated algorithms, Android's DH group 2, PFS, lifetimes and
 * sequence numbers. Ranges tagged [K] in reference.md are warnings, never hard errors.
 */
import type { Answers } from '../answers';
import { LIMITS } from '../limits';
import { isWholeNumber } from '../field-checks';
import { FIELD_LABELS } from '../labels';
import { warning, type Rule } from './rule';
import type { ValidationIssue } from '../issues';

const isModern = (a: Answers) => a.introduction.asaVersion === '8.4-or-later';

function outOfRange(
  field: keyof typeof FIELD_LABELS,
  ruleId: string,
  value: string,
  min: number,
  max: number,
  hint: string,
): ValidationIssue[] {
  if (!isWholeNumber(value)) return [];
  const number = Number(value);
  return number < min || number > max
    ? [warning(ruleId, field, `${FIELD_LABELS[field]} ${value} is outside ${min}–${max}; ${hint}`)]
    : [];
}

export const cryptoRules: Rule[] = [
  (a) => {
    const weak: ValidationIssue[] = [];
    const add = (field: keyof typeof FIELD_LABELS, what: string) =>
      weak.push(
        warning(
          'W-WEAK',
          field,
          `${what} is a weak algorithm; prefer AES-256, SHA and DH group 14 where the clients allow it.`,
        ),
      );
    if (a.ikePolicy.encryption === 'des') add('ikePolicy.encryption', 'DES');
    if (a.ikePolicy.hash === 'md5') add('ikePolicy.hash', 'MD5');
    if (a.ikePolicy.dhGroup === '1') add('ikePolicy.dhGroup', 'DH group 1');
    if (a.transformSet.espEncryption === 'esp-des') add('transformSet.espEncryption', 'esp-des');
    if (a.transformSet.espAuthentication === 'esp-md5-hmac')
      add('transformSet.espAuthentication', 'esp-md5-hmac');
    return weak;
  },
  // W-DEPR: recent 9.x releases deprecate (≈9.13) and remove (≈9.15) DH 2/5, 3DES/DES and MD5 [K].
  (a) => {
    const issues: ValidationIssue[] = [];
    const deprecated = (field: keyof typeof FIELD_LABELS, what: string) =>
      issues.push(
        warning(
          'W-DEPR',
          field,
          `Your ASA release may not offer ${what}; if the line is rejected, choose AES/SHA/group 14.`,
        ),
      );
    if (isModern(a)) {
      if (['2', '5', '1'].includes(a.ikePolicy.dhGroup))
        deprecated('ikePolicy.dhGroup', `DH group ${a.ikePolicy.dhGroup}`);
      if (['3des', 'des'].includes(a.ikePolicy.encryption))
        deprecated('ikePolicy.encryption', a.ikePolicy.encryption);
      if (a.ikePolicy.hash === 'md5') deprecated('ikePolicy.hash', 'md5');
      if (['esp-3des', 'esp-des'].includes(a.transformSet.espEncryption))
        deprecated('transformSet.espEncryption', a.transformSet.espEncryption);
      if (a.ikePolicy.dhGroup === '7') deprecated('ikePolicy.dhGroup', 'DH group 7 (8.0–8.3 only)');
      if (
        a.clientAuthentication.userDatabase === 'aaa' &&
        a.clientAuthentication.aaaProtocol === 'nt'
      )
        deprecated('clientAuthentication.aaaProtocol', 'NT authentication servers');
    } else if (a.ikePolicy.dhGroup === '14') {
      deprecated('ikePolicy.dhGroup', 'DH group 14 with IKEv1 before 8.4');
    }
    if (a.ipsecSettings.pfs && a.ipsecSettings.pfsGroup === '14' && !isModern(a))
      deprecated('ipsecSettings.pfsGroup', 'PFS group 14 before 8.4');
    return issues;
  },
  (a) =>
    a.ikePolicy.dhGroup !== '2'
      ? [
          warning(
            'W-ANDROID',
            'ikePolicy.dhGroup',
            'Android 11 and older propose DH group 2 only; add a second IKE policy with group 2 if they must connect.',
          ),
        ]
      : [],
  (a) =>
    a.ipsecSettings.pfs
      ? [
          warning(
            'W-PFS',
            'ipsecSettings.pfs',
            'Windows and other native L2TP clients usually fail with PFS on.',
          ),
        ]
      : [],
  (a) =>
    outOfRange(
      'ikePolicy.lifetime',
      'I-LIFE',
      a.ikePolicy.lifetime,
      LIMITS.lifetimeMin,
      LIMITS.lifetimeMax,
      'the ASA accepts 120–2147483647 seconds.',
    ),
  (a) =>
    outOfRange(
      'transformSet.saLifetime',
      'I-SALIFE',
      a.transformSet.saLifetime,
      LIMITS.lifetimeMin,
      LIMITS.lifetimeMax,
      'the ASA accepts 120–2147483647 seconds.',
    ),
  (a) =>
    isWholeNumber(a.transformSet.saLifetime) &&
    Number(a.transformSet.saLifetime) < LIMITS.windowsMinSaLifetime
      ? [
          warning(
            'W-SA300',
            'transformSet.saLifetime',
            `Windows ignores lifetimes below ${LIMITS.windowsMinSaLifetime} s.`,
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
      'sequence numbers are 1–65535.',
    ),
    ...outOfRange(
      'transformSet.cryptoMapSequence',
      'S-SEQ',
      a.transformSet.cryptoMapSequence,
      LIMITS.sequenceMin,
      LIMITS.sequenceMax,
      'sequence numbers are 1–65535.',
    ),
  ],
  (a) =>
    isWholeNumber(a.transformSet.cryptoMapSequence) &&
    Number(a.transformSet.cryptoMapSequence) < LIMITS.sequenceMax
      ? [
          warning(
            'S-LAST',
            'transformSet.cryptoMapSequence',
            'The dynamic entry must have the highest sequence in the map (65535) so that static site-to-site entries match first.',
          ),
        ]
      : [],
];
