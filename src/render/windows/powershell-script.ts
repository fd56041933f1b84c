/**
 * windowsPowerShellScript(answers) → add-l2tp-vpn.ps1: creates (or replaces) the L2TP/IPsec
 * connection with Add-VpnConnection (reference.md §5.2), adds the split-tunnel routes (§5.3), and
 * with -SetNatTraversal sets the NAT-T registry value (§5.4). Answer values appear only inside
 * single-quoted strings (psQuote), never in comments, so no value can end a comment or a string.
 */
import type { Answers } from '../../domain/answers';
import { checklistFacts } from './checklist';
import {
  NAT_T_REGISTRY_KEY,
  NAT_T_REGISTRY_VALUE,
  addVpnConnectionLine,
  addVpnRouteLine,
  authenticationMethodsFor,
  encryptionLevelFor,
  psQuote,
} from './powershell';

export const POWERSHELL_SCRIPT_FILE_NAME = 'add-l2tp-vpn.ps1';

/** How users run the script (its header, and the line under its download button). */
export const POWERSHELL_RUN_COMMAND = `powershell -ExecutionPolicy Bypass -File .\\${POWERSHELL_SCRIPT_FILE_NAME}`;

/**
 * Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page, which
 * would corrupt a non-ASCII key or name; the BOM makes it read the file as UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

const HEADER = `# ${POWERSHELL_SCRIPT_FILE_NAME}: creates the L2TP/IPsec VPN connection on this Windows computer.
#
# How to run it: open Windows PowerShell, go to the folder with this file and run
#     ${POWERSHELL_RUN_COMMAND}
# Running it again replaces the connection with a fresh copy.
#
# It contains no user password: Windows asks for your user name and password when you connect.`;

const KEY_IN_FILE = `# The pre-shared key is written in this file rather than typed, so it never reaches the
# PowerShell history, and the script does not print it. Keep this file private; delete it when done.`;

const KEY_PROMPTED = `# The pre-shared key is not in this file: the script asks for it (the input is hidden) and
# passes it straight to Windows, without printing it or saving it in the PowerShell history.`;

const NAT_HELP = `# -SetNatTraversal also sets the registry value Windows needs when the VPN server is behind NAT
# (otherwise: error 809). It needs PowerShell run as administrator, and a restart afterwards.`;

const NAT_RECOMMENDED = `# This VPN server IS behind NAT: run the script once with -SetNatTraversal.`;

const ADMIN_CHECK = `if ($SetNatTraversal) {
    $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw 'The -SetNatTraversal switch changes a computer-wide registry value: run PowerShell as administrator.'
    }
}`;

const PROMPT_KEY = `$SecureKey = Read-Host -Prompt 'Pre-shared key (from your administrator)' -AsSecureString
$Psk = (New-Object System.Net.NetworkCredential -ArgumentList '', $SecureKey).Password
if ([string]::IsNullOrEmpty($Psk)) { throw 'No pre-shared key was entered.' }`;

// Remove-VpnConnection fails on a connected connection, so it is disconnected first.
const REPLACE_EXISTING = `# Re-running replaces the connection: disconnect and remove an existing one of the same name.
$existing = Get-VpnConnection -Name $Name -ErrorAction SilentlyContinue
if ($existing) {
    if ($existing.ConnectionStatus -eq 'Connected') { rasdial $Name /DISCONNECT | Out-Null }
    Remove-VpnConnection -Name $Name -Force
}`;

const SET_REGISTRY = `if ($SetNatTraversal) {
    Set-ItemProperty -Path 'HKLM:${NAT_T_REGISTRY_KEY.slice('HKLM'.length)}' -Name '${NAT_T_REGISTRY_VALUE}' -Value 2 -Type DWord
    Write-Host 'NAT-T registry value set (${NAT_T_REGISTRY_VALUE} = 2). Restart Windows before you connect.'
}`;

export function windowsPowerShellScript(answers: Answers): string {
  const facts = checklistFacts(answers);
  const networks = facts.splitTunnel?.networks ?? [];
  const methods = authenticationMethodsFor(facts.authentication);
  const add = addVpnConnectionLine(
    { name: '$Name', server: '$Server', psk: '$Psk' },
    {
      authenticationMethods: methods,
      encryptionLevel: encryptionLevelFor(facts.encryption),
      splitTunneling: facts.splitTunnel !== null,
      dnsSuffix: facts.dnsSuffix,
    },
    false,
  );
  const blocks = [
    [HEADER, facts.preSharedKey === null ? KEY_PROMPTED : KEY_IN_FILE].join('\n#\n'),
    [NAT_HELP, ...(facts.natTraversalRegistryStep ? [NAT_RECOMMENDED] : [])].join('\n'),
    '[CmdletBinding()]\nparam(\n    [switch]$SetNatTraversal\n)',
    "$ErrorActionPreference = 'Stop'",
    ADMIN_CHECK,
    [
      `$Name = ${psQuote(facts.connectionName)}`,
      `$Server = ${psQuote(facts.serverAddress)}`,
      facts.preSharedKey === null ? PROMPT_KEY : `$Psk = ${psQuote(facts.preSharedKey)}`,
    ].join('\n'),
    REPLACE_EXISTING,
    [
      ...(methods.length === 0
        ? [
            "Write-Warning 'None of the sign-in methods of the VPN server exists in Windows; ask your administrator to enable MS-CHAP-V2.'",
          ]
        : []),
      add,
      ...networks.map((cidr) => addVpnRouteLine('$Name', cidr, false)),
      ...(facts.splitTunnel !== null && networks.length === 0
        ? [
            "Write-Warning 'Split tunneling is on but no networks are listed; ask your administrator which routes to add.'",
          ]
        : []),
    ].join('\n'),
    SET_REGISTRY,
    ...(facts.natTraversalRegistryStep
      ? [
          "if (-not $SetNatTraversal) {\n    Write-Warning 'The VPN server is behind NAT: run this script again as administrator with -SetNatTraversal, then restart Windows.'\n}",
        ]
      : []),
    'Write-Host "The VPN connection \'$Name\' is ready. Connect from the network icon in the taskbar and enter the user name you were given and your password."',
  ];
  return `${UTF8_BOM}${blocks.join('\n\n')}\n`;
}
