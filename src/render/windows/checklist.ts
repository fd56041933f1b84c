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
  WindowsChecklist,
  WindowsEncryption,
} from './checklist-types';

export type { ChecklistStep, WindowsChecklist } from './checklist-types';

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

function factsOf(answers: Answers): ChecklistFacts {
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

export function windowsChecklist(answers: Answers): WindowsChecklist {
  const facts = factsOf(answers);
  const networks = facts.splitTunnel?.networks ?? [];
  const steps: ChecklistStep[] = [
    beforeYouStart(facts),
    addVpnConnection(facts),
    windows8Path(facts),
    adapterProperties(facts),
    securityTab(facts),
    dataEncryption(facts),
    protocols(facts),
  ];
  if (facts.splitTunnel !== null) steps.push(splitTunnel(facts, networks));
  // The PowerShell commands replace every step so far except the first; the registry step, if
  // any, still follows them.
  const replaces = { last: steps.length, continueWith: steps.length + 1 };
  if (facts.natTraversalRegistryStep) steps.push(natTraversal());
  steps.push(connect(facts), check(facts), powershellAlternative(facts, networks, replaces));
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
