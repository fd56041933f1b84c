/** English texts: the language switch and texts shared by every area. */
export const commonEn = {
  'language.label': 'Language / 言語',
  'language.en': 'English',
  'language.ja': '日本語',
  // ASDM's English label under a Japanese one: {label} is always the English text.
  'asdm.label': 'ASDM: {label}',
  'language.loadFailed': 'The Japanese texts could not be loaded; the wizard stays in English.',
  'step.introduction.title': 'Introduction',
  'step.tunnelInterface.title': 'VPN Tunnel Interface',
  'step.remoteAccessClient.title': 'Remote Access Client',
  'step.authMethod.title': 'VPN Client Authentication Method and Tunnel Group Name',
  'step.clientAuthentication.title': 'Client Authentication',
  'step.userAccounts.title': 'User Accounts',
  'step.addressPool.title': 'Address Pool',
  'step.ikePolicy.title': 'IKE Policy',
  'step.transformSet.title': 'IPsec Transform Set and Crypto Map',
  'step.clientAttributes.title': 'Attributes Pushed to Client',
  'step.ipsecSettings.title': 'IPsec Settings',
  'step.summary.title': 'Summary',
} as const;
