/**
 * Hostile strings in every free-text field are rejected with a message naming the field: a newline
 * followed by a command, '?', spaces inside a token, 10,000 characters, non-ASCII, and empty values in
 * required fields. Whatever reaches the CLI generator is therefore a single, clean token.
 */
import { english } from '../i18n/english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { ciscoExample } from './defaults';
import { labelOf, type FieldPath } from './labels';
import { validateAnswers } from './validate';

interface TextField {
  path: string;
  label: string;
  /** Switches the scenario so that the field is in use. */
  activate?: (a: Answers) => void;
  optional?: boolean;
  /** The field legitimately contains spaces (lists of "address mask", the Windows connection name). */
  spacesAllowed?: boolean;
}

const aaa = (a: Answers) => {
  Object.assign(a.clientAuthentication, {
    userDatabase: 'aaa',
    aaaServerGroup: 'RAD',
    aaaServerIp: '10.1.1.10',
    aaaSecretKey: 'S3cret-key',
    aaaSecretKeyConfirm: 'S3cret-key',
  });
};
const certificate = (a: Answers) => {
  a.authMethod.method = 'certificate';
  a.authMethod.trustpoint = 'ASA-TP';
  a.authMethod.tunnelGroupName = 'L2TP-CERT';
};
const split = (a: Answers) => {
  a.ipsecSettings.splitTunnel = true;
  a.ipsecSettings.splitNetworks = '10.10.0.0/16';
};
const field = (path: FieldPath, extra: Partial<TextField> = {}): TextField => ({
  path,
  label: english(labelOf(path)),
  ...extra,
});

const TEXT_FIELDS: TextField[] = [
  field('introduction.outsideInterface'),
  field('introduction.insideInterface'),
  field('introduction.otherInterfaces', { optional: true }),
  field('tunnelInterface.vpnInterface'),
  field('tunnelInterface.publicAddress'),
  field('authMethod.preSharedKey'),
  field('authMethod.tunnelGroupName', { activate: certificate }),
  field('authMethod.trustpoint', { activate: certificate }),
  field('clientAuthentication.aaaServerGroup', { activate: aaa }),
  field('clientAuthentication.aaaServerIp', { activate: aaa }),
  field('clientAuthentication.aaaInterface', { activate: aaa }),
  field('clientAuthentication.aaaSecretKey', { activate: aaa }),
  { path: 'userAccounts.users.0.username', label: 'Username' },
  { path: 'userAccounts.users.0.password', label: 'Password' },
  field('addressPool.poolName'),
  field('addressPool.startIp'),
  field('addressPool.endIp'),
  field('addressPool.subnetMask'),
  field('ikePolicy.priority'),
  field('ikePolicy.lifetime'),
  field('transformSet.transformSetName'),
  field('transformSet.dynamicMapName'),
  field('transformSet.dynamicMapSequence'),
  field('transformSet.cryptoMapName'),
  field('transformSet.cryptoMapSequence'),
  field('transformSet.saLifetime', { optional: true }),
  field('clientAttributes.groupPolicyName'),
  field('clientAttributes.dnsPrimary', { optional: true }),
  field('clientAttributes.dnsSecondary', { optional: true }),
  field('clientAttributes.winsPrimary', { optional: true }),
  field('clientAttributes.winsSecondary', { optional: true }),
  field('clientAttributes.defaultDomain', { optional: true }),
  field('ipsecSettings.natInsideInterface'),
  field('ipsecSettings.exemptNetworks', { spacesAllowed: true }),
  field('ipsecSettings.poolObjectName'),
  field('ipsecSettings.splitNetworks', { activate: split, spacesAllowed: true }),
  field('ipsecSettings.splitAclName', { activate: split }),
  field('ipsecSettings.interceptDhcpNetmask', { activate: split }),
  field('clientOptions.connectionName', { spacesAllowed: true }),
];

function setPath(target: unknown, path: string, value: string) {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** A plausible value for the field followed or preceded by something hostile. */
const hostile = (f: TextField) =>
  fc.oneof(
    fc.constantFrom(
      '\nwrite erase',
      '\r\nwrite erase',
      'ok\nwrite erase',
      'x\tclear configure all',
    ),
    fc.string({ minLength: 0, maxLength: 5 }).map((s) => `${s.replace(/\s/g, '')}a?b`),
    f.spacesAllowed ? fc.constant('a\u0000b') : fc.constantFrom('a b', 'two words here'),
    fc.constant('x'.repeat(10_000)),
    fc.constantFrom('café', '日本語', 'ｏｕｔｓｉｄｅ', 'naïve-key', '\u200binside'),
    ...(f.optional ? [] : [fc.constant('')]),
  );

describe('hostile input in every free-text field', () => {
  it('is rejected with a message naming the field', () => {
    const cases = fc
      .constantFrom(...TEXT_FIELDS)
      .chain((f) => hostile(f).map((value) => ({ f, value })));
    fc.assert(
      fc.property(cases, ({ f, value }) => {
        const answers = ciscoExample();
        f.activate?.(answers);
        setPath(answers, f.path, value);
        const errors = validateAnswers(answers).filter(
          (i) => i.severity === 'error' && i.field === f.path,
        );
        expect(errors.length, `${f.path} = ${JSON.stringify(value.slice(0, 30))}`).toBeGreaterThan(
          0,
        );
        expect(errors.some((e) => english(e.message).includes(f.label))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every field of the Cisco example as it is', () => {
    for (const f of TEXT_FIELDS) {
      const answers = ciscoExample();
      f.activate?.(answers);
      expect(
        validateAnswers(answers).filter((i) => i.severity === 'error' && i.field === f.path),
      ).toEqual([]);
    }
  });
});
