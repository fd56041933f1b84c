/**
 * The "Help" text of each step: what the settings do and why the wizard recommends what it does,
 * as catalogue message ids, one per paragraph (texts in src/i18n/<lang>/help.ts).
 * Short on purpose; details are in the field help and the warnings.
 */
import type { StepId } from '../domain/answers';
import type { helpEn } from '../i18n/en/help';

/** A help paragraph's message id (the panel's own texts are 'help.panel.*'). */
export type HelpParagraphId = Exclude<keyof typeof helpEn, `help.panel.${string}`>;

export const STEP_HELP: Record<StepId, readonly HelpParagraphId[]> = {
  introduction: [
    'help.introduction.version',
    'help.introduction.interfaces',
    'help.introduction.limits',
  ],
  tunnelInterface: [
    'help.tunnelInterface.interface',
    'help.tunnelInterface.bypass',
    'help.tunnelInterface.publicAddress',
  ],
  remoteAccessClient: ['help.remoteAccessClient.ppp', 'help.remoteAccessClient.types'],
  authMethod: ['help.authMethod.phase1', 'help.authMethod.defaultRaGroup', 'help.authMethod.key'],
  clientAuthentication: [
    'help.clientAuthentication.where',
    'help.clientAuthentication.otherProtocols',
  ],
  userAccounts: ['help.userAccounts.mschap', 'help.userAccounts.vpnOnly', 'help.userAccounts.add'],
  addressPool: ['help.addressPool.range'],
  ikePolicy: ['help.ikePolicy.order', 'help.ikePolicy.clients'],
  transformSet: [
    'help.transformSet.transport',
    'help.transformSet.dynamicMap',
    'help.transformSet.oneMap',
  ],
  clientAttributes: ['help.clientAttributes.groupPolicy'],
  ipsecSettings: [
    'help.ipsecSettings.natExempt',
    'help.ipsecSettings.splitTunnel',
    'help.ipsecSettings.pfs',
  ],
  summary: ['help.summary.check', 'help.summary.output'],
};
