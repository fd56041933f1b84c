/**
 * Emits the IKE policy, the transform set (+ `mode transport`), the dynamic map (+ PFS, SA lifetime),
 * the crypto map entry, `crypto map M interface IF` and IKE enable (reference.md §3.2 block 8).
 */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import { isCertificate, vpnInterface } from '../derived';
import type { Dialect } from '../dialect';
import { isSet, tok } from '../token';

/**
 * Order matters: a dynamic map must not name an undefined transform set, and the interface is bound
 * to the map only once the map is complete; binding comes last because it can disturb existing VPNs.
 */
export function cryptoCommands(answers: Answers, dialect: Dialect): Command[] {
  const { priority, encryption, hash, dhGroup, lifetime } = answers.ikePolicy;
  const t = answers.transformSet;
  const transformSet = tok(t.transformSetName, 'transform-set');
  const dynamicMap = [
    'crypto',
    'dynamic-map',
    tok(t.dynamicMapName, 'dynamic-map'),
    tok(t.dynamicMapSequence, 'dynamic-map-sequence'),
  ];
  const cryptoMap = tok(t.cryptoMapName, 'crypto-map');
  const outside = vpnInterface(answers);
  const commands: Command[] = [
    {
      tokens: [...dialect.ikePolicy, tok(priority, 'priority')],
      children: [
        ['authentication', isCertificate(answers) ? 'rsa-sig' : 'pre-share'],
        ['encryption', tok(encryption, 'encryption')],
        ['hash', tok(hash, 'hash')],
        ['group', tok(dhGroup, 'dh-group')],
        ['lifetime', tok(lifetime, 'lifetime')],
      ],
    },
    {
      tokens: [
        ...dialect.transformSet,
        transformSet,
        tok(t.espEncryption, 'esp-encryption'),
        tok(t.espAuthentication, 'esp-authentication'),
      ],
    },
    // Native L2TP clients negotiate transport mode; the default is tunnel.
    { tokens: [...dialect.transformSet, transformSet, 'mode', 'transport'] },
    { tokens: [...dynamicMap, ...dialect.dynamicMapTransformSet, transformSet] },
  ];
  if (answers.ipsecSettings.pfs) {
    commands.push({
      tokens: [
        ...dynamicMap,
        'set',
        'pfs',
        `group${tok(answers.ipsecSettings.pfsGroup, 'pfs-group')}`,
      ],
    });
  }
  if (isSet(t.saLifetime)) {
    commands.push({
      tokens: [
        ...dynamicMap,
        'set',
        'security-association',
        'lifetime',
        'seconds',
        tok(t.saLifetime, 'sa-lifetime'),
      ],
    });
  }
  commands.push(
    // The dynamic entry takes the highest sequence so that static site-to-site entries match first.
    {
      tokens: [
        'crypto',
        'map',
        cryptoMap,
        tok(t.cryptoMapSequence, 'crypto-map-sequence'),
        'ipsec-isakmp',
        'dynamic',
        tok(t.dynamicMapName, 'dynamic-map'),
      ],
    },
    { tokens: ['crypto', 'map', cryptoMap, 'interface', outside] },
    { tokens: [...dialect.ikeEnable, outside] },
  );
  return commands;
}
