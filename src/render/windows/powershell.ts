/**
 * Windows command lines of the checklist and the add-l2tp-vpn.ps1 script: Add-VpnConnection /
 * Add-VpnConnectionRoute (VpnClient module, reference.md §5.2), the NAT-T registry value (§5.4) and
 * rasdial (§5.1 #10).
 */
import type { WindowsChecklist, WindowsEncryption } from './checklist-types';

export const PSK_PLACEHOLDER_ARGUMENT = '<pre-shared key from your administrator>';

export const NAT_T_REGISTRY_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent';
export const NAT_T_REGISTRY_VALUE = 'AssumeUDPEncapsulationContextOnSendRule';

export const NAT_T_REGISTRY_COMMAND = `reg add ${NAT_T_REGISTRY_KEY} /v ${NAT_T_REGISTRY_VALUE} /t REG_DWORD /d 2 /f`;

/**
 * A PowerShell single-quoted string. Inside single quotes only the quote itself is special; it is
 * escaped by doubling. PowerShell also accepts the typographic single quotes (U+2018–U+201B) as
 * quote characters, so a pasted value containing one would otherwise end the string early.
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/**
 * Add-VpnConnection -AuthenticationMethod names of the PPP types the ASA allows: pap→Pap,
 * chap→Chap, ms-chap-v2→MSChapv2, eap-proxy→Eap. MS-CHAP v1 has no Windows method (§5.2).
 */
export function authenticationMethodsFor(auth: WindowsChecklist['authentication']): string[] {
  return [
    auth.pap && 'Pap',
    auth.chap && 'Chap',
    auth.msChapV2 && 'MSChapv2',
    auth.eap && 'Eap',
  ].filter((method): method is string => typeof method === 'string');
}

export function encryptionLevelFor(encryption: WindowsEncryption): 'Required' | 'Optional' {
  return encryption === 'Require encryption' ? 'Required' : 'Optional';
}

export interface VpnConnectionOptions {
  connectionName: string;
  serverAddress: string;
  /** null = the key is not in the handout: print a placeholder the user replaces. */
  preSharedKey: string | null;
  /** Add-VpnConnection names, e.g. ['MSChapv2']; empty = let Windows choose. */
  authenticationMethods: string[];
  encryptionLevel: 'Required' | 'Optional';
  splitTunneling: boolean;
  /** Empty = no -DnsSuffix. */
  dnsSuffix: string;
}

/**
 * The name, server and key arguments in PowerShell source form: quoted literals (the checklist's
 * one-liner) or variables such as `$Name` (the script, which sets them once at the top).
 */
export interface VpnConnectionArguments {
  name: string;
  server: string;
  psk: string;
}

type Settings = Omit<VpnConnectionOptions, 'connectionName' | 'serverAddress' | 'preSharedKey'>;

/** Add-VpnConnection with the given argument expressions; -PassThru only for the typed one-liner. */
export function addVpnConnectionLine(
  args: VpnConnectionArguments,
  settings: Settings,
  passThru: boolean,
): string {
  const parts = [
    'Add-VpnConnection',
    `-Name ${args.name}`,
    `-ServerAddress ${args.server}`,
    '-TunnelType L2tp',
    // Without -L2tpPsk Windows falls back to a machine certificate (error 766/13806), so the
    // parameter is always present.
    `-L2tpPsk ${args.psk}`,
  ];
  if (settings.authenticationMethods.length > 0) {
    parts.push(`-AuthenticationMethod ${settings.authenticationMethods.join(',')}`);
  }
  parts.push(`-EncryptionLevel ${settings.encryptionLevel}`);
  if (settings.splitTunneling) parts.push('-SplitTunneling');
  if (settings.dnsSuffix !== '') parts.push(`-DnsSuffix ${psQuote(settings.dnsSuffix)}`);
  // -Force suppresses the prompt about supplying the pre-shared key in clear text.
  parts.push('-Force', '-RememberCredential');
  if (passThru) parts.push('-PassThru');
  return parts.join(' ');
}

/** The one-line Add-VpnConnection command (reference.md §5.2), with a visible key placeholder. */
export function addVpnConnectionCommand(options: VpnConnectionOptions): string {
  return addVpnConnectionLine(
    {
      name: psQuote(options.connectionName),
      server: psQuote(options.serverAddress),
      psk: psQuote(options.preSharedKey ?? PSK_PLACEHOLDER_ARGUMENT),
    },
    options,
    true,
  );
}

/** One route for a split-tunnel network, given as CIDR (reference.md §5.3). */
export function addVpnRouteCommand(connectionName: string, cidr: string): string {
  return addVpnRouteLine(psQuote(connectionName), cidr, true);
}

/** Add-VpnConnectionRoute with the connection name as a PowerShell expression. */
export function addVpnRouteLine(nameArgument: string, cidr: string, passThru: boolean): string {
  const line = `Add-VpnConnectionRoute -ConnectionName ${nameArgument} -DestinationPrefix ${cidr}`;
  return passThru ? `${line} -PassThru` : line;
}

/**
 * rasdial runs in cmd.exe and PowerShell alike. cmd.exe has no escape for a double quote inside a
 * quoted argument, so a stray one is dropped rather than letting it split the command line.
 */
export function rasdialCommands(connectionName: string): string[] {
  const name = `"${connectionName.replace(/"/g, '')}"`;
  return [`rasdial ${name} <user name> *`, `rasdial ${name} /DISCONNECT`];
}

/** Keeps the pre-shared key out of the PowerShell history file (reference.md §5.2 [T]). */
export const NO_HISTORY_COMMAND = 'Set-PSReadlineOption -HistorySaveStyle SaveNothing';
