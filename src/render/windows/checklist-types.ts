/**
 * The Windows client checklist as structured data (reference.md §5). The preview UI, the Markdown
 * and text exports and the printable HTML handout all render this one structure, so they cannot
 * disagree about what the user has to do.
 */

export type WindowsEncryption = 'Require encryption' | 'Optional encryption';

export interface ChecklistStep {
  /** Stable id, e.g. 'security-tab'; conditional steps are absent, never empty. */
  id: string;
  title: string;
  /** Plain text, one instruction or fact per line; values appear verbatim (renderers escape). */
  lines: string[];
  /** Commands to type or paste, one per entry, shown as a code block after the lines. */
  commands?: string[];
  /** Whole configuration files to create (Linux command-line setup), shown after the commands. */
  files?: ConfigFile[];
}

/** A configuration file the user creates: its path and its complete text (multi-line). */
export interface ConfigFile {
  path: string;
  content: string;
}

/**
 * Which Windows checklist: 'combined' covers Windows 8 to 11 in one list (the original handout),
 * the other two are the per-platform pages of the client handout.
 */
export type WindowsVariant = 'combined' | 'windows-10-11' | 'windows-8';

/** The 1-based number of a step in the final list, for "see step N" references. */
export type StepNumber = (id: string) => number;

export interface WindowsChecklist {
  connectionName: string;
  serverAddress: string;
  vpnType: 'L2TP/IPsec with pre-shared key';
  /** null when the key is not handed out (or not set): renderers print PSK_PLACEHOLDER. */
  preSharedKey: string | null;
  /** The boxes to tick under "Allow these protocols" (MS-CHAP-V1 has no box; EAP-PROXY → EAP). */
  authentication: { pap: boolean; chap: boolean; msChapV2: boolean; eap: boolean };
  encryption: WindowsEncryption;
  /** null = full tunnel (all traffic through the VPN). Networks are CIDR. */
  splitTunnel: { networks: string[] } | null;
  /** The NAT-T registry value is a main step (the ASA is behind NAT). */
  natTraversalRegistryStep: boolean;
  steps: ChecklistStep[];
}

export const HANDOUT_TITLE = 'Windows L2TP/IPsec VPN setup';

export const PSK_PLACEHOLDER = 'Ask your administrator for the pre-shared key';

/** What the step builders need, derived once from the answers in checklist.ts. */
export interface ChecklistFacts extends Omit<WindowsChecklist, 'steps' | 'vpnType'> {
  /** Default domain for -DnsSuffix; empty = none. */
  dnsSuffix: string;
  /** "192.168.1.1–192.168.1.254", or null when the pool fields are empty. */
  poolRange: string | null;
}
