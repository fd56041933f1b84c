/**
 * The visible label of every answer field, keyed by its path in the answers. The texts live in the
 * message catalogue ('field.<path>', src/i18n/en/fields.ts), so each language has its own; every
 * validation message names its field with the same message, so it always matches the screen.
 */
import { msg, type Msg } from '../i18n/catalogue';
import type { fieldsEn } from '../i18n/en/fields';

type FieldLabelId = keyof typeof fieldsEn;
export type FieldPath = FieldLabelId extends `field.${infer Path}` ? Path : never;

/** The label of a field, as a message (shown in the current language). */
export function labelOf(path: FieldPath): Msg {
  return msg(`field.${path}`);
}

/**
 * Fields whose English label is ASDM's own (the wizard's ASDM counterpart): in Japanese, that
 * English label is shown under the field, because Cisco's Japanese guides name ASDM's controls in
 * English. The others (interface names, the ASA version, handout options…) exist only here.
 */
export const ASDM_FIELDS: ReadonlySet<FieldPath> = new Set<FieldPath>([
  'tunnelInterface.vpnInterface',
  'tunnelInterface.bypassInterfaceAcls',
  'remoteAccessClient.clientType',
  'remoteAccessClient.ppp',
  'authMethod.preSharedKey',
  'authMethod.tunnelGroupName',
  'authMethod.trustpoint',
  'clientAuthentication.aaaServerGroup',
  'clientAuthentication.aaaProtocol',
  'clientAuthentication.aaaServerIp',
  'clientAuthentication.aaaInterface',
  'clientAuthentication.aaaSecretKey',
  'clientAuthentication.aaaSecretKeyConfirm',
  'userAccounts.users.username',
  'userAccounts.users.password',
  'addressPool.poolName',
  'addressPool.startIp',
  'addressPool.endIp',
  'addressPool.subnetMask',
  'ikePolicy.priority',
  'ikePolicy.encryption',
  'ikePolicy.hash',
  'ikePolicy.dhGroup',
  'ikePolicy.lifetime',
  'transformSet.transformSetName',
  'transformSet.espEncryption',
  'transformSet.espAuthentication',
  'clientAttributes.groupPolicyName',
  'clientAttributes.dnsPrimary',
  'clientAttributes.dnsSecondary',
  'clientAttributes.winsPrimary',
  'clientAttributes.winsSecondary',
  'clientAttributes.defaultDomain',
  'ipsecSettings.natExempt',
  'ipsecSettings.exemptNetworks',
  'ipsecSettings.splitTunnel',
  'ipsecSettings.splitNetworks',
  'ipsecSettings.interceptDhcp',
  'ipsecSettings.pfs',
  'ipsecSettings.pfsGroup',
]);

/** Secret fields: never in the URL, never stored unless the user opts in, masked in the preview. */
export const SECRET_FIELDS = [
  'authMethod.preSharedKey',
  'clientAuthentication.aaaSecretKey',
  'clientAuthentication.aaaSecretKeyConfirm',
  'userAccounts.users.password',
] as const satisfies readonly FieldPath[];
