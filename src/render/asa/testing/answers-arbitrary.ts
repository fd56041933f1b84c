/**
 * Test helper: fast-check arbitraries of answers. `candidateAnswers` varies every field within what
 * the wizard can hold and is mostly valid (the property test still filters with validateAnswers);
 * `hostileAnswers` puts arbitrary strings, newlines and control characters into every text field.
 */
import fc from 'fast-check';
import type { Answers, LocalUser } from '../../../domain/answers';
import { defaultAnswers } from '../../../domain/defaults';
import { formatIpv4, prefixToMaskValue } from '../../../domain/net';
import {
  AAA_PROTOCOLS,
  ASA_VERSIONS,
  DH_GROUPS,
  IKE_ENCRYPTIONS,
  IKE_HASHES,
  PFS_GROUPS,
  PPP_TYPES,
  valuesOf,
  type PppType,
} from '../../../domain/options';
import { PPP_SUPPORT } from '../../../domain/rules/ppp-rules';

const NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-';
/** TOK: printable ASCII without space and '?'. */
const TOKEN_CHARS = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '?')
  .join('');

const charsOf = (alphabet: string) => fc.constantFrom(...alphabet.split(''));
const name = (maxLength = 64) => fc.string({ unit: charsOf(NAME_CHARS), minLength: 1, maxLength });
const token = (minLength: number, maxLength: number) =>
  fc.string({ unit: charsOf(TOKEN_CHARS), minLength, maxLength });

/** A usable host address (not 0/8 … 127/8, multicast or reserved). */
const hostIp = fc
  .tuple(
    fc.integer({ min: 1, max: 223 }),
    fc.nat(255),
    fc.nat(255),
    fc.integer({ min: 1, max: 254 }),
  )
  .filter(([a]) => a !== 127)
  .map((octets) => octets.join('.'));

const mask = fc.integer({ min: 1, max: 32 }).map((prefix) => formatIpv4(prefixToMaskValue(prefix)));

/** A number as typed, sometimes with surrounding spaces (the schema trims them). */
const typed = (arb: fc.Arbitrary<number>) =>
  fc
    .tuple(arb, fc.constantFrom('', ' '), fc.constantFrom('', ' '))
    .map(([n, a, b]) => `${a}${n}${b}`);

/** An aligned network as CIDR or address + mask. */
const network = fc
  .tuple(fc.nat(2 ** 32 - 1), fc.integer({ min: 8, max: 32 }), fc.boolean())
  .map(([address, prefix, cidr]) => {
    const net = formatIpv4((address & prefixToMaskValue(prefix)) >>> 0);
    return cidr ? `${net}/${prefix}` : `${net} ${formatIpv4(prefixToMaskValue(prefix))}`;
  });

const lineBreak = fc.constantFrom('\n', '\r\n', '\n\n');
const list = (entry: fc.Arbitrary<string>, minLength: number) =>
  fc
    .tuple(fc.array(entry, { minLength, maxLength: 4 }), lineBreak)
    .map(([entries, separator]) => entries.join(separator));

const pool = fc
  .tuple(fc.nat(2 ** 32 - 1), fc.integer({ min: 8, max: 30 }), fc.nat(), fc.nat())
  .map(([address, prefix, a, b]) => {
    const maskValue = prefixToMaskValue(prefix);
    const base = (address & maskValue) >>> 0;
    const size = 2 ** (32 - prefix);
    const [low, high] = [a % size, b % size].sort((x, y) => x - y) as [number, number];
    return {
      startIp: formatIpv4(base + low),
      endIp: formatIpv4(base + high),
      subnetMask: formatIpv4(maskValue),
    };
  });

/** Distinct interface names (case-insensitively): outside, inside and up to two more. */
const interfaces = fc.uniqueArray(name(20), {
  minLength: 2,
  maxLength: 4,
  selector: (n) => n.toLowerCase(),
});

const users = fc.uniqueArray(
  fc.record<LocalUser>({ username: token(1, 64), password: token(3, 127) }),
  { maxLength: 4, selector: (user) => user.username },
);

/** LOCAL half of the time, so that user lines are well covered. */
const database = fc.oneof(
  fc.constant('local' as const),
  fc.constantFrom(...valuesOf(AAA_PROTOCOLS)),
);

