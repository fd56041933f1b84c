/**
 * English texts of the step pages 2–11 (step 1 and the option labels are in first-step.ts, the
 * Summary has its own part): each step's intro, field help, buttons, lists and notes
 * ('steps.<step>.<thing>'). Placeholders '{name}' are the typed parameters.
 */
export const stepPagesEn = {
  'steps.tunnelInterface.intro':
    'Choose the interface that remote clients connect to. The crypto map and IKEv1 are enabled on it.',
  'steps.tunnelInterface.bypassInterfaceAcls.help':
    'sysopt connection permit-vpn: decrypted VPN traffic is not checked against the interface access list.',
  'steps.tunnelInterface.publicAddress.help':
    'The address or DNS name users type into their VPN client (client setup only).',
  'steps.tunnelInterface.asaBehindNat.help':
    "Tick when the ASA's outside address is itself translated; Windows then needs a registry change.",
  'steps.remoteAccessClient.intro':
    'Native L2TP clients authenticate the user inside PPP after IPsec is up. Allow only the PPP types your user database supports.',
  'steps.remoteAccessClient.clientType.legend': 'VPN Client Type',
  'steps.remoteAccessClient.clientType.ciscoVpnClient':
    'Cisco VPN Client, Release 3.x or higher, or other Easy VPN Remote product',
  'steps.remoteAccessClient.clientType.notInWizard': '(not part of this wizard)',
  'steps.remoteAccessClient.ppp.help':
    'Windows offers PAP, CHAP, MS-CHAP v2 and EAP. The local user database supports {types}.',
  'steps.authMethod.intro':
    'Windows authenticates the VPN gateway and itself with a key shared by all users (or with machine certificates) before the user signs in.',
  'steps.authMethod.preSharedKey.help':
    "1–{max} characters, no spaces or '?'. Generate makes a random {length}-character key.",
  'steps.authMethod.trustpoint.help': "The trustpoint holding the ASA's identity certificate.",
  'steps.authMethod.tunnelGroupName.fixed':
    'Fixed: native clients send no group name, so with a pre-shared key the ASA can only use {group}.',
  'steps.clientAuthentication.intro':
    'After IPsec is up, the user signs in with a user name and password inside PPP. Choose where the ASA checks them.',
  'steps.clientAuthentication.aaaSecretKey.help':
    'The shared secret configured for this ASA on the server.',
  'steps.clientAuthentication.localNote':
    'Users are created on the next step. The {step} step is skipped when you use an AAA server group.',
  'steps.userAccounts.intro':
    "Add the users who may connect. Adding a name that is already in the list replaces that user's password.",
  'steps.userAccounts.confirmPassword': 'Confirm Password',
  'steps.userAccounts.add': 'Add',
  'steps.userAccounts.pending': 'Click Add to add this user, or clear the fields',
  'steps.userAccounts.added': 'Added user {name}.',
  'steps.userAccounts.replaced': 'Replaced user {name}.',
  'steps.userAccounts.deleted': 'Deleted user {name}.',
  'steps.userAccounts.listHeading': '{label} ({count})',
  'steps.userAccounts.empty': 'No users added yet.',
  'steps.userAccounts.passwordSet': 'password set',
  'steps.userAccounts.noPassword': 'no password',
  'steps.userAccounts.delete': 'Delete',
  'steps.userAccounts.deleteUser': 'Delete {name}',
  'steps.userAccounts.vpnOnly.help':
    'Adds service-type remote-access, so these users cannot log in to the ASA itself.',
  'steps.addressPool.intro':
    'Each connected client gets one address from this pool. Use a range that is not in use on any inside network.',
  'steps.ikePolicy.intro':
    'Phase 1 protects the key exchange. Windows proposes several combinations; the ASA picks the first of its policies (lowest priority number) that matches.',
  'steps.ikePolicy.priority.help': '{min}–{max}; lower numbers are tried first.',
  'steps.transformSet.intro':
    "Phase 2 encrypts the L2TP traffic. L2TP clients connect from unknown addresses, so they are matched by a dynamic map inside the interface's crypto map.",
  'steps.transformSet.mode.label': 'Mode',
  'steps.transformSet.mode.fixed': '— fixed: L2TP over IPsec always uses transport mode.',
  'steps.transformSet.saLifetime.help':
    'Optional. Leave empty to keep the ASA default (28800 seconds).',
  'steps.clientAttributes.intro':
    'These settings are sent to the client when it connects. Leave a server empty to inherit it from the default group policy.',
  'steps.ipsecSettings.intro':
    'Keep VPN traffic out of existing NAT rules, choose what goes through the tunnel, and set Perfect Forward Secrecy.',
  'steps.ipsecSettings.exemptNetworks.help':
    'Inside networks that reach the clients untranslated, one per line (10.1.1.0/24 or 10.1.1.0 255.255.255.0), or any.',
  'steps.ipsecSettings.splitNetworks.help':
    "Only traffic to these networks goes through the tunnel, one per line. They must not cover the clients' own LANs.",
  'steps.ipsecSettings.interceptDhcp.help':
    "Answers the client's DHCP INFORM with the split routes.",
  'steps.ipsecSettings.hairpin.helpSplit':
    'Only for full tunnel: with split tunneling, Internet traffic does not use the VPN.',
  'steps.ipsecSettings.hairpin.helpFull':
    'Lets full-tunnel clients reach the Internet back out of the outside interface (hairpin).',
} as const;
