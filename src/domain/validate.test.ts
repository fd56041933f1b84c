/**
 * Every rule of reference.md §4: a base scenario that does not trigger it, one change that does, and
 * the field, severity and message the user then sees. Removing a rule makes its row fail.
 */
import { english } from '../i18n/english';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { ciscoExample } from './defaults';
import type { Severity } from './issues';
import { validateAnswers } from './validate';

interface Row {
  rule: string;
  change: (a: Answers) => void;
  field: string;
  severity: Severity;
  message: string;
  /** Changes applied to the base as well, so the row isolates its rule. */
  base?: (a: Answers) => void;
  /** A reminder shown for every configuration: there is no base without it. */
  always?: true;
}

const withAaa = (protocol: Answers['clientAuthentication']['aaaProtocol']) => (a: Answers) => {
  Object.assign(a.clientAuthentication, {
    userDatabase: 'aaa',
    aaaServerGroup: 'RAD',
    aaaProtocol: protocol,
    aaaServerIp: '10.1.1.10',
    aaaInterface: 'inside',
    aaaSecretKey: 'S3cret-key',
    aaaSecretKeyConfirm: 'S3cret-key',
  });
};

const rows: Row[] = [
  {
    rule: 'TOK',
    change: (a) => (a.authMethod.preSharedKey = 'abc def'),
    field: 'authMethod.preSharedKey',
    severity: 'error',
    message: "Pre-Shared Key cannot contain spaces or '?'",
  },
  {
    rule: 'TOK ?',
    change: (a) => (a.authMethod.preSharedKey = 'abc?def'),
    field: 'authMethod.preSharedKey',
    severity: 'error',
    message: "cannot contain spaces or '?'",
  },
  {
    rule: 'TOK ascii',
    change: (a) => (a.userAccounts.users[0]!.password = 'pässwort'),
    field: 'userAccounts.users.0.password',
    severity: 'error',
    message: 'printable ASCII',
  },
  {
    rule: 'N-GEN',
    change: (a) => (a.addressPool.poolName = 'pool/1'),
    field: 'addressPool.poolName',
    severity: 'error',
    message: "Pool Name: use 1–64 letters, digits, '_', '.' or '-'",
  },
  {
    rule: 'N-GEN length',
    change: (a) => (a.transformSet.transformSetName = 'T'.repeat(65)),
    field: 'transformSet.transformSetName',
    severity: 'error',
    message: 'Transform Set Name: use 1–64',
  },
  {
    rule: 'N-IF charset',
    change: (a) => (a.introduction.insideInterface = 'in/side'),
    field: 'introduction.insideInterface',
    severity: 'error',
    message: 'Inside interface name: use 1–64',
  },
  {
    rule: 'N-IF length',
    change: (a) => (a.introduction.otherInterfaces = 'd'.repeat(49)),
    field: 'introduction.outsideInterface',
    severity: 'warning',
    message: 'usually at most 48 characters',
  },
  {
    rule: 'N-RES',
    change: (a) => (a.clientAttributes.groupPolicyName = 'DfltGrpPolicy'),
    field: 'clientAttributes.groupPolicyName',
    severity: 'warning',
    message: 'DfltGrpPolicy is built in',
  },
  {
    rule: 'K-PSK required',
    change: (a) => (a.authMethod.preSharedKey = ''),
    field: 'authMethod.preSharedKey',
    severity: 'error',
    message: 'Pre-Shared Key is required.',
  },
  {
    rule: 'K-PSK length',
    change: (a) => (a.authMethod.preSharedKey = 'k'.repeat(129)),
    field: 'authMethod.preSharedKey',
    severity: 'error',
    message: 'Pre-Shared Key must be 1–128 characters',
  },
  {
    rule: 'W-PSKLEN',
    change: (a) => (a.authMethod.preSharedKey = 'short-key'),
    field: 'authMethod.preSharedKey',
    severity: 'warning',
    message: 'use 16 or more random characters',
    base: (a) => (a.authMethod.preSharedKey = 'a-long-random-key-0123456789'),
  },
  {
    rule: 'U-NAME required',
    change: (a) => (a.userAccounts.users[0]!.username = ''),
    field: 'userAccounts.users.0.username',
    severity: 'error',
    message: 'is required',
  },
  {
    rule: 'U-NAME length',
    change: (a) => (a.userAccounts.users[0]!.username = 'u'.repeat(65)),
    field: 'userAccounts.users.0.username',
    severity: 'error',
    message: 'must be 1–64 characters',
  },
  {
    rule: 'U-NAME short',
    change: (a) => (a.userAccounts.users[0]!.username = 'bob'),
    field: 'userAccounts.users.0.username',
    severity: 'warning',
    message: 'usernames are 4–64 characters',
  },
  {
    rule: 'U-NAME duplicate',
    change: (a) => a.userAccounts.users.push({ username: 'test', password: 'other-pass' }),
    field: 'userAccounts.users.1.username',
    severity: 'error',
    message: 'appears more than once',
  },
  {
    rule: 'U-NAME case',
    change: (a) => a.userAccounts.users.push({ username: 'TEST', password: 'other-pass' }),
    field: 'userAccounts.users.1.username',
    severity: 'warning',
    message: 'differ only in case',
  },
  {
    rule: 'U-PW short',
    change: (a) => (a.userAccounts.users[0]!.password = 'ab'),
    field: 'userAccounts.users.0.password',
    severity: 'error',
    message: 'at least 3 characters',
  },
  {
    rule: 'U-PW 8.4 long',
    change: (a) => (a.userAccounts.users[0]!.password = 'p'.repeat(40)),
    field: 'userAccounts.users.0.password',
    severity: 'warning',
    message: 'need ASA 9.6(1) or later',
  },
  {
    rule: 'U-PW 8.3 long',
    change: (a) => {
      a.introduction.asaVersion = '8.3';
      a.userAccounts.users[0]!.password = 'p'.repeat(40);
    },
    field: 'userAccounts.users.0.password',
    severity: 'error',
    message: 'which ASA 8.0–8.3 does not accept',
  },
  {
    rule: 'U-PW max',
    change: (a) => (a.userAccounts.users[0]!.password = 'p'.repeat(128)),
    field: 'userAccounts.users.0.password',
    severity: 'error',
    message: 'must be 1–127 characters',
  },
  {
    rule: 'W-PWLEN',
    change: (a) => (a.userAccounts.users[0]!.password = 'seven77'),
    field: 'userAccounts.users.0.password',
    severity: 'warning',
    message: 'at least 8 characters',
    base: (a) => (a.userAccounts.users[0]!.password = 'long-enough-pw'),
  },
  {
    rule: 'K-AAAKEY empty',
    change: (a) => {
      withAaa('radius')(a);
      a.clientAuthentication.aaaSecretKey = '';
    },
    field: 'clientAuthentication.aaaSecretKey',
    severity: 'error',
    message: 'enter the shared secret configured on the server',
  },
  {
    rule: 'K-AAAKEY confirm',
    change: (a) => {
      withAaa('radius')(a);
      a.clientAuthentication.aaaSecretKeyConfirm = 'other';
    },
    field: 'clientAuthentication.aaaSecretKeyConfirm',
    severity: 'error',
    message: 'does not match',
  },
  {
    rule: 'K-AAAKEY long',
    change: (a) => {
      withAaa('radius')(a);
      a.clientAuthentication.aaaSecretKey = a.clientAuthentication.aaaSecretKeyConfirm = 'k'.repeat(
        128,
      );
    },
    field: 'clientAuthentication.aaaSecretKey',
    severity: 'warning',
    message: 'longer than 127 characters',
  },
  {
    rule: 'AAA group LOCAL',
    change: (a) => {
      withAaa('radius')(a);
      a.clientAuthentication.aaaServerGroup = 'LOCAL';
    },
    field: 'clientAuthentication.aaaServerGroup',
    severity: 'error',
    message: 'cannot be LOCAL',
  },
  {
    rule: 'A-IP',
    change: (a) => (a.addressPool.startIp = '192.168.1.01'),
    field: 'addressPool.startIp',
    severity: 'error',
    message: 'Starting IP Address: enter an IPv4 address',
  },
  {
    rule: 'A-HOSTADDR',
    change: (a) => (a.clientAttributes.dnsPrimary = '127.0.0.1'),
    field: 'clientAttributes.dnsPrimary',
    severity: 'error',
    message: 'Primary DNS Server: 127.0.0.1 is not a usable host address',
  },
  {
    rule: 'A-HOSTADDR multicast',
    change: (a) => (a.clientAttributes.winsPrimary = '224.0.0.5'),
    field: 'clientAttributes.winsPrimary',
    severity: 'error',
    message: 'is not a usable host address',
  },
  {
    rule: 'A-FQDN',
    change: (a) => (a.tunnelInterface.publicAddress = 'vpn_.example.com'),
    field: 'tunnelInterface.publicAddress',
    severity: 'error',
    message: 'Public IP address or hostname: enter an IP address or a valid host name',
  },
  {
    rule: 'server address required',
    change: (a) => (a.tunnelInterface.publicAddress = ''),
    field: 'tunnelInterface.publicAddress',
    severity: 'error',
    message: 'Public IP address or hostname is required',
  },
  {
    rule: 'A-DOMAIN format',
    change: (a) => (a.clientAttributes.defaultDomain = 'exa mple.com'),
    field: 'clientAttributes.defaultDomain',
    severity: 'error',
    message: 'Default Domain Name: enter a domain name',
  },
  {
    rule: 'A-DOMAIN length',
    change: (a) => (a.clientAttributes.defaultDomain = `${'a'.repeat(60)}.example.com`),
    field: 'clientAttributes.defaultDomain',
    severity: 'warning',
    message: 'limited to 63 characters',
  },
  {
    rule: 'A-MASK',
    change: (a) => (a.addressPool.subnetMask = '255.0.255.0'),
    field: 'addressPool.subnetMask',
    severity: 'error',
    message: 'is not a valid subnet mask (the ones must be contiguous)',
  },
  {
    rule: 'A-MASK zero',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16';
      a.ipsecSettings.interceptDhcpNetmask = '0.0.0.0';
    },
    field: 'ipsecSettings.interceptDhcpNetmask',
    severity: 'error',
    message: 'is not a valid subnet mask',
  },
  {
    rule: 'A-NET host bits',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.1.1.5/24';
    },
    field: 'ipsecSettings.splitNetworks',
    severity: 'error',
    message: 'line 1: 10.1.1.5/24 has host bits set — did you mean 10.1.1.0/24?',
  },
  {
    rule: 'A-NET line by line',
    change: (a) => (a.ipsecSettings.exemptNetworks = 'any\n10.0.0.0/8\nnot-a-net'),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'error',
    message: 'Exempt networks, line 3: "not-a-net" is not a network',
  },
  {
    rule: 'A-POOL order',
    change: (a) => {
      a.addressPool.startIp = '192.168.1.200';
      a.addressPool.endIp = '192.168.1.10';
    },
    field: 'addressPool.endIp',
    severity: 'error',
    message: 'the start must not be after the end',
  },
  {
    rule: 'A-POOL subnet',
    change: (a) => (a.addressPool.endIp = '192.168.2.10'),
    field: 'addressPool.endIp',
    severity: 'error',
    message: 'inside one subnet of the mask',
  },
  {
    rule: 'A-POOLEDGE',
    change: (a) => (a.addressPool.startIp = '192.168.1.0'),
    field: 'addressPool.startIp',
    severity: 'warning',
    message: 'the network address of its subnet',
  },
  {
    rule: 'X-OVERLAP',
    change: (a) => (a.ipsecSettings.exemptNetworks = '192.168.0.0/16'),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'error',
    message: 'overlaps 192.168.0.0/16',
  },
  {
    rule: 'X-OVERLAP split',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '192.168.1.128/25';
    },
    field: 'ipsecSettings.splitNetworks',
    severity: 'error',
    message: 'routed inside',
  },
  {
    rule: 'W-SPLITSRV',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '172.16.0.0/12';
    },
    field: 'ipsecSettings.splitNetworks',
    severity: 'warning',
    message: 'contains the VPN server address 172.16.1.2',
  },
  {
    rule: 'W-SPLITLAN',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16';
    },
    field: 'ipsecSettings.splitNetworks',
    severity: 'warning',
    message: "must not cover the clients' own LANs",
  },
  {
    rule: 'split needs networks',
    change: (a) => (a.ipsecSettings.splitTunnel = true),
    field: 'ipsecSettings.splitNetworks',
    severity: 'error',
    message: 'enter at least one network',
  },
  {
    rule: 'exempt needs networks',
    change: (a) => (a.ipsecSettings.exemptNetworks = ''),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'error',
    message: 'enter at least one network (or any)',
  },
  {
    rule: 'P-ONE',
    change: (a) =>
      (a.remoteAccessClient.ppp = {
        pap: false,
        chap: false,
        msChapV1: false,
        msChapV2: false,
        eapProxy: false,
      }),
    field: 'remoteAccessClient.ppp',
    severity: 'error',
    message: 'Select at least one PPP authentication type.',
  },
  {
    rule: 'P-AAA LOCAL CHAP',
    change: (a) => (a.remoteAccessClient.ppp.chap = true),
    field: 'remoteAccessClient.ppp.chap',
    severity: 'error',
    message:
      'CHAP is not supported with the LOCAL user database; use MS-CHAP-V2, or authenticate with a RADIUS or TACACS+ server group',
  },
  {
    rule: 'P-AAA LOCAL CHAP on step 5',
    change: (a) => (a.remoteAccessClient.ppp.chap = true),
    field: 'clientAuthentication.userDatabase',
    severity: 'error',
    message: 'CHAP is not supported with the LOCAL user database',
  },
  {
    rule: 'P-AAA LOCAL EAP',
    change: (a) => (a.remoteAccessClient.ppp.eapProxy = true),
    field: 'remoteAccessClient.ppp.eapProxy',
    severity: 'error',
    message: 'EAP-PROXY is not supported with the LOCAL user database',
  },
  {
    rule: 'P-AAA TACACS+',
    change: (a) => {
      withAaa('tacacs+')(a);
    },
    field: 'remoteAccessClient.ppp.msChapV2',
    severity: 'error',
    message:
      'MS-CHAP-V2 is not supported with a TACACS+ server group for L2TP; allowed: PAP, CHAP, MS-CHAP-V1',
  },
  {
    rule: 'P-AAA LDAP',
    change: (a) => {
      withAaa('ldap')(a);
    },
    field: 'remoteAccessClient.ppp.msChapV1',
    severity: 'error',
    message: 'allowed: PAP',
  },
  {
    rule: 'P-AAA SDI PAP',
    change: (a) => {
      withAaa('sdi')(a);
      a.remoteAccessClient.ppp = {
        pap: true,
        chap: false,
        msChapV1: false,
        msChapV2: false,
        eapProxy: false,
      };
    },
    field: 'remoteAccessClient.ppp.pap',
    severity: 'warning',
    message: 'SDI server group is unverified',
  },
  {
    rule: 'P-MSCHAP',
    change: (a) => (a.remoteAccessClient.ppp.msChapV2 = true),
    field: 'userAccounts.users',
    severity: 'warning',
    message: "created with 'mschap'",
    base: (a) =>
      (a.remoteAccessClient.ppp = {
        pap: true,
        chap: false,
        msChapV1: false,
        msChapV2: false,
        eapProxy: false,
      }),
  },
  {
    rule: 'P-WIN',
    change: (a) => (a.remoteAccessClient.ppp.msChapV2 = false),
    field: 'remoteAccessClient.ppp.msChapV2',
    severity: 'warning',
    message: 'Windows clients cannot use MS-CHAP v1 alone; add MS-CHAP-V2.',
  },
  {
    rule: 'W-PAP',
    change: (a) => (a.remoteAccessClient.ppp.pap = true),
    field: 'remoteAccessClient.ppp.pap',
    severity: 'warning',
    message: "force Windows 'Optional encryption'",
  },
  {
    rule: 'W-NOUSERS',
    change: (a) => (a.userAccounts.users = []),
    field: 'userAccounts.users',
    severity: 'warning',
    message: 'No users will be created',
  },
  {
    rule: 'T-DRG',
    change: (a) => (a.authMethod.tunnelGroupName = 'L2TP-GROUP'),
    field: 'authMethod.tunnelGroupName',
    severity: 'error',
    message: 'With a pre-shared key, native clients always land on DefaultRAGroup',
  },
  {
    rule: 'W-DRG',
    change: (a) => (a.authMethod.method = 'pre-shared-key'),
    field: 'authMethod.tunnelGroupName',
    severity: 'warning',
    message: 'DefaultRAGroup is shared',
    base: (a) => {
      a.authMethod.method = 'certificate';
      a.authMethod.trustpoint = 'TP';
    },
  },
  {
    rule: 'W-CERT',
    change: (a) => {
      a.authMethod.method = 'certificate';
      a.authMethod.trustpoint = 'ASA-TP';
    },
    field: 'authMethod.method',
    severity: 'warning',
    message: 'Certificate L2TP needs machine certificates',
  },
  {
    rule: 'trustpoint required',
    change: (a) => (a.authMethod.method = 'certificate'),
    field: 'authMethod.trustpoint',
    severity: 'error',
    message: 'Certificate Name is required',
  },
  {
    rule: 'I-PRIO',
    change: (a) => (a.ikePolicy.priority = '0'),
    field: 'ikePolicy.priority',
    severity: 'error',
    message: 'Priority must be a whole number from 1 to 65535.',
  },
  {
    rule: 'I-PRIO text',
    change: (a) => (a.ikePolicy.priority = 'ten'),
    field: 'ikePolicy.priority',
    severity: 'error',
    message: 'Priority must be a whole number',
  },
  {
    rule: 'I-LIFE integer',
    change: (a) => (a.ikePolicy.lifetime = '1.5'),
    field: 'ikePolicy.lifetime',
    severity: 'error',
    message: 'Lifetime (seconds) must be a whole number',
  },
  {
    rule: 'space around an otherwise valid value',
    change: (a) => (a.clientAttributes.dnsPrimary = ' 10.0.0.53'),
    field: 'clientAttributes.dnsPrimary',
    severity: 'error',
    message: 'Primary DNS Server: remove the spaces before or after the value.',
  },
  {
    rule: 'W-POOLSRV',
    change: (a) => {
      a.addressPool.startIp = '172.16.1.1';
      a.addressPool.endIp = '172.16.1.20';
    },
    field: 'addressPool.startIp',
    severity: 'warning',
    message: 'contains the VPN server address 172.16.1.2 (Public IP address or hostname)',
  },
  {
    rule: 'W-ADMINUSER',
    change: (a) => (a.userAccounts.users = [{ username: 'Admin', password: 'Str0ng-pass' }]),
    field: 'userAccounts.users.0.username',
    severity: 'warning',
    message: "replaces that account's password. Use a name of its own",
  },
  {
    rule: 'W-ADMINUSER with VPN-only users',
    change: (a) => {
      a.userAccounts.users = [{ username: 'enable_15', password: 'Str0ng-pass' }];
      a.userAccounts.vpnOnly = true;
    },
    field: 'userAccounts.users.0.username',
    severity: 'warning',
    message: 'and takes away its management access',
  },
  {
    rule: 'W-EXIST names the show command of the ASA version',
    change: (a) => (a.introduction.asaVersion = '8.2-or-earlier'),
    field: 'ikePolicy.priority',
    severity: 'warning',
    message: 'check show run crypto isakmp, show run group-policy',
  },
  {
    rule: 'I-LIFE digits',
    change: (a) => (a.ikePolicy.lifetime = '99999999999'),
    field: 'ikePolicy.lifetime',
    severity: 'error',
    message: 'Lifetime (seconds) must be a whole number of up to 10 digits.',
  },
  {
    rule: 'I-LIFE range',
    change: (a) => (a.ikePolicy.lifetime = '60'),
    field: 'ikePolicy.lifetime',
    severity: 'warning',
    message: 'the ASA accepts 120–2147483647 seconds',
  },
  {
    rule: 'S-SEQ integer',
    change: (a) => (a.transformSet.dynamicMapSequence = '1x'),
    field: 'transformSet.dynamicMapSequence',
    severity: 'error',
    message: 'Dynamic Map Sequence must be a whole number',
  },
  {
    rule: 'S-SEQ range',
    change: (a) => (a.transformSet.dynamicMapSequence = '70000'),
    field: 'transformSet.dynamicMapSequence',
    severity: 'warning',
    message: 'sequence numbers are 1–65535',
  },
  {
    rule: 'S-LAST',
    change: (a) => (a.transformSet.cryptoMapSequence = '100'),
    field: 'transformSet.cryptoMapSequence',
    severity: 'warning',
    message: 'must have the highest sequence in the map',
  },
  {
    rule: 'C-ONEMAP',
    always: true,
    change: () => undefined,
    field: 'transformSet.cryptoMapName',
    severity: 'warning',
    message: 'An interface holds one crypto map. If outside already has a map',
    base: () => undefined,
  },
  {
    rule: 'W-EXIST',
    always: true,
    change: () => undefined,
    field: 'ikePolicy.priority',
    severity: 'warning',
    message: 'are modified, not duplicated',
  },
  {
    rule: 'I-SALIFE integer',
    change: (a) => (a.transformSet.saLifetime = 'one hour'),
    field: 'transformSet.saLifetime',
    severity: 'error',
    message: 'IPsec SA Lifetime (seconds) must be a whole number',
  },
  {
    rule: 'I-SALIFE range',
    change: (a) => (a.transformSet.saLifetime = '100'),
    field: 'transformSet.saLifetime',
    severity: 'warning',
    message: 'the ASA accepts 120–2147483647 seconds',
  },
  {
    rule: 'W-SA300',
    change: (a) => (a.transformSet.saLifetime = '200'),
    field: 'transformSet.saLifetime',
    severity: 'warning',
    message: 'Windows ignores lifetimes below 300 s.',
  },
  {
    rule: 'W-PFS',
    change: (a) => (a.ipsecSettings.pfs = true),
    field: 'ipsecSettings.pfs',
    severity: 'warning',
    message: 'usually fail with PFS on',
  },
  {
    rule: 'esp-null',
    change: (a) => (a.transformSet.espEncryption = 'esp-null'),
    field: 'transformSet.espEncryption',
    severity: 'error',
    message: 'esp-null sends VPN traffic unencrypted',
  },
  {
    rule: 'esp-none',
    change: (a) => (a.transformSet.espAuthentication = 'esp-none'),
    field: 'transformSet.espAuthentication',
    severity: 'error',
    message: 'esp-none leaves VPN traffic without integrity',
  },
  {
    rule: 'W-SYSOPT',
    change: (a) => (a.tunnelInterface.bypassInterfaceAcls = false),
    field: 'tunnelInterface.bypassInterfaceAcls',
    severity: 'warning',
    message: 'is global',
  },
  {
    rule: 'W-NONAT',
    change: (a) => (a.ipsecSettings.natExempt = false),
    field: 'ipsecSettings.natExempt',
    severity: 'warning',
    message: 'Without NAT exemption',
  },
  {
    rule: 'W-HAIRPIN',
    change: (a) => (a.ipsecSettings.hairpin = false),
    field: 'ipsecSettings.hairpin',
    severity: 'warning',
    message: 'Clients send all Internet traffic to the ASA',
    base: (a) => (a.ipsecSettings.hairpin = true),
  },
  {
    rule: 'W-ANDROID',
    change: (a) => (a.ikePolicy.dhGroup = '14'),
    field: 'ikePolicy.dhGroup',
    severity: 'warning',
    message: 'Android 11 and older propose DH group 2 only',
  },
  {
    rule: 'W-WEAK',
    change: (a) => (a.ikePolicy.hash = 'md5'),
    field: 'ikePolicy.hash',
    severity: 'warning',
    message: 'MD5 is a weak algorithm',
  },
  {
    rule: 'W-WEAK esp-des',
    change: (a) => (a.transformSet.espEncryption = 'esp-des'),
    field: 'transformSet.espEncryption',
    severity: 'warning',
    message: 'esp-des is a weak algorithm',
  },
  {
    rule: 'W-DEPR 8.4',
    change: (a) => (a.introduction.asaVersion = '8.4-or-later'),
    field: 'ikePolicy.encryption',
    severity: 'warning',
    message: 'Your ASA release may not offer 3des',
    base: (a) => (a.introduction.asaVersion = '8.3'),
  },
  {
    rule: 'W-DEPR group 14 on 8.3',
    change: (a) => {
      a.introduction.asaVersion = '8.3';
      a.ikePolicy.dhGroup = '14';
    },
    field: 'ikePolicy.dhGroup',
    severity: 'warning',
    message: 'DH group 14 with IKEv1 before 8.4',
  },
  {
    rule: 'W-DEPR NT',
    change: (a) => withAaa('nt')(a),
    field: 'clientAuthentication.aaaProtocol',
    severity: 'warning',
    message: 'may not offer NT authentication servers',
  },
  {
    rule: 'W-AAAEXTRA',
    change: (a) => withAaa('kerberos')(a),
    field: 'clientAuthentication.aaaProtocol',
    severity: 'warning',
    message: 'Finish this server group by hand',
  },
  {
    rule: 'W-NAT0',
    change: (a) => (a.introduction.asaVersion = '8.2-or-earlier'),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'warning',
    message: 'reuses inside_nat0_outbound',
  },
  {
    rule: 'VPN interface exists',
    change: (a) => (a.tunnelInterface.vpnInterface = 'dmz'),
    field: 'tunnelInterface.vpnInterface',
    severity: 'error',
    message: 'is not one of the interface names of step 1',
  },
  {
    rule: 'AAA interface exists',
    change: (a) => {
      withAaa('radius')(a);
      a.clientAuthentication.aaaInterface = 'mgmt';
    },
    field: 'clientAuthentication.aaaInterface',
    severity: 'error',
    message: 'is not one of the interface names',
  },
  {
    rule: 'NAT interface differs',
    change: (a) => (a.ipsecSettings.natInsideInterface = 'outside'),
    field: 'ipsecSettings.natInsideInterface',
    severity: 'error',
    message: 'must differ from the VPN Tunnel Interface',
  },
  {
    rule: 'interface names unique',
    change: (a) => (a.introduction.otherInterfaces = 'dmz\ninside'),
    field: 'introduction.otherInterfaces',
    severity: 'error',
    message: 'listed twice',
  },
  {
    rule: 'DNS secondary alone',
    change: (a) => (a.clientAttributes.dnsPrimary = ''),
    field: 'clientAttributes.dnsPrimary',
    severity: 'error',
    message: 'Primary DNS Server is required when a Secondary DNS Server is set.',
  },
  {
    rule: 'WINS secondary alone',
    change: (a) => (a.clientAttributes.winsSecondary = '10.1.1.20'),
    field: 'clientAttributes.winsPrimary',
    severity: 'error',
    message: 'Primary WINS Server is required when a Secondary WINS Server is set.',
  },
  {
    rule: 'reserved object name',
    change: (a) => (a.ipsecSettings.poolObjectName = 'any'),
    field: 'ipsecSettings.poolObjectName',
    severity: 'error',
    message: 'is an ASA keyword',
  },
  {
    rule: 'NAME-CLASH pool object',
    change: (a) => (a.ipsecSettings.poolObjectName = 'NETWORK_OBJ_pool'),
    field: 'ipsecSettings.poolObjectName',
    severity: 'error',
    message: 'NETWORK_OBJ_',
  },
  {
    rule: 'NAME-CLASH 8.2 ACL',
    change: (a) => {
      a.introduction.asaVersion = '8.2-or-earlier';
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16';
      a.ipsecSettings.splitAclName = 'inside_nat0_outbound';
    },
    field: 'ipsecSettings.splitAclName',
    severity: 'error',
    message: 'is the NAT exemption ACL on 8.2',
  },
  {
    rule: 'NET-DUP',
    change: (a) => (a.ipsecSettings.exemptNetworks = '10.0.0.0/8\n10.0.0.0 255.0.0.0'),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'warning',
    message: 'is listed more than once',
  },
  {
    rule: 'A-HOSTADDR 0/8',
    change: (a) => (a.addressPool.startIp = '0.0.0.1'),
    field: 'addressPool.startIp',
    severity: 'error',
    message: 'is not a usable host address',
  },
  {
    rule: 'hidden split fields are not checked',
    change: (a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitAclName = 'bad name';
    },
    field: 'ipsecSettings.splitAclName',
    severity: 'error',
    message: 'cannot contain spaces',
    base: (a) => (a.ipsecSettings.splitAclName = 'bad name'),
  },
  {
    rule: 'hidden exempt fields are not checked',
    change: (a) => (a.ipsecSettings.natExempt = true),
    field: 'ipsecSettings.exemptNetworks',
    severity: 'error',
    message: 'is not a network',
    base: (a) => {
      a.ipsecSettings.natExempt = false;
      a.ipsecSettings.exemptNetworks = 'junk';
    },
  },
  {
    rule: 'the pool object name is checked with the hairpin alone (its field shows there)',
    change: (a) => (a.ipsecSettings.hairpin = true),
    field: 'ipsecSettings.poolObjectName',
    severity: 'error',
    message: 'cannot contain spaces',
    base: (a) => {
      a.ipsecSettings.natExempt = false;
      a.ipsecSettings.hairpin = false;
      a.ipsecSettings.poolObjectName = 'bad name';
    },
  },
  {
    rule: 'NAME-CLASH pool object only while the object is generated',
    change: (a) => (a.ipsecSettings.natExempt = true),
    field: 'ipsecSettings.poolObjectName',
    severity: 'error',
    message: 'names starting with NETWORK_OBJ_',
    base: (a) => {
      a.ipsecSettings.natExempt = false;
      a.ipsecSettings.hairpin = false;
      a.ipsecSettings.poolObjectName = 'NETWORK_OBJ_POOL';
    },
  },
  {
    rule: 'NAME-CLASH 8.2 ACL only while the NAT exemption ACL is generated',
    change: (a) => (a.ipsecSettings.natExempt = true),
    field: 'ipsecSettings.splitAclName',
    severity: 'error',
    message: 'is the NAT exemption ACL on 8.2',
    base: (a) => {
      a.introduction.asaVersion = '8.2-or-earlier';
      a.ipsecSettings.natExempt = false;
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.1.0.0/16';
      a.ipsecSettings.splitAclName = 'inside_nat0_outbound';
    },
  },
  {
    rule: 'W-NT14',
    change: (a) => withAaa('nt')(a),
    field: 'clientAuthentication.aaaProtocol',
    severity: 'warning',
    message: 'cut passwords off at 14 characters',
  },
  {
    rule: 'W-EXAMPLE publicAddress',
    base: (a) => (a.tunnelInterface.publicAddress = 'vpn.example.net'),
    change: (a) => (a.tunnelInterface.publicAddress = '172.16.1.2'),
    field: 'tunnelInterface.publicAddress',
    severity: 'warning',
    message: "is still the Cisco document's lab value (172.16.1.2)",
  },
  {
    rule: 'W-EXAMPLE dnsSecondary',
    base: (a) => (a.clientAttributes.dnsSecondary = '10.1.1.54'),
    change: (a) => (a.clientAttributes.dnsSecondary = '4.4.4.2'),
    field: 'clientAttributes.dnsSecondary',
    severity: 'warning',
    message: "is still the Cisco document's lab value (4.4.4.2)",
  },
  {
    rule: 'W-EXAMPLE defaultDomain',
    base: (a) => (a.clientAttributes.defaultDomain = 'corp.example.net'),
    change: (a) => (a.clientAttributes.defaultDomain = 'cisco.com'),
    field: 'clientAttributes.defaultDomain',
    severity: 'warning',
    message: "is still the Cisco document's lab value (cisco.com)",
  },
  {
    rule: 'W-EXAMPLE pre-shared key',
    base: (a) => (a.authMethod.preSharedKey = 'k7Vq-93mZ-pL2x-Rt8w'),
    change: (a) => (a.authMethod.preSharedKey = 'C!sc0@123'),
    field: 'authMethod.preSharedKey',
    severity: 'warning',
    message: "the pre-shared key published in Cisco's document",
  },
  {
    rule: 'connection name',
    change: (a) => (a.clientOptions.connectionName = 'VPN"; rm'),
    field: 'clientOptions.connectionName',
    severity: 'error',
    message: 'Connection name: use 1–64',
  },
];

function matching(answers: Answers, row: Row) {
  return validateAnswers(answers).filter(
    (i) =>
      i.field === row.field &&
      i.severity === row.severity &&
      english(i.message).includes(row.message),
  );
}

describe('validation rules (reference.md §4)', () => {
  it.each(rows.map((row) => [row.rule, row] as const))('%s', (_name, row) => {
    const base = ciscoExample();
    row.base?.(base);
    if (!row.always) {
      expect(matching(base, row), 'the base scenario must not trigger the rule').toEqual([]);
    }
    const changed = structuredClone(base);
    row.change(changed);
    expect(matching(changed, row)).toHaveLength(1);
    expect(matching(changed, row)[0]!.step).toBe(row.field.split('.')[0]);
  });

  it('accepts the Cisco example without errors', () => {
    expect(validateAnswers(ciscoExample()).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
