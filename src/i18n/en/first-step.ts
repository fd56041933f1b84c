/**
 * English texts of the first step and of the descriptive option labels ('option.<field>.<value>';
 * keyword options such as `3des` have no message): part of the first screen's texts (core.ts).
 */
export const firstStepEn = {
  'option.asaVersion.v84OrLater': '8.4 or later',
  'option.asaVersion.v82OrEarlier': '8.2 or earlier',
  'option.authMethod.preSharedKey': 'Authenticate with a pre-shared key',
  'option.authMethod.certificate': 'Authenticate with a certificate',
  'option.userDatabase.local': 'Authenticate using the local user database',
  'option.userDatabase.aaa': 'Authenticate using an AAA server group',
  'steps.introduction.intro':
    "This wizard configures the ASA to accept Windows' built-in L2TP/IPsec VPN client with a pre-shared key, and writes the matching client setup steps. The preview updates as you type.",
  'steps.introduction.beforeStart.label': 'Before you start:',
  'steps.introduction.beforeStart.text':
    '{label} L2TP over IPsec uses IKEv1 only and works only with a dynamic crypto map. It is supported in single-context routed mode only, and L2TP sessions do not survive a stateful failover.',
  'steps.introduction.asaVersion.help':
    'Selects the command syntax (8.4 introduced the ikev1 keywords; 8.3 the new NAT).',
  'steps.introduction.otherInterfaces.help':
    'Optional. Any further nameif names (for example dmz), one per line.',
  'steps.introduction.example.title': "Start from the Cisco document's example",
  'steps.introduction.example.text':
    'Fills every step with the values of Cisco document 200340, including its pre-shared key and test user. Replace them before you use the configuration.',
  'steps.introduction.example.load': 'Load the Cisco example',
  'steps.introduction.example.loaded': 'Loaded the Cisco example into every step.',
} as const;
