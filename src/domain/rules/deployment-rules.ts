/**
 * Warnings about how the generated lines meet an ASA that is already in service: shared built-in
 * objects, one crypto map per interface, global sysopt, NAT and hairpinning, AAA groups to finish by hand.
 */
import type { Answers } from '../answers';
import { TUNNEL_GROUP_FOR_PSK } from '../defaults';
import { nat0AclName } from '../ipsec-fields';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
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
            msg('rules.tunnelGroup.shared', { group: TUNNEL_GROUP_FOR_PSK }),
          ),
        ]
      : [warning('W-CERT', 'authMethod.method', msg('rules.certificate.machineCertificates'))],
  (a) =>
    !isPsk(a) && BUILT_IN_TUNNEL_GROUPS.includes(a.authMethod.tunnelGroupName)
      ? [
          warning(
            'N-RES',
            'authMethod.tunnelGroupName',
            msg('rules.builtIn.tunnelGroup', { name: a.authMethod.tunnelGroupName }),
          ),
        ]
      : [],
  (a) =>
    a.clientAttributes.groupPolicyName === 'DfltGrpPolicy'
      ? [warning('N-RES', 'clientAttributes.groupPolicyName', msg('rules.builtIn.groupPolicy'))]
      : [],
  (a) => [
    warning(
      'C-ONEMAP',
      'transformSet.cryptoMapName',
      msg('rules.cryptoMap.onePerInterface', { interface: a.tunnelInterface.vpnInterface }),
    ),
  ],
  (a) => [
    warning(
      'W-EXIST',
      'ikePolicy.priority',
      // Before 8.4 the IKE policies and transform sets are `crypto isakmp` / `crypto ipsec` objects.
      msg('rules.existing.objects', {
        keyword: a.introduction.asaVersion === '8.4-or-later' ? 'ikev1' : 'isakmp',
      }),
    ),
  ],
  (a) =>
    a.tunnelInterface.bypassInterfaceAcls
      ? []
      : [warning('W-SYSOPT', 'tunnelInterface.bypassInterfaceAcls', msg('rules.sysopt.global'))],
  (a) =>
    a.ipsecSettings.natExempt
      ? []
      : [warning('W-NONAT', 'ipsecSettings.natExempt', msg('rules.nat.noExemption'))],
  (a) =>
    a.ipsecSettings.natExempt && a.introduction.asaVersion === '8.2-or-earlier'
      ? [
          warning(
            'W-NAT0',
            'ipsecSettings.exemptNetworks',
            msg('rules.nat.nat0', {
              interface: a.ipsecSettings.natInsideInterface,
              acl: nat0AclName(a.ipsecSettings.natInsideInterface),
            }),
          ),
        ]
      : [],
  (a) =>
    !a.ipsecSettings.splitTunnel && !a.ipsecSettings.hairpin
      ? [
          warning(
            'W-HAIRPIN',
            'ipsecSettings.hairpin',
            msg('rules.hairpin.fullTunnel', { label: labelOf('ipsecSettings.hairpin') }),
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' &&
    !['radius', 'tacacs+'].includes(a.clientAuthentication.aaaProtocol)
      ? [warning('W-AAAEXTRA', 'clientAuthentication.aaaProtocol', msg('rules.aaa.finishByHand'))]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' && a.clientAuthentication.aaaProtocol === 'nt'
      ? [warning('W-NT14', 'clientAuthentication.aaaProtocol', msg('rules.aaa.nt14'))]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'aaa' &&
    ['radius', 'tacacs+'].includes(a.clientAuthentication.aaaProtocol) &&
    a.clientAuthentication.aaaSecretKey.length > LIMITS.aaaKeyWarn
      ? [
          warning(
            'K-AAAKEY',
            'clientAuthentication.aaaSecretKey',
            msg('rules.aaa.keyLength', {
              label: labelOf('clientAuthentication.aaaSecretKey'),
              max: LIMITS.aaaKeyWarn,
            }),
          ),
        ]
      : [],
  (a) =>
    a.clientAttributes.defaultDomain.length > LIMITS.domainWarn
      ? [
          warning(
            'A-DOMAIN',
            'clientAttributes.defaultDomain',
            msg('rules.domain.length', { max: LIMITS.domainWarn }),
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
            msg('rules.psk.short', { min: LIMITS.pskRecommended }),
          ),
        ]
      : [],
];
