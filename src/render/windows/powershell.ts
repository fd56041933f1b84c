/**
 * Windows command lines of the checklist: Add-VpnConnection / Add-VpnConnectionRoute (VpnClient
 * module, reference.md §5.2), the NAT-T registry value (§5.4) and rasdial (§5.1 #10).
 */

export const PSK_PLACEHOLDER_ARGUMENT = '<pre-shared key from your administrator>';

export const NAT_T_REGISTRY_COMMAND =
  'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent /v AssumeUDPEncapsulationContextOnSendRule /t REG_DWORD /d 2 /f';

/**
 * A PowerShell single-quoted string. Inside single quotes only the quote itself is special; it is
 * escaped by doubling. PowerShell also accepts the typographic single quotes (U+2018–U+201B) as
 * quote characters, so a pasted value containing one would otherwise end the string early.
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
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

/** The one-line Add-VpnConnection command (reference.md §5.2). */
export function addVpnConnectionCommand(options: VpnConnectionOptions): string {
  const parts = [
    'Add-VpnConnection',
    `-Name ${psQuote(options.connectionName)}`,
    `-ServerAddress ${psQuote(options.serverAddress)}`,
    '-TunnelType L2tp',
    // Without -L2tpPsk Windows falls back to a machine certificate (error 766/13806), so the
    // parameter is always present, with a visible placeholder when the key is not handed out.
    `-L2tpPsk ${psQuote(options.preSharedKey ?? PSK_PLACEHOLDER_ARGUMENT)}`,
  ];
  if (options.authenticationMethods.length > 0) {
    parts.push(`-AuthenticationMethod ${options.authenticationMethods.join(',')}`);
  }
  parts.push(`-EncryptionLevel ${options.encryptionLevel}`);
  if (options.splitTunneling) parts.push('-SplitTunneling');
  if (options.dnsSuffix !== '') parts.push(`-DnsSuffix ${psQuote(options.dnsSuffix)}`);
  // -Force suppresses the prompt about supplying the pre-shared key in clear text.
  parts.push('-Force', '-RememberCredential', '-PassThru');
  return parts.join(' ');
}

/** One route for a split-tunnel network, given as CIDR (reference.md §5.3). */
export function addVpnRouteCommand(connectionName: string, cidr: string): string {
  return `Add-VpnConnectionRoute -ConnectionName ${psQuote(connectionName)} -DestinationPrefix ${cidr} -PassThru`;
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
