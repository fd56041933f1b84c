/**
 * The conditional and closing steps of the Windows checklist (reference.md §5.1 lines 8–11): split
 * tunneling, the NAT-T registry value, connect, check; then the PowerShell alternative (§5.2).
 * Which of them appear is decided in checklist.ts.
 */
import type { ChecklistFacts, ChecklistStep, StepNumber } from './checklist-types';
import {
  NAT_T_REGISTRY_COMMAND,
  NO_HISTORY_COMMAND,
  addVpnConnectionCommand,
  addVpnRouteCommand,
  authenticationMethodsFor,
  encryptionLevelFor,
  rasdialCommands,
} from './powershell';

export function splitTunnel(
  facts: ChecklistFacts,
  networks: string[],
  n: StepNumber,
): ChecklistStep {
  const lines = [
    networks.length > 0
      ? `Only these networks go through the VPN: ${networks.join(', ')}. Everything else uses your own Internet connection.`
      : 'Only some networks go through the VPN; your administrator has not listed them yet.',
    `Open the connection properties again (step ${n('adapter-properties')}) → Networking tab → Internet Protocol Version 4 (TCP/IPv4) → Properties → Advanced.`,
    'Untick Use default gateway on remote network, then click OK in each window.',
  ];
  if (networks.length === 0) return { id: 'split-tunnel', title: 'Split tunneling', lines };
  lines.push(
    'Add one route per network: open Windows PowerShell and run the commands below. This does no harm if the VPN server also sends these routes.',
  );
  return {
    id: 'split-tunnel',
    title: 'Split tunneling',
    lines,
    commands: networks.map((cidr) => addVpnRouteCommand(facts.connectionName, cidr)),
  };
}

export function natTraversal(): ChecklistStep {
  return {
    id: 'nat-traversal',
    title: 'Allow a VPN server behind NAT (registry)',
    lines: [
      'The VPN server is behind a NAT device; without this registry value Windows fails with error 809.',
      'Open Command Prompt as administrator, run the command below, then restart Windows.',
      'Windows feature updates can reset this value: repeat this step if error 809 comes back.',
    ],
    commands: [NAT_T_REGISTRY_COMMAND],
  };
}

export function connect(facts: ChecklistFacts): ChecklistStep {
  return {
    id: 'connect',
    title: 'Connect',
    lines: [
      `Click the network icon in the taskbar → "${facts.connectionName}" → Connect.`,
      'Enter the user name you were given and your password.',
      'Or, in Command Prompt: rasdial with your user name and * (it asks for the password); /DISCONNECT ends the connection.',
    ],
    commands: rasdialCommands(facts.connectionName),
  };
}

export function check(facts: ChecklistFacts): ChecklistStep {
  const lines = [
    `Run ipconfig: it lists a PPP adapter "${facts.connectionName}" with an IPv4 address${
      facts.poolRange === null ? ' from the VPN address pool' : ` in ${facts.poolRange}`
    }.`,
  ];
  if (!facts.natTraversalRegistryStep) {
    lines.push(
      `Error 809 (no response from the server): if the VPN server is behind a NAT device, the fix is the registry value ${NAT_T_REGISTRY_COMMAND} (Command Prompt as administrator), then a restart.`,
    );
  }
  return { id: 'check', title: 'Check the connection', lines, commands: ['ipconfig'] };
}

/** PowerShell (Windows 8+) replaces the Settings and properties steps in one go (§5.2). */
export function powershellAlternative(
  facts: ChecklistFacts,
  networks: string[],
  replaces: { first: number; last: number; continueWith: number },
): ChecklistStep {
  const commands = facts.preSharedKey === null ? [] : [NO_HISTORY_COMMAND];
  commands.push(
    addVpnConnectionCommand({
      connectionName: facts.connectionName,
      serverAddress: facts.serverAddress,
      preSharedKey: facts.preSharedKey,
      authenticationMethods: authenticationMethodsFor(facts.authentication),
      encryptionLevel: encryptionLevelFor(facts.encryption),
      splitTunneling: facts.splitTunnel !== null,
      dnsSuffix: facts.dnsSuffix,
    }),
    ...networks.map((cidr) => addVpnRouteCommand(facts.connectionName, cidr)),
  );
  const lines = [
    `On Windows 8 or later, the commands below create the same connection as steps ${replaces.first} to ${replaces.last}. Run them in Windows PowerShell, then continue with step ${replaces.continueWith}.`,
  ];
  lines.push(
    facts.preSharedKey === null
      ? "Replace <pre-shared key from your administrator> with the key, keeping the single quotes around it; if the key itself contains a single quote ('), type that quote twice."
      : 'The first command keeps the pre-shared key out of the PowerShell history.',
  );
  return {
    id: 'powershell',
    title: 'Alternative: set up the connection with PowerShell',
    lines,
    commands,
  };
}
