/**
 * What the Summary shows for each step: [label, value] rows in the step's own order, with option
 * values turned back into their labels, booleans into Yes/No and secrets masked. Fields that do not
 * apply (e.g. the AAA fields with the local database) are left out, as on the step itself.
 * Labels and worded values are catalogue messages (shown in the UI's language); what the user
 * typed, CLI keywords and protocol names are plain strings, shown as they are.
 */
import { msg, type Msg } from '../i18n/catalogue';
import type { AnswerStepId, Answers } from '../domain/answers';
import { labelOf, type FieldPath } from '../domain/labels';
import { listLines } from '../domain/net';
import {
  AAA_PROTOCOLS,
  ASA_VERSIONS,
  AUTH_METHODS,
  optionLabel,
  optionText,
  PPP_TYPES,
  USER_DATABASES,
} from '../domain/options';
import { commaList } from '../domain/rules/list-message';

export type SummaryValue = Msg | string;
export type SummaryRow = readonly [label: Msg, value: SummaryValue];

export const MASKED = '••••••••';
const NOT_SET = msg('summary.value.notSet');
const NONE = msg('summary.value.none');

const yesNo = (value: boolean) => msg(value ? 'summary.value.yes' : 'summary.value.no');
const secret = (value: string) => (value === '' ? NOT_SET : MASKED);
const text = (value: string) => (value.trim() === '' ? NOT_SET : value);
const list = (value: string) => {
  const lines = listLines(value);
  return lines.length > 0 ? commaList(lines) : NOT_SET;
};
const row = (path: FieldPath, value: SummaryValue): SummaryRow => [labelOf(path), value];

/** The names of the ticked PPP types (protocol names: the same in every language). */
const enabledPpp = (ppp: Answers['remoteAccessClient']['ppp']) =>
  PPP_TYPES.filter(([key]) => ppp[key]).map(([, label]) => label);

