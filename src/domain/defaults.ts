/**
 * Defaults: every non-secret field starts at the Cisco document's value (doc 200340, reference.md §1.1),
 * so the preview is never empty. Secrets start empty and the user list starts with nobody: a tool must
 * never suggest a published key. `ciscoExample()` is the document's scenario with its secrets, for
 * "Load the Cisco example" and the golden tests.
 */
import type { Answers } from './answers';

export const TUNNEL_GROUP_FOR_PSK = 'DefaultRAGroup';

export function defaultAnswers(): Answers {
  return {
    introduction: {
      asaVersion: '8.4-or-later',
      outsideInterface: 'outside',
      insideInterface: 'inside',
      otherInterfaces: '',
    },
    tunnelInterface: {
      vpnInterface: 'outside',
      bypassInterfaceAcls: true,
      publicAddress: '172.16.1.2',
      asaBehindNat: false,
    },
    remoteAccessClient: {
      clientType: 'windows-l2tp',
      ppp: { pap: false, chap: false, msChapV1: true, msChapV2: true, eapProxy: false },
    },
    authMethod: {
      method: 'pre-shared-key',
      preSharedKey: '',
      tunnelGroupName: TUNNEL_GROUP_FOR_PSK,
      trustpoint: '',
    },
    clientAuthentication: {
      userDatabase: 'local',
      aaaServerGroup: '',
      aaaProtocol: 'radius',
      aaaServerIp: '',
      aaaInterface: 'inside',
      aaaSecretKey: '',
      aaaSecretKeyConfirm: '',
    },
    userAccounts: { users: [], vpnOnly: false },
    addressPool: {
      poolName: 'Address-pool',
      startIp: '192.168.1.1',
      endIp: '192.168.1.254',
      subnetMask: '255.255.255.0',
    },
    ikePolicy: { priority: '10', encryption: '3des', hash: 'sha', dhGroup: '2', lifetime: '86400' },
    transformSet: {
      transformSetName: 'TRANS-ESP-3DES-SHA',
      espEncryption: 'esp-3des',
      espAuthentication: 'esp-sha-hmac',
      dynamicMapName: 'outside_dyn_map',
      dynamicMapSequence: '10',
      cryptoMapName: 'outside_map',
      cryptoMapSequence: '65535',
      saLifetime: '',
    },
    clientAttributes: {
      groupPolicyName: 'L2TP-VPN',
      dnsPrimary: '8.8.8.8',
      dnsSecondary: '4.4.4.2',
      winsPrimary: '',
      winsSecondary: '',
      defaultDomain: 'cisco.com',
    },
    ipsecSettings: {
      natExempt: true,
      natInsideInterface: 'inside',
      exemptNetworks: 'any',
      poolObjectName: 'L2TP-Pool',
      splitTunnel: false,
      splitNetworks: '',
      splitAclName: 'SPLIT',
      interceptDhcp: true,
      interceptDhcpNetmask: '255.255.255.255',
      hairpin: false,
      pfs: false,
      pfsGroup: '2',
    },
    clientOptions: { connectionName: 'L2TP VPN', includeKeyInHandout: true },
  };
}

/** The Cisco document's scenario, secrets included (PSK C!sc0@123, user test/test). */
export function ciscoExample(): Answers {
  const answers = defaultAnswers();
  answers.authMethod.preSharedKey = 'C!sc0@123';
  answers.userAccounts.users = [{ username: 'test', password: 'test' }];
  return answers;
}