/** A non-empty subset of the PPP types the database supports (P-ONE, P-AAA). */
function pppFor(db: keyof typeof PPP_SUPPORT): fc.Arbitrary<Record<PppType, boolean>> {
  const allowed: readonly PppType[] = db === 'sdi' ? ['pap'] : PPP_SUPPORT[db];
  return fc
    .subarray([...allowed], { minLength: 1 })
    .map(
      (ticked) =>
        Object.fromEntries(PPP_TYPES.map(([key]) => [key, ticked.includes(key)])) as Record<
          PppType,
          boolean
        >,
    );
}

const optionalPair = fc.option(fc.tuple(hostIp, fc.option(hostIp, { nil: '' })), { nil: null });

export const candidateAnswers: fc.Arbitrary<Answers> = fc
  .record({
    version: fc.constantFrom(...valuesOf(ASA_VERSIONS)),
    interfaces,
    vpnPick: fc.nat(),
    natPick: fc.nat(),
    aaaPick: fc.nat(),
    bypass: fc.boolean(),
    db: database,
    certificate: fc.boolean(),
    psk: token(1, 128),
    tunnelGroup: fc.oneof(
      { arbitrary: name(), weight: 3 },
      { arbitrary: fc.constantFrom('DefaultRAGroup', 'DefaultWEBVPNGroup'), weight: 1 },
    ),
    trustpoint: name(),
    aaaGroup: name(),
    aaaIp: hostIp,
    aaaKey: token(1, 256),
    users,
    vpnOnly: fc.boolean(),
    poolName: name(),
    pool,
    priority: typed(fc.integer({ min: 1, max: 65535 })),
    encryption: fc.constantFrom(...valuesOf(IKE_ENCRYPTIONS)),
    hash: fc.constantFrom(...valuesOf(IKE_HASHES)),
    dhGroup: fc.constantFrom(...valuesOf(DH_GROUPS)),
    lifetime: typed(fc.integer({ min: 0, max: 2147483647 })),
    transformSetName: name(),
    espEncryption: fc.constantFrom('esp-des', 'esp-3des', 'esp-aes', 'esp-aes-192', 'esp-aes-256'),
    espAuthentication: fc.constantFrom('esp-sha-hmac', 'esp-md5-hmac'),
    dynamicMapName: name(),
    dynamicMapSequence: typed(fc.integer({ min: 1, max: 65535 })),
    cryptoMapName: name(),
    cryptoMapSequence: typed(fc.integer({ min: 1, max: 65535 })),
    saLifetime: fc.option(typed(fc.integer({ min: 0, max: 2147483647 })), { nil: '' }),
    groupPolicyName: fc.oneof(
      { arbitrary: name(), weight: 4 },
      { arbitrary: fc.constant('DfltGrpPolicy'), weight: 1 },
    ),
    dns: optionalPair,
    wins: optionalPair,
    defaultDomain: fc.option(fc.domain(), { nil: '' }),
    natExempt: fc.boolean(),
    exemptNetworks: list(fc.oneof(network, fc.constantFrom('any', 'ANY', 'Any')), 1),
    poolObjectName: name(),
    splitTunnel: fc.boolean(),
    splitNetworks: list(network, 1),
    splitAclName: name(),
    interceptDhcp: fc.boolean(),
    interceptDhcpNetmask: mask,
    hairpin: fc.boolean(),
    pfs: fc.boolean(),
    pfsGroup: fc.constantFrom(...valuesOf(PFS_GROUPS)),
  })
  .chain((r) => pppFor(r.db).map((ppp) => ({ ...r, ppp })))
  .map((r) => {
    const a = defaultAnswers();
    const [outside, inside, ...others] = r.interfaces as [string, string, ...string[]];
    const pick = (n: number) => r.interfaces[n % r.interfaces.length]!;
    const vpn = pick(r.vpnPick);
    const nonVpn = r.interfaces.filter((i) => i !== vpn);
    a.introduction = {
      asaVersion: r.version,
      outsideInterface: outside,
      insideInterface: inside,
      otherInterfaces: others.join('\n'),
    };
    a.tunnelInterface.vpnInterface = vpn;
    a.tunnelInterface.bypassInterfaceAcls = r.bypass;
    a.remoteAccessClient.ppp = r.ppp;
    a.authMethod = r.certificate
      ? {
          method: 'certificate',
          preSharedKey: '',
          tunnelGroupName: r.tunnelGroup,
          trustpoint: r.trustpoint,
        }
      : {
          method: 'pre-shared-key',
          preSharedKey: r.psk,
          tunnelGroupName: 'DefaultRAGroup',
          trustpoint: '',
        };
    if (r.db !== 'local') {
      a.clientAuthentication = {
        userDatabase: 'aaa',
        aaaServerGroup: r.aaaGroup,
        aaaProtocol: r.db,
        aaaServerIp: r.aaaIp,
        aaaInterface: pick(r.aaaPick),
        aaaSecretKey: r.aaaKey,
        aaaSecretKeyConfirm: r.aaaKey,
      };
    }
    a.userAccounts = { users: r.users, vpnOnly: r.vpnOnly };
    a.addressPool = { poolName: r.poolName, ...r.pool };
    a.ikePolicy = {
      priority: r.priority,
      encryption: r.encryption,
      hash: r.hash,
      dhGroup: r.dhGroup,
      lifetime: r.lifetime,
    };
    a.transformSet = {
      transformSetName: r.transformSetName,
      espEncryption: r.espEncryption,
      espAuthentication: r.espAuthentication,
      dynamicMapName: r.dynamicMapName,
      dynamicMapSequence: r.dynamicMapSequence,
      cryptoMapName: r.cryptoMapName,
      cryptoMapSequence: r.cryptoMapSequence,
      saLifetime: r.saLifetime,
    };
    a.clientAttributes = {
      groupPolicyName: r.groupPolicyName,
      dnsPrimary: r.dns?.[0] ?? '',
      dnsSecondary: r.dns?.[1] ?? '',
      winsPrimary: r.wins?.[0] ?? '',
      winsSecondary: r.wins?.[1] ?? '',
      defaultDomain: r.defaultDomain,
    };
    a.ipsecSettings = {
      natExempt: r.natExempt,
      natInsideInterface: nonVpn[r.natPick % nonVpn.length]!,
      exemptNetworks: r.exemptNetworks,
      poolObjectName: r.poolObjectName,
      splitTunnel: r.splitTunnel,
      splitNetworks: r.splitTunnel ? r.splitNetworks : '',
      splitAclName: r.splitAclName,
      interceptDhcp: r.interceptDhcp,
      interceptDhcpNetmask: r.interceptDhcpNetmask,
      hairpin: r.hairpin,
      pfs: r.pfs,
      pfsGroup: r.pfsGroup,
    };
    return a;
  });

