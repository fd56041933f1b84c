/**
 * English texts: the wizard's frame (title bar, file toolbar, button bar, step list, step page,
 * notices, dialogs, recovery screen) and the shared field components. Ids are '<area>.<name>';
 * placeholders '{name}' are the typed parameters.
 */
export const chromeEn = {
  'chrome.documentTitle': 'ASA L2TP/IPsec VPN Wizard',
  'chrome.title.product': 'IPsec (IKEv1) Remote Access VPN Wizard',
  'chrome.title.tagline': 'Cisco ASA · L2TP over IPsec for native clients',

  'chrome.file.group': 'Answers file',
  'chrome.file.save': 'Save answers',
  'chrome.file.open': 'Open answers',
  'chrome.file.includeSecrets': 'Include secrets in the saved file',
  'chrome.file.rememberSecrets': 'Remember secrets on this computer',
  'chrome.file.openFailed.one': 'Could not open {file}: 1 problem.',
  'chrome.file.openFailed.many': 'Could not open {file}: {count} problems.',
  'chrome.file.opened':
    'Opened {file}: every answer now comes from the file (defaults where it has none).',
  'chrome.file.openedNeedsAttention.one':
    'Opened {file}: every answer now comes from the file (defaults where it has none). 1 field needs attention (secrets are not saved unless the file includes them).',
  'chrome.file.openedNeedsAttention.many':
    'Opened {file}: every answer now comes from the file (defaults where it has none). {count} fields need attention (secrets are not saved unless the file includes them).',

  'chrome.button.back': 'Back',
  'chrome.button.backArrow': '‹',
  'chrome.button.next': 'Next',
  'chrome.button.nextArrow': '›',
  'chrome.button.finish': 'Finish',
  'chrome.button.cancel': 'Cancel',
  'chrome.button.help': 'Help',

  'chrome.skipLink': 'Skip to the current step',
  'chrome.steps.title': 'Steps',
  'chrome.steps.state.complete': 'completed',
  'chrome.steps.state.invalid': 'needs input',
  'chrome.steps.state.skipped': 'skipped',
  'chrome.step.heading': 'Step {number} of {total}: {title}',
  'chrome.step.blocked':
    'Step {target} ({title}) cannot be opened yet: step {number} has problems to fix first.',
  'chrome.step.loading': 'Loading step…',
  'chrome.step.issuesTitle': 'Fix these problems on this step:',
  'chrome.preview.title': 'Preview',
  'chrome.preview.loading': 'Loading preview…',

  'chrome.notice.dismiss': 'Dismiss',
  'chrome.notice.startedOver':
    'Started over: every answer was cleared, including the draft saved in this browser.',
  'chrome.notice.draftRestored':
    'Restored your answers from this browser. Secrets (keys and passwords) are not stored, so enter them again where marked.',
  'chrome.notice.draftDiscarded':
    'Your saved draft was discarded because {reason}. The wizard starts with the default answers.',
  'chrome.draft.reason.older': 'it was saved by an older version of the wizard',
  'chrome.draft.reason.newer': 'it was saved by a newer version of the wizard',
  'chrome.draft.reason.unreadable': 'it could not be read',
  'chrome.draft.reason.format': 'it does not match the current answers format',

  'chrome.startOver.title': 'Start over?',
  'chrome.startOver.confirm': 'Start over',
  'chrome.startOver.keep': 'Keep my answers',
  'chrome.startOver.body':
    'This clears every answer, including keys and passwords, and removes the draft saved in this browser. Answers files you saved are not affected.',

  'chrome.recovery.title': 'The wizard stopped because of an error',
  'chrome.recovery.withAnswers':
    'Something in the wizard failed, so it cannot show the current step. Your answers are not lost yet: download them, start over, then use "Open answers" to continue where you were.',
  'chrome.recovery.withoutAnswers':
    'Something in the wizard failed, so it cannot show the current step. Your answers are not lost yet: none could be recovered, but you can start over.',
  'chrome.recovery.secrets':
    'Keys and passwords are never included in the download; you will enter them again.',
  'chrome.recovery.download': 'Download answers (without secrets)',
  'chrome.recovery.details': 'Technical details',

  'chrome.field.warning': 'Warning:',
  'chrome.field.converted': 'Full-width characters were converted to ASCII.',
  'chrome.secret.show': 'Show',
  'chrome.secret.hide': 'Hide',
  'chrome.secret.showNamed': 'Show {label}',
  'chrome.secret.hideNamed': 'Hide {label}',
  'chrome.secret.generate': 'Generate',
} as const;