export const SUMMARY_ROWS: Record<AnswerStepId, (a: Answers) => SummaryRow[]> = {
  introduction: ({ introduction: s }) => [
    row('introduction.asaVersion', optionText(ASA_VERSIONS, s.asaVersion)),
    row('introduction.outsideInterface', text(s.outsideInterface)),
    row('introduction.insideInterface', text(s.insideInterface)),
    row('introduction.otherInterfaces', list(s.otherInterfaces)),
  ],
  tunnelInterface: ({ tunnelInterface: s }) => [
    row('tunnelInterface.vpnInterface', text(s.vpnInterface)),
    row('tunnelInterface.bypassInterfaceAcls', yesNo(s.bypassInterfaceAcls)),
    row('tunnelInterface.publicAddress', text(s.publicAddress)),
    row('tunnelInterface.asaBehindNat', yesNo(s.asaBehindNat)),
  ],
  remoteAccessClient: ({ remoteAccessClient: s }) => [
    [msg('summary.row.clientType'), labelOf('remoteAccessClient.clientType')],
    row('remoteAccessClient.ppp', commaList(enabledPpp(s.ppp)) || NONE),
  ],
  authMethod: ({ authMethod: s }) => [
    row('authMethod.method', optionText(AUTH_METHODS, s.method)),
    s.method === 'pre-shared-key'
      ? row('authMethod.preSharedKey', secret(s.preSharedKey))
      : row('authMethod.trustpoint', text(s.trustpoint)),
    row('authMethod.tunnelGroupName', text(s.tunnelGroupName)),
  ],
  clientAuthentication: ({ clientAuthentication: s }) =>
    s.userDatabase === 'aaa'
      ? [
          row('clientAuthentication.userDatabase', optionText(USER_DATABASES, s.userDatabase)),
          row('clientAuthentication.aaaServerGroup', text(s.aaaServerGroup)),
          row('clientAuthentication.aaaProtocol', optionLabel(AAA_PROTOCOLS, s.aaaProtocol)),
          row('clientAuthentication.aaaServerIp', text(s.aaaServerIp)),
          row('clientAuthentication.aaaInterface', text(s.aaaInterface)),
          row('clientAuthentication.aaaSecretKey', secret(s.aaaSecretKey)),
        ]
      : [row('clientAuthentication.userDatabase', optionText(USER_DATABASES, s.userDatabase))],
  userAccounts: ({ userAccounts: s, clientAuthentication }) =>
    clientAuthentication.userDatabase === 'aaa'
      ? [row('userAccounts.users', msg('summary.value.usersSkipped'))]
      : [
          row(
            'userAccounts.users',
            commaList(s.users.map((user) => user.username || msg('summary.value.noName'))) || NONE,
          ),
          row('userAccounts.vpnOnly', yesNo(s.vpnOnly)),
        ],
  addressPool: ({ addressPool: s }) => [
    row('addressPool.poolName', text(s.poolName)),
    row('addressPool.startIp', text(s.startIp)),
    row('addressPool.endIp', text(s.endIp)),
    row('addressPool.subnetMask', text(s.subnetMask)),
  ],
  ikePolicy: ({ ikePolicy: s }) => [
    row('ikePolicy.priority', text(s.priority)),
    row('ikePolicy.encryption', s.encryption),
    row('ikePolicy.hash', s.hash),
    row('ikePolicy.dhGroup', s.dhGroup),
    row('ikePolicy.lifetime', text(s.lifetime)),
  ],
  transformSet: ({ transformSet: s }) => [
    row('transformSet.transformSetName', text(s.transformSetName)),
    row('transformSet.espEncryption', s.espEncryption),
    row('transformSet.espAuthentication', s.espAuthentication),
    [msg('summary.row.mode'), 'transport'],
    row('transformSet.dynamicMapName', text(s.dynamicMapName)),
    row('transformSet.dynamicMapSequence', text(s.dynamicMapSequence)),
    row('transformSet.cryptoMapName', text(s.cryptoMapName)),
    row('transformSet.cryptoMapSequence', text(s.cryptoMapSequence)),
    row(
      'transformSet.saLifetime',
      s.saLifetime.trim() === '' ? msg('summary.value.asaDefault') : s.saLifetime,
    ),
  ],
  clientAttributes: ({ clientAttributes: s }) => [
    row('clientAttributes.groupPolicyName', text(s.groupPolicyName)),
    row('clientAttributes.dnsPrimary', text(s.dnsPrimary)),
    row('clientAttributes.dnsSecondary', text(s.dnsSecondary)),
    row('clientAttributes.winsPrimary', text(s.winsPrimary)),
    row('clientAttributes.winsSecondary', text(s.winsSecondary)),
    row('clientAttributes.defaultDomain', text(s.defaultDomain)),
  ],
  ipsecSettings: ({ ipsecSettings: s }) => [
    row('ipsecSettings.natExempt', yesNo(s.natExempt)),
    ...(s.natExempt
      ? [
          row('ipsecSettings.natInsideInterface', text(s.natInsideInterface)),
          row('ipsecSettings.exemptNetworks', list(s.exemptNetworks)),
          row('ipsecSettings.poolObjectName', text(s.poolObjectName)),
        ]
      : []),
    row('ipsecSettings.splitTunnel', yesNo(s.splitTunnel)),
    ...(s.splitTunnel
      ? [
          row('ipsecSettings.splitNetworks', list(s.splitNetworks)),
          row('ipsecSettings.splitAclName', text(s.splitAclName)),
          row('ipsecSettings.interceptDhcp', yesNo(s.interceptDhcp)),
          ...(s.interceptDhcp
            ? [row('ipsecSettings.interceptDhcpNetmask', text(s.interceptDhcpNetmask))]
            : []),
        ]
      : [row('ipsecSettings.hairpin', yesNo(s.hairpin))]),
    row('ipsecSettings.pfs', yesNo(s.pfs)),
    ...(s.pfs ? [row('ipsecSettings.pfsGroup', s.pfsGroup)] : []),
  ],
};