/** Strings meant to break a line-oriented output: line breaks, controls, '?', non-ASCII. */
const HOSTILE = [
  '',
  ' ',
  'outside\nwrite erase',
  'a\r\nno crypto map outside_map interface outside',
  'x\ry',
  '\u0000\u0007\u001b[2J',
  'tab\there',
  'what?',
  'caf\u00e9',
  '\u2028next',
  '\u0085nel',
  '\ud83d\ude00',
  ' 10 ',
  'any\nANY\n10.1.1.0/24\n\n300.1.1.1/8\n10.1.1.5/24',
];

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.constantFrom(...HOSTILE),
  fc.tuple(network, lineBreak, fc.string({ unit: 'binary', maxLength: 10 })).map((p) => p.join('')),
);

/**
 * Answers of the right shape whose every string (enumerations included) is arbitrary: what a
 * hand-edited or hostile file could put into the preview before validation rejects it.
 */
export const hostileAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.array(hostileString, { minLength: 60, maxLength: 60 }),
    fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    fc.array(fc.record({ username: hostileString, password: hostileString }), { maxLength: 3 }),
  )
  .map(([strings, flags, userList]) => {
    let s = 0;
    let f = 0;
    const next = () => strings[s++]!;
    const flag = () => flags[f++]!;
    const fill = (value: unknown): unknown => {
      if (typeof value === 'string') return next();
      if (typeof value === 'boolean') return flag();
      if (Array.isArray(value)) return userList;
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
      }
      return value;
    };
    const a = fill(defaultAnswers()) as Answers;
    return a;
  });
