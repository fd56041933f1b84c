/**
 * windowsChecklist(answers): the end-user checklist for the Windows built-in L2TP/IPsec client
 * (reference.md §5). Pure and total: any answers the form can hold give a checklist, and validity
 * is reported elsewhere. It never reads a local user's name or password: the handout addresses
 * "the user name you were given".
 */
import type { Answers } from '../../domain/answers';
import { listLines, parseNetwork } from '../../domain/net';
import {
  adapterProperties,
  addVpnConnection,
  beforeYouStart,
  dataEncryption,
  protocols,
  securityTab,
  windows8Path,
} from './checklist-setup-steps';
import {
  check,
  connect,
  natTraversal,
  powershellAlternative,
  splitTunnel,
} from './checklist-finish-steps';
import type {
  ChecklistFacts,
  ChecklistStep,
  StepNumber,
  WindowsChecklist,
  WindowsEncryption,
  WindowsVariant,
} from './checklist-types';

export type { ChecklistStep, WindowsChecklist, WindowsVariant } from './checklist-types';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Split networks as CIDR, normalised and de-duplicated; malformed lines are left to validation. */
function splitNetworks(entries: string): string[] {
  const networks = listLines(entries)
    .map(parseNetwork)
    .filter((network) => network !== null)
    .map((network) => `${network.address}/${network.prefix}`);
  return [...new Set(networks)];
}

/**
 * "Require encryption" only when every ticked Windows protocol can negotiate MPPE (MS-CHAP v2,
 * EAP); Windows refuses Required/Maximum with PAP or CHAP (reference.md §5.1 #6, §5.2).
 */
function encryptionFor(auth: WindowsChecklist['authentication']): WindowsEncryption {
  return auth.pap || auth.chap ? 'Optional encryption' : 'Require encryption';
}

/** The facts every client page is phrased from; exported for the other platforms' steps. */
export function checklistFacts(answers: Answers): ChecklistFacts {
  const ppp = answers.remoteAccessClient?.ppp;
  const authentication = {
    pap: ppp?.pap === true,
    chap: ppp?.chap === true,
    msChapV2: ppp?.msChapV2 === true,
    eap: ppp?.eapProxy === true,
  };
  // The key is used exactly as typed (not trimmed), like the ASA configuration uses it.
  const rawKey = answers.authMethod?.preSharedKey;
  const key = typeof rawKey === 'string' ? rawKey : '';
  const split = answers.ipsecSettings?.splitTunnel === true;
  const start = text(answers.addressPool?.startIp);
  const end = text(answers.addressPool?.endIp);
  return {
    connectionName: text(answers.clientOptions?.connectionName),
    serverAddress: text(answers.tunnelInterface?.publicAddress),
    // An empty key is treated like a withheld one: a blank "Pre-shared key:" would look like a
    // real (empty) value to the end user.
    preSharedKey: answers.clientOptions?.includeKeyInHandout === true && key !== '' ? key : null,
    authentication,
    encryption: encryptionFor(authentication),
    splitTunnel: split
      ? { networks: splitNetworks(text(answers.ipsecSettings?.splitNetworks)) }
      : null,
    natTraversalRegistryStep: answers.tunnelInterface?.asaBehindNat === true,
    dnsSuffix: text(answers.clientAttributes?.defaultDomain),
    poolRange: start !== '' && end !== '' ? `${start}–${end}` : null,
  };
}

/** The ids of the steps that create and configure the connection, per variant. */
function setupIds(variant: WindowsVariant): string[] {
  const create = {
    combined: ['add-vpn', 'windows-8'],
    'windows-10-11': ['add-vpn'],
    'windows-8': ['windows-8'],
  }[variant];
  return [...create, 'adapter-properties', 'security-tab', 'data-encryption', 'protocols'];
}

/**
 * The Windows checklist; `variant` picks the combined Windows 8–11 list (default, the original
 * handout) or one platform's page. Step references ("see step N") are computed from the final
 * list, so conditional steps never leave a wrong number behind.
 */
export function windowsChecklist(
  answers: Answers,
  variant: WindowsVariant = 'combined',
): WindowsChecklist {
  const facts = checklistFacts(answers);
  const networks = facts.splitTunnel?.networks ?? [];
  const setup = setupIds(variant);
  const ids = ['before-you-start', ...setup];
  if (facts.splitTunnel !== null) ids.push('split-tunnel');
  // The PowerShell commands replace every step so far except the first; the registry step, if
  // any, still follows them.
  const replaces = { first: 2, last: ids.length, continueWith: ids.length + 1 };
  if (facts.natTraversalRegistryStep) ids.push('nat-traversal');
  ids.push('connect', 'check', 'powershell');
  const n: StepNumber = (id) => ids.indexOf(id) + 1;

  const builders: Record<string, () => ChecklistStep> = {
    'before-you-start': () => beforeYouStart(facts),
    'add-vpn': () => addVpnConnection(facts),
    'windows-8': () => windows8Path(facts, n, variant),
    'adapter-properties': () => adapterProperties(facts, variant),
    'security-tab': () => securityTab(facts, variant),
    'data-encryption': () => dataEncryption(facts),
    protocols: () => protocols(facts),
    'split-tunnel': () => splitTunnel(facts, networks, n),
    'nat-traversal': () => natTraversal(),
    connect: () => connect(facts),
    check: () => check(facts),
    powershell: () => powershellAlternative(facts, networks, replaces),
  };
  const steps = ids.map((id) => builders[id]?.() ?? { id, title: id, lines: [] });
  return {
    connectionName: facts.connectionName,
    serverAddress: facts.serverAddress,
    vpnType: 'L2TP/IPsec with pre-shared key',
    preSharedKey: facts.preSharedKey,
    authentication: facts.authentication,
    encryption: facts.encryption,
    splitTunnel: facts.splitTunnel,
    natTraversalRegistryStep: facts.natTraversalRegistryStep,
    steps,
  };
}
