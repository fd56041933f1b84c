/**
 * English texts: the cross-step rules (errors and warnings, src/domain/rules) and the client
 * compatibility check (src/domain/client-compatibility.ts). Ids are '<area>.<name>'; placeholders
 * '{name}' are the typed parameters: `{label}` is a field label (labelOf), values are as typed.
 */
export const rulesEn = {
  // Lists: "A, B and C" / "A, B, C", built from the right (see src/domain/rules/list-message.ts).
  'rules.list.and': '{first} and {last}',
  'rules.list.comma': '{first}, {rest}',
  'rules.dhGroup': 'DH group {group}',

  // Addressing and names
  'rules.overlap.pool':
    'The pool {start}–{end} overlaps {network}; clients would get addresses that are routed inside.',
  'rules.splitServer.contains':
    '{network} contains the VPN server address {server}; clients would lose the tunnel.',
  'rules.poolServer.contains':
    'The pool {start}–{end} contains the VPN server address {server} ({label}); a client given that address cannot reach the server.',
  'rules.splitLan.clientLans':
    "Split tunnel networks must not cover the clients' own LANs (home or hotel networks), or those LANs become unreachable while connected.",
  'rules.poolEdge.network': 'The pool includes {address}, the network address of its subnet.',
  'rules.poolEdge.broadcast': 'The pool includes {address}, the broadcast address of its subnet.',
  'rules.nameClash.poolObject':
    '{label}: names starting with {prefix} are used for the exempt networks; choose another name.',
  'rules.nameClash.splitAcl':
    '{label}: {name} is the NAT exemption ACL on 8.2; choose another name.',
  'rules.netDup.repeated': '{network} is listed more than once; it is emitted once.',

  // IKE and IPsec
  'rules.range.lifetime':
    '{label} {value} is outside {min}–{max}; the ASA accepts {min}–{max} seconds.',
  'rules.range.sequence':
    '{label} {value} is outside {min}–{max}; sequence numbers are {min}–{max}.',
  'rules.weak.algorithm':
    '{algorithm} is a weak algorithm; prefer AES-256, SHA and DH group 14 where the clients allow it.',
  'rules.deprecated.release':
    'Your ASA release may not offer {feature}; if the line is rejected, choose AES/SHA/group 14.',
  'rules.deprecated.dhGroup7': 'DH group 7 (8.0–8.3 only)',
  'rules.deprecated.ntServers': 'NT authentication servers',
  'rules.deprecated.dhGroup14Before84': 'DH group 14 with IKEv1 before 8.4',
  'rules.deprecated.pfsGroup14Before84': 'PFS group 14 before 8.4',
  'rules.android.dhGroup2':
    'Android 11 and older propose DH group 2 only; add a second IKE policy with group 2 if they must connect.',
  'rules.pfs.windows': 'Windows and other native L2TP clients usually fail with PFS on.',
  'rules.saLifetime.windowsMin': 'Windows ignores lifetimes below {seconds} s.',
  'rules.sequence.last':
    'The dynamic entry must have the highest sequence in the map (65535) so that static site-to-site entries match first.',

  // Deployment on an ASA in service
  'rules.tunnelGroup.shared':
    '{group} is shared: existing settings (for example an AAA server group) stay unless overwritten.',
  'rules.certificate.machineCertificates':
    'Certificate L2TP needs machine certificates on clients and a trustpoint on the ASA; the client checklist covers the pre-shared key only.',
  'rules.builtIn.tunnelGroup': '{name} is built in; the wizard will modify the existing one.',
  'rules.builtIn.groupPolicy':
    'DfltGrpPolicy is built in; the wizard will modify the existing one, which every other VPN inherits from. Its vpn-tunnel-protocol becomes l2tp-ipsec only, so other VPN types that inherit it (AnyConnect, IPsec clients, site-to-site) stop connecting; prefer a group policy of its own.',
  'rules.cryptoMap.onePerInterface':
    'An interface holds one crypto map. If {interface} already has a map, use its name (show run crypto map | include interface) and a sequence number that map does not use yet (ASDM often puts its SYSTEM_DEFAULT_CRYPTO_MAP at 65535; an existing entry is overwritten). A new name replaces the binding and drops existing site-to-site tunnels.',
  'rules.existing.objects':
    'Existing objects with the same number or name (IKE policy, transform set, pool, group policy, username) are modified, not duplicated; check show run crypto {keyword}, show run group-policy and show run username first.',
  'rules.sysopt.global':
    '"no sysopt connection permit-vpn" is global: every VPN\'s decrypted traffic then needs outside ACL entries.',
  'rules.nat.noExemption':
    'Without NAT exemption, replies to VPN clients may be translated by existing NAT rules.',
  'rules.nat.nat0':
    'On 8.2, a nat ({interface}) 0 rule with another ACL name replaces the existing one; the wizard reuses {acl}, so check show run nat first.',
  'rules.hairpin.fullTunnel':
    'Clients send all Internet traffic to the ASA; tick {label} to add the hairpin lines.',
  'rules.aaa.finishByHand':
    'Finish this server group by hand (base DN, login DN, domain controller or realm); the wizard does not collect those settings.',
  'rules.aaa.nt14': 'NT servers cut passwords off at 14 characters; longer passwords fail.',
  'rules.aaa.keyLength':
    '{label} is longer than {max} characters, which some ASA releases do not accept.',
  'rules.domain.length': 'Domain names are limited to {max} characters on the ASA.',
  'rules.psk.short': 'Short keys can be guessed offline; use {min} or more random characters.',

  // Values left at the Cisco document's lab scenario
  'rules.example.labValue':
    "{label} is still the Cisco document's lab value ({value}). Change it unless it really is yours.",
  'rules.example.publishedKey':
    "This is the pre-shared key published in Cisco's document: anyone can look it up. Use a key of your own.",

  // Interface names
  'rules.interface.notDeclared':
    '{label} "{value}" is not one of the interface names of step 1 ({names}).',
  'rules.interface.twice':
    'Interface name "{name}" is listed twice; each interface must be named once.',
  'rules.interface.caseOnly':
    'Interface names "{first}" and "{second}" differ only in case; the ASA may treat them as the same interface.',
  'rules.interface.long': 'Interface names are usually at most {max} characters ("{name}…").',
  'rules.interface.natInside':
    '{label} must differ from the {vpnLabel} ({interface}); NAT exemption is from the inside networks to the VPN pool.',

  // PPP authentication
  'rules.ppp.localUnsupported':
    '{type} is not supported with the LOCAL user database; use MS-CHAP-V2, or authenticate with a RADIUS server group.',
  'rules.ppp.localUnsupportedChap':
    '{type} is not supported with the LOCAL user database; use MS-CHAP-V2, or authenticate with a RADIUS or TACACS+ server group.',
  'rules.ppp.serverUnsupported':
    '{type} is not supported with a {protocol} server group for L2TP; allowed: {allowed}.',
  'rules.ppp.serverNone':
    '{type} is not supported with a {protocol} server group for L2TP; allowed: none of the five types.',
  'rules.ppp.sdiPap':
    'PAP with an SDI server group is unverified for L2TP; test it before relying on it.',
  'rules.ppp.msChapV1Alone': 'Windows clients cannot use MS-CHAP v1 alone; add MS-CHAP-V2.',
  'rules.ppp.papWeak': "PAP/CHAP are weak, and they force Windows 'Optional encryption'.",
  'rules.ppp.mschapUsers':
    "Users created outside this wizard must also have been created with 'mschap', or their MS-CHAP logins fail (Windows error 691).",

  // Local users
  'rules.users.none': 'No users will be created; existing local users must already exist.',
  'rules.users.nameLength':
    'Username "{name}": usernames are {min}–{max} characters on most ASA releases.',
  'rules.users.adminName':
    'Username "{name}" often already exists on an ASA as an administrator account: its username line replaces that account\'s password. Use a name of its own for VPN users.',
  'rules.users.adminNameVpnOnly':
    'Username "{name}" often already exists on an ASA as an administrator account: its username line replaces that account\'s password and takes away its management access. Use a name of its own for VPN users.',
  'rules.users.passwordClassic':
    'Password of user "{name}" is longer than {max} characters, which ASA 8.0–8.3 does not accept.',
  'rules.users.passwordLong':
    'Password of user "{name}": passwords longer than {max} characters need ASA 9.6(1) or later.',
  'rules.users.passwordShort':
    'Password of user "{name}": Cisco recommends passwords of at least {min} characters.',
  'rules.users.caseOnly':
    'Usernames "{first}" and "{second}" differ only in case; they share one simultaneous-login count.',

  // Client compatibility: `message` for the administrator (Summary), `handout` for end users.
  'compat.ppp.none':
    'No PPP authentication type is enabled; enable MS-CHAP-V2, which every listed client supports.',
  'compat.ppp.unavailable':
    'The enabled PPP authentication ({types}) is not available on {platforms}; enable MS-CHAP-V2, which every listed client supports.',
  'compat.ppp.handout':
    'The sign-in method of this VPN is not available on this device, so it cannot connect. Ask your administrator to enable MS-CHAP v2.',
  'compat.android.message':
    'Android 11 and earlier propose DH group 2 only, and the IKE policy uses group {group}; add a second IKE policy with group 2 if Android devices must connect.',
  'compat.android.handout':
    'Android may fail to connect (no answer from the server) until your administrator enables the security settings Android uses (DH group 2).',
  'compat.proposal.ikeEncryption': 'IKE encryption {value}',
  'compat.proposal.ikeHash': 'IKE hash {value}',
  'compat.proposal.message':
    '{platforms} may not propose {items}; they offer AES-256, AES-128 or 3DES with SHA and DH group 2, 5 or 14.',
  'compat.proposal.handout':
    'This device may not support the encryption settings of this VPN. If it cannot connect (Windows: error 789 or 809), tell your administrator.',
  'compat.pfs.message':
    "PFS is on, but the native L2TP clients of {platforms} do not offer PFS, so the IPsec phase usually fails; turn PFS off (Linux clients set up from the handout's files follow it).",
  'compat.pfs.handout':
    'A server setting (PFS) will probably prevent this device from connecting. Tell your administrator; there is nothing to change on your device.',
  'compat.lifetime.message':
    'The IPsec SA lifetime of {seconds} s is under {min} s, which Windows does not accept as offered; connections may drop at rekey. Use {min} s or more, or leave the field empty for the ASA default.',
  'compat.lifetime.handout':
    'If the connection drops after a few minutes every time, tell your administrator (the server renews its keys too often for Windows).',
  'compat.splitNoNetworks.message':
    'Split tunneling is on but no valid split tunnel network is listed, so the handout cannot tell clients which networks to route through the VPN.',
  'compat.splitNoNetworks.handout':
    'Your administrator has not yet listed the networks reached through this VPN; ask for them before setting it up.',
  'compat.splitDhcp.message':
    'macOS and iOS/iPadOS have no setting for VPN routes; they are believed to learn split tunnel routes only from the DHCP answer of the ASA. Turn Intercept DHCP on, or their users reach only the network of their VPN address.',
  'compat.splitDhcp.handout':
    'Some company networks may be unreachable over the VPN from this device (its routes come from the server). If so, tell your administrator.',
  'compat.splitChromeos.message':
    'ChromeOS has no setting for VPN routes and may send all traffic through the VPN; with split tunneling and no Internet access for full-tunnel clients, its users lose the Internet while connected.',
  'compat.splitChromeos.handout':
    'While the VPN is connected, websites outside the company network may not load on this device. Disconnect the VPN to use them.',
  'compat.behindNat.message':
    'The ASA is behind NAT: every Windows client needs the registry value AssumeUDPEncapsulationContextOnSendRule = 2 and a restart, or it fails with error 809. The handout includes the step and the script has the -SetNatTraversal switch.',
  'compat.behindNat.handout':
    'This VPN server is behind a NAT router: do the registry step and restart Windows before the first connection, or Windows shows error 809.',
  'compat.sharedNat.message':
    'Only one Windows client behind the same NAT router (a home, hotel or office network) can connect reliably at a time; users sharing a network may disconnect each other.',
  'compat.sharedNat.handout':
    'If someone else on the same network (home, hotel, office) is connected to this VPN from Windows, your connection may fail or drop. Try again after they disconnect, or use another network.',
  'compat.noServer.message':
    '"{label}" is empty, so the handout cannot tell users where to connect.',
  'compat.noServer.handout': 'Ask your administrator for the address of the VPN server.',
  'compat.certificate.message':
    'The client handout describes pre-shared key setups only; with certificate authentication every device also needs a machine certificate, which it does not cover.',
  'compat.certificate.handout':
    'This VPN uses certificates, which this document does not cover: ask your administrator how to install yours.',
} as const;
