/**
 * The visible label of every answer field, keyed by its path in the answers. The wizard shows exactly
 * these texts, and every validation message names its field with them, so a message always matches
 * what the user sees on screen.
 */
export const FIELD_LABELS = {
  'introduction.asaVersion': 'ASA software version',
  'introduction.outsideInterface': 'Outside interface name',
  'introduction.insideInterface': 'Inside interface name',
  'introduction.otherInterfaces': 'Other interface names',
  'tunnelInterface.vpnInterface': 'VPN Tunnel Interface',
  'tunnelInterface.bypassInterfaceAcls':
    'Enable inbound IPsec sessions to bypass interface access lists',
  'tunnelInterface.publicAddress': 'Public IP address or hostname',
  'tunnelInterface.asaBehindNat': 'ASA is behind another NAT device',
  'remoteAccessClient.clientType': 'Microsoft Windows client using L2TP over IPsec',
  'remoteAccessClient.ppp': 'PPP authentication',
  'remoteAccessClient.ppp.pap': 'PAP',
  'remoteAccessClient.ppp.chap': 'CHAP',
  'remoteAccessClient.ppp.msChapV1': 'MS-CHAP-V1',
  'remoteAccessClient.ppp.msChapV2': 'MS-CHAP-V2',
  'remoteAccessClient.ppp.eapProxy': 'EAP-PROXY',
  'authMethod.method': 'Authentication method',
  'authMethod.preSharedKey': 'Pre-Shared Key',
  'authMethod.tunnelGroupName': 'Tunnel Group Name',
  'authMethod.trustpoint': 'Certificate Name',
  'clientAuthentication.userDatabase': 'User database',
  'clientAuthentication.aaaServerGroup': 'AAA Server Group Name',
  'clientAuthentication.aaaProtocol': 'Authentication Protocol',
  'clientAuthentication.aaaServerIp': 'Server IP Address',
  'clientAuthentication.aaaInterface': 'Interface',
  'clientAuthentication.aaaSecretKey': 'Server Secret Key',
  'clientAuthentication.aaaSecretKeyConfirm': 'Confirm Server Secret Key',
  'userAccounts.users': 'Users',
  'userAccounts.users.username': 'Username',
  'userAccounts.users.password': 'Password',
  'userAccounts.vpnOnly': 'VPN-only users (no management access)',
  'addressPool.poolName': 'Pool Name',
  'addressPool.startIp': 'Starting IP Address',
  'addressPool.endIp': 'Ending IP Address',
  'addressPool.subnetMask': 'Subnet Mask',
  'ikePolicy.priority': 'Priority',
  'ikePolicy.encryption': 'Encryption',
  'ikePolicy.hash': 'Hash',
  'ikePolicy.dhGroup': 'Diffie-Hellman Group',
  'ikePolicy.lifetime': 'Lifetime (seconds)',
  'transformSet.transformSetName': 'Transform Set Name',
  'transformSet.espEncryption': 'ESP Encryption',
  'transformSet.espAuthentication': 'ESP Authentication',
  'transformSet.dynamicMapName': 'Dynamic Map Name',
  'transformSet.dynamicMapSequence': 'Dynamic Map Sequence',
  'transformSet.cryptoMapName': 'Crypto Map Name',
  'transformSet.cryptoMapSequence': 'Crypto Map Sequence',
  'transformSet.saLifetime': 'IPsec SA Lifetime (seconds)',
  'clientAttributes.groupPolicyName': 'Group Policy Name',
  'clientAttributes.dnsPrimary': 'Primary DNS Server',
  'clientAttributes.dnsSecondary': 'Secondary DNS Server',
  'clientAttributes.winsPrimary': 'Primary WINS Server',
  'clientAttributes.winsSecondary': 'Secondary WINS Server',
  'clientAttributes.defaultDomain': 'Default Domain Name',
  'ipsecSettings.natExempt': 'Exempt VPN traffic from NAT',
  'ipsecSettings.natInsideInterface': 'Inside interface',
  'ipsecSettings.exemptNetworks': 'Exempt networks',
  'ipsecSettings.poolObjectName': 'Pool object name',
  'ipsecSettings.splitTunnel': 'Enable split tunneling',
  'ipsecSettings.splitNetworks': 'Split tunnel networks',
  'ipsecSettings.splitAclName': 'Split tunnel ACL name',
  'ipsecSettings.interceptDhcp': 'Intercept DHCP',
  'ipsecSettings.interceptDhcpNetmask': 'Intercept DHCP netmask',
  'ipsecSettings.hairpin': 'Allow Internet access for full-tunnel clients',
  'ipsecSettings.pfs': 'Enable Perfect Forwarding Secrecy (PFS)',
  'ipsecSettings.pfsGroup': 'Diffie-Hellman Group for PFS',
  'clientOptions.connectionName': 'Connection name',
  'clientOptions.includeKeyInHandout': 'Include the key in the handout',
} as const;

export type FieldPath = keyof typeof FIELD_LABELS;

/** Secret fields: never in the URL, never stored unless the user opts in, masked in the preview. */
export const SECRET_FIELDS = [
  'authMethod.preSharedKey',
  'clientAuthentication.aaaSecretKey',
  'clientAuthentication.aaaSecretKeyConfirm',
  'userAccounts.users.password',
] as const satisfies readonly FieldPath[];

export function labelOf(path: FieldPath): string {
  return FIELD_LABELS[path];
}
