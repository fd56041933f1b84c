/**
 * Warnings about how the generated lines meet an ASA that is already in service: shared built-in
 * objects, one crypto map per interface, global sysopt, NAT and hairpinning, AAA groups to finish by hand.
 */
import type { Answers } from '../answers';
import { TUNNEL_GROUP_FOR_PSK } from '../defaults';
import { nat0AclName } from '../ipsec-fields';
import { LIMITS } from '../limits';
import { warning, type Rule } from './rule';

const BUILT_IN_TUNNEL_GROUPS = ['DefaultRAGroup', 'DefaultL2LGroup', 'DefaultWEBVPNGroup'];
const isPsk = (a: Answers) => a.authMethod.method === 'pre-shared-key';

export const deploymentRules: Rule[] = [
  (a) =>
    isPsk(a)
      ? [
          warning(
            'W-DRG',
            'authMethod.tunnelGroupName',
            `${TUNNEL_GROUP_FOR_PSK} is shared: existing settings (for example an AAA server group) stay unless overwritten.`,
          ),
        ]
      : [
          warning(
            'W-CERT',
            'authMethod.method',
            'Certificate L2TP needs machine certificates on clients and a trustpoint on the ASA; the client checklist covers the pre-shared key only.',
          ),
        ],
  (a) =>
    !isPsk(a) && BUILT_IN_TUNNEL_GROUPS.includes(a.authMethod.tunnelGroupName)
      ? [
          warning(
            'N-RES',
            'authMethod.tunnelGroupName',
            `${a.authMethod.tunnelGroupName} is built in; the wizard will modify the existing one.`,
          ),
        ]
      : [],
  (a) =>
    a.clientAttributes.groupPolicyName === 'DfltGrpPolicy'
      ? [
          warning(
            'N-RES',
            'clientAttributes.groupPolicyName',
            'DfltGrpPolicy is built in; the wizard will modify the existing one, which every other VPN inherits from. Its vpn-tunnel-protocol becomes l2tp-ipsec only, so other VPN types that inherit it (AnyConnect, IPsec clients, site-to-site) stop connecting; prefer a group policy of its own.',
          ),
        ]
      : [],
  (a) => [
    warning(
      'C-ONEMAP',
      'transformSet.cryptoMapName',
      `An interface holds one crypto map. If ${a.tunnelInterface.vpnInterface} already has a map, use its name (show run crypto map | include interface) and a sequence number that map does not use yet (ASDM often puts its SYSTEM_DEFAULT_CRYPTO_MAP at 65535; an existing entry is overwritten). A new name replaces the binding and drops existing site-to-site tunnels.`,
    ),
  ],
  (a) => [
    warning(
      'W-EXIST',
      'ikePolicy.priority',
      // Before 8.4 the IKE policies and transform sets are `crypto isakmp` / `crypto ipsec` objects.
      `Existing objects with the same number or name (IKE policy, transform set, pool, group policy, username) are modified, not duplicated; check show run crypto ${a.introduction.asaVersion === '8.4-or-later' ? 'ikev1' : 'isakmp'}, show run group-policy and show run username first.`,
    ),
  ],
  (a) =>
    a.tunnelInterface.bypassInterfaceAcls
      ? []
      : [
          warning(
            'W-SYSOPT',
            'tunnelInterface.bypassInterfaceAcls',
            '"no sysopt connection permit-vpn" is global: every VPN\'s decrypted traffic then needs outside ACL entries.',
          ),
        ],
  (a) =>
    a.ipsecSettings.natExempt
      ? []
      : [
          warning(
            'W-NONAT',
            'ipsecSettings.natExempt',
            'Without NAT exemption, replies to VPN clients may be translated by existing NAT rules.',
          ),
        ],
  (a) =>
    a.ipsecSettings.natExempt && a.introduction.asaVersion === '8.2-or-earlier'
      ? [
          warning(
            'W-NAT0',
            'ipsecSettings.exemptNetworks',
            `On 8.2, a nat (${a.ipsecSettings.natInsideInterface}) 0 rule with another ACL name replaces the existing one; the wizard reuses ${nat0AclName(a.ipsecSettings.natInsideInterface)}, so check show run nat first.`,
          ),
        ]
      : [],
  (a) =>
    !a.ipsecSettings.splitTunnel && !a.ipsecSettings.hairpin
      ? [
          warning(
            'W-HAIRPIN',
            'ipsecSettings.hairpin',
            'Clients send all Internet traffic to the ASA; tick Allow Internet access for full-tunnel clients to add the hairpin lines.',
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' &&
    !['radius', 'tacacs+'].includes(a.clientAuthentication.aaaProtocol)
      ? [
          warning(
            'W-AAAEXTRA',
            'clientAuthentication.aaaProtocol',
            'Finish this server group by hand (base DN, login DN, domain controller or realm); the wizard does not collect those settings.',
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' && a.clientAuthentication.aaaProtocol === 'nt'
      ? [
          warning(
            'W-NT14',
            'clientAuthentication.aaaProtocol',
            'NT servers cut passwords off at 14 characters; longer passwords fail.',
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' &&
    ['radius', 'tacacs+'].includes(a.clientAuthentication.aaaProtocol) &&
    a.clientAuthentication.aaaSecretKey.length > LIMITS.aaaKeyWarn
      ? [
          warning(
            'K-AAAKEY',
            'clientAuthentication.aaaSecretKey',
            'Server Secret Key is longer than 127 characters, which some ASA releases do not accept.',
          ),
        ]
      : [],
  (a) =>
    a.clientAttributes.defaultDomain.length > LIMITS.domainWarn
      ? [
          warning(
            'A-DOMAIN',
            'clientAttributes.defaultDomain',
            'Domain names are limited to 63 characters on the ASA.',
          ),
        ]
      : [],
  (a) =>
    isPsk(a) &&
    a.authMethod.preSharedKey.length > 0 &&
    a.authMethod.preSharedKey.length < LIMITS.pskRecommended
      ? [
          warning(
            'W-PSKLEN',
            'authMethod.preSharedKey',
            'Short keys can be guessed offline; use 16 or more random characters.',
          ),
        ]
      : [],
];
