/**
 * Setting up the connection: steps 1–7 of the Windows checklist (reference.md §5.1 lines 1–7).
 * Builders receive facts already derived from the answers and only phrase them.
 */
import type { ChecklistFacts, ChecklistStep, StepNumber, WindowsVariant } from './checklist-types';
import { PSK_PLACEHOLDER } from './checklist-types';

/** The key where a field is filled in, or a bracketed request to ask for it. */
export const keyText = (facts: Pick<ChecklistFacts, 'preSharedKey'>) =>
  facts.preSharedKey ?? `(${PSK_PLACEHOLDER.toLowerCase()})`;

export function beforeYouStart(facts: ChecklistFacts): ChecklistStep {
  return {
    id: 'before-you-start',
    title: 'Before you start',
    lines: [
      `Server address: ${facts.serverAddress}`,
      facts.preSharedKey === null ? `${PSK_PLACEHOLDER}.` : `Pre-shared key: ${facts.preSharedKey}`,
      'You also need the user name you were given and your password; they are not in this document.',
    ],
  };
}

export function addVpnConnection(facts: ChecklistFacts): ChecklistStep {
  return {
    id: 'add-vpn',
    title: 'Add the VPN connection (Windows 10 and 11)',
    lines: [
      'Windows 11: Settings → Network & internet → VPN → Add VPN.',
      'Windows 10: Settings → Network & Internet → VPN → Add a VPN connection.',
      'VPN provider: Windows (built-in)',
      `Connection name: ${facts.connectionName}`,
      `Server name or address: ${facts.serverAddress}`,
      'VPN type: L2TP/IPsec with pre-shared key',
      `Pre-shared key: ${keyText(facts)}`,
      'Type of sign-in info: User name and password',
      'Leave the user name and password empty here (Windows asks for them when you connect) and click Save.',
    ],
  };
}

/** The seed's Control Panel path; in the combined list it replaces step 2 on Windows 8/8.1. */
export function windows8Path(
  facts: ChecklistFacts,
  n: StepNumber,
  variant: WindowsVariant,
): ChecklistStep {
  return {
    id: 'windows-8',
    title:
      variant === 'combined'
        ? `Windows 8 and 8.1 only (instead of step ${n('add-vpn')})`
        : 'Create the connection (Control Panel)',
    lines: [
      'Control Panel → Network and Sharing Center → Set up a new connection or network → Connect to a workplace → Use my Internet connection (VPN).',
      `Internet address: ${facts.serverAddress}`,
      `Destination name: ${facts.connectionName}`,
      `Click Create. Windows does not ask for the VPN type or the key here; steps ${n('adapter-properties')} to ${n('protocols')} set them.`,
    ],
  };
}

export function adapterProperties(facts: ChecklistFacts, variant: WindowsVariant): ChecklistStep {
  return {
    id: 'adapter-properties',
    title: 'Open the connection properties',
    lines: [
      'Network and Sharing Center → Change adapter settings, or press Windows+R and run ncpa.cpl.',
      ...(variant === 'windows-8'
        ? []
        : [
            'Windows 11: Settings → Network & internet → Advanced network settings → More network adapter options.',
          ]),
      `Right-click "${facts.connectionName}" → Properties.`,
    ],
  };
}

export function securityTab(facts: ChecklistFacts, variant: WindowsVariant): ChecklistStep {
  return {
    id: 'security-tab',
    title: 'Security tab: VPN type and pre-shared key',
    lines: [
      variant === 'windows-10-11'
        ? 'Open the Security tab. The Settings app has already set the next two values: check them.'
        : 'Open the Security tab.',
      'Type of VPN: Layer 2 Tunneling Protocol with IPsec (L2TP/IPsec), not Automatic.',
      'Click Advanced settings → select Use preshared key for authentication.',
      `Key: ${keyText(facts)}`,
      'Click OK.',
    ],
  };
}

export function dataEncryption(facts: ChecklistFacts): ChecklistStep {
  const required = facts.encryption === 'Require encryption';
  return {
    id: 'data-encryption',
    title: 'Security tab: data encryption',
    lines: [
      required
        ? 'Data encryption: Require encryption (disconnect if server declines)'
        : 'Data encryption: Optional encryption (connect even if no encryption)',
      required
        ? 'The allowed sign-in protocols all support encryption, so Windows can insist on it.'
        : 'PAP and CHAP cannot negotiate encryption, so Windows refuses "Require" with them. IPsec still encrypts the traffic.',
    ],
  };
}

const PROTOCOL_BOXES = [
  ['pap', 'Unencrypted password (PAP)'],
  ['chap', 'Challenge Handshake Authentication Protocol (CHAP)'],
  ['msChapV2', 'Microsoft CHAP Version 2 (MS-CHAP v2)'],
] as const;

export function protocols(facts: ChecklistFacts): ChecklistStep {
  const { authentication } = facts;
  const boxes = PROTOCOL_BOXES.filter(([key]) => authentication[key]).map(([, box]) => box);
  const lines =
    boxes.length > 0
      ? ['Select Allow these protocols. Tick exactly these boxes and untick all others:', ...boxes]
      : ['Select Allow these protocols and untick all the boxes.'];
  if (authentication.msChapV2) {
    lines.push('Leave "Automatically use my Windows logon name and password" unticked.');
  }
  if (authentication.eap) {
    lines.push(
      'Also select Use Extensible Authentication Protocol (EAP) and choose the EAP type your administrator names (it must match the RADIUS server).',
    );
  }
  if (boxes.length === 0 && !authentication.eap) {
    lines.push(
      'None of the protocols the VPN server allows exists in Windows: ask your administrator to enable MS-CHAP-V2.',
    );
  }
  lines.push('Click OK.');
  return { id: 'protocols', title: 'Security tab: allowed protocols', lines };
}
