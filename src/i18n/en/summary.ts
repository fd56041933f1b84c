/**
 * English texts: the Summary step (its rows, issue lists and client compatibility section), the
 * shared issue list and Finish's report. Ids are '<area>.<name>'; placeholders '{name}' are the
 * typed parameters. Values the user typed and CLI keywords are parameters, never catalogue texts.
 */
export const summaryEn = {
  'summary.intro':
    'Review your choices. Copy or download the configuration and the client instructions from the preview.',
  'summary.errors.heading': 'Errors ({count})',
  'summary.errors.none': 'No errors.',
  'summary.warnings.heading': 'Warnings ({count})',
  'summary.warnings.none': 'No warnings.',
  'summary.edit.link': 'Edit',
  'summary.edit.step': 'step {number}: {title}',

  // Rows: labels that are not field labels, and values shown in words.
  'summary.row.clientType': 'VPN Client Type',
  'summary.row.mode': 'Mode',
  'summary.value.yes': 'Yes',
  'summary.value.no': 'No',
  'summary.value.notSet': 'not set',
  'summary.value.none': 'none',
  'summary.value.noName': '(no name)',
  'summary.value.asaDefault': 'ASA default',
  'summary.value.usersSkipped': 'Skipped: the AAA server group authenticates users',

  // Client compatibility
  'summary.compat.heading': 'Client compatibility',
  'summary.compat.intro':
    'How the built-in VPN clients work with this configuration ({errors}, {warnings}). The client handout tells end users the same in plain words.',
  'summary.compat.errors.one': '{count} error',
  'summary.compat.errors.other': '{count} errors',
  'summary.compat.warnings.one': '{count} warning',
  'summary.compat.warnings.other': '{count} warnings',
  'summary.compat.allConnect': 'Every listed client can connect.',
  'summary.compat.severity.error': 'Error',
  'summary.compat.severity.warning': 'Warning',
  'summary.compat.affects': 'Affects:',
  'summary.compat.editStep': '{title} (step {number})',

  // The issue list of the Summary and of Finish's report
  'issueList.step': 'Step {number}',
  'issueList.stepTitle': ': {title}',

  // Finish's report
  'finish.complete.title': 'The configuration is complete.',
  'finish.complete.body':
    'Copy or download the ASA configuration and the Windows client instructions from the preview. Paste the configuration in global configuration mode, then save it with write memory.',
  'finish.notFinished.one': 'Not finished: {count} problem remains.',
  'finish.notFinished.other': 'Not finished: {count} problems remain.',
} as const;
