/**
 * English texts of the Help panel: its heading and button ('help.panel.*') and each step's help,
 * one message per paragraph ('help.<step>.<topic>'; the order is STEP_HELP's, src/wizard/step-help.ts).
 */
export const helpEn = {
  'help.panel.heading': 'Help: {title}',
  'help.panel.close': 'Close help',

  'help.introduction.version':
    'The ASA version decides the command syntax: 8.4 and later use the ikev1 keywords, 8.3 introduced object NAT, 8.2 and earlier use nat 0 with an access list.',
  'help.introduction.interfaces':
    'Interface names are the nameif names of your ASA (show nameif). They fill the interface choices on later steps.',
  'help.introduction.limits':
    'L2TP over IPsec is IKEv1 only, works only through a dynamic crypto map, needs single-context routed mode and does not survive stateful failover.',

  'help.tunnelInterface.interface':
    'The VPN tunnel interface is where clients connect: the crypto map is bound to it and IKEv1 is enabled on it.',
  'help.tunnelInterface.bypass':
    'Bypassing interface access lists (sysopt connection permit-vpn) lets decrypted VPN traffic through without extra ACL entries. The setting is global for every VPN on the ASA.',
  'help.tunnelInterface.publicAddress':
    'The public address or host name only appears in the client instructions. Tick "ASA is behind another NAT device" when the ASA\'s outside address is translated by another router: Windows then needs a registry value to use NAT traversal.',

  'help.remoteAccessClient.ppp':
    "Windows' built-in client runs PPP inside the L2TP tunnel, and PPP authenticates the user.",
  'help.remoteAccessClient.types':
    'Allow only types the user database supports: the local database cannot do CHAP or EAP. MS-CHAP-V2 is the best choice for Windows; PAP and CHAP are weak and force Windows to "Optional encryption".',

  'help.authMethod.phase1':
    'IKE phase 1 authenticates the devices before the user signs in. Native clients use a pre-shared key (or machine certificates).',
  'help.authMethod.defaultRaGroup':
    "With a pre-shared key the tunnel group must be DefaultRAGroup: native clients send no group name, and in main mode the ASA must choose the key before it knows anything but the peer's address, so only the default remote-access group can hold it.",
  'help.authMethod.key':
    'Use a long random key (Generate) and hand it out separately from the user passwords.',

  'help.clientAuthentication.where':
    'After IPsec is up, the user signs in inside PPP. The local user database needs no server; an AAA server group (RADIUS is the usual choice) keeps users in one central place.',
  'help.clientAuthentication.otherProtocols':
    'LDAP, NT, Kerberos and SDI groups need further settings that this wizard does not collect; finish them by hand.',

  'help.userAccounts.mschap':
    'Each user gets a username command. The wizard adds mschap to every user when MS-CHAP is allowed: without it the ASA stores the password in a form MS-CHAP cannot use, and Windows reports error 691.',
  'help.userAccounts.vpnOnly':
    'Users created this way can log in to the ASA itself unless you tick "VPN-only users" (service-type remote-access).',
  'help.userAccounts.add':
    'Type a name and password, then click Add. Adding an existing name replaces that user.',

  'help.addressPool.range':
    'Clients get their inside address from this pool. The range must lie in one subnet of the mask and must not overlap any inside network, or replies will be routed away from the tunnel.',

  'help.ikePolicy.order':
    'The IKEv1 policy protects the key exchange. The ASA compares its policies in priority order (lowest number first) with what the client proposes.',
  'help.ikePolicy.clients':
    'Windows accepts 3DES/SHA/group 2 (the Cisco example); recent Windows also offers AES-256/SHA/group 14, which is stronger. Android clients propose group 2 only.',

  'help.transformSet.transport':
    'The transform set encrypts the L2TP traffic; L2TP over IPsec always uses transport mode.',
  'help.transformSet.dynamicMap':
    'Clients connect from unknown addresses, so they match a dynamic map. Its entry in the crypto map should have the highest sequence number so that site-to-site entries are tried first.',
  'help.transformSet.oneMap':
    'An interface holds one crypto map: if yours already has one, use its name here.',

  'help.clientAttributes.groupPolicy':
    'The group policy sets what clients receive: DNS and WINS servers and the default domain. vpn-tunnel-protocol l2tp-ipsec is always set so the policy allows L2TP.',

  'help.ipsecSettings.natExempt':
    'NAT exemption keeps traffic between inside networks and VPN clients out of your existing NAT rules.',
  'help.ipsecSettings.splitTunnel':
    'Split tunneling sends only the listed networks through the VPN; everything else goes directly to the Internet. Without it (full tunnel), allow Internet access (hairpin) if clients need the Internet while connected.',
  'help.ipsecSettings.pfs':
    'Perfect Forward Secrecy stays off: Windows and most native L2TP clients fail to connect when the ASA requires PFS.',

  'help.summary.check':
    'Check every group and use Edit to change a step. Errors must be fixed before you finish; warnings are advice.',
  'help.summary.output':
    'Copy or download the ASA configuration and the client instructions in the preview. Paste the configuration in global configuration mode, review it, then save with write memory.',
} as const;
