/**
 * English texts: the preview pane's own interface (tabs, Copy/Download and their status, the
 * invalid-answers banner and confirmation, the Client setup tab's controls and setup files). The
 * generated documents (ASA configuration, handouts) are not here: they stay English.
 */
export const previewPaneEn = {
  'preview.mask.label': 'Mask secrets',
  'preview.mask.help': 'Copy and Download always contain the real values.',
  'preview.tabs.label': 'Preview output',
  'preview.tab.asa': 'ASA CLI',
  'preview.tab.client': 'Client setup',

  'preview.asa.region': 'ASA configuration',
  'preview.asa.lineCount': '{count} lines',

  'preview.action.copy': 'Copy',
  'preview.action.download': 'Download',
  'preview.status.copied': 'Copied',
  'preview.status.downloaded': 'Downloaded {fileName}',
  'preview.status.copyFailed':
    'Copy failed: the browser blocked the clipboard. Select the text and copy it.',
  'preview.status.pair': '{first} · {second}',

  'preview.place.step': 'step {number} ({title})',
  'preview.place.tab': 'the {tab} tab',
  'preview.places.series': '{first}, {rest}',
  'preview.places.pair': '{first} and {last}',

  'preview.banner.title': 'Incomplete answers.',
  'preview.banner.text':
    '{title} Fix the errors in {places}. The preview shows a best-effort result.',

  'preview.confirm.title': 'The answers still have errors',
  'preview.confirm.text':
    'There are errors in {places}. The {what} may be incomplete or rejected. Do you want it anyway?',
  'preview.confirm.copyAnyway': 'Copy anyway',
  'preview.confirm.downloadAnyway': 'Download anyway',
  'preview.confirm.notNow': 'Not now',
  'preview.what.configuration': 'configuration',
  'preview.what.handout': 'handout',
  'preview.what.script': 'script',
  'preview.what.profile': 'profile',

  'preview.client.platform': 'Client platform',
  'preview.client.platform.all': 'All platforms',
  'preview.client.downloadHtml': 'Download handout (HTML)',
  'preview.client.downloadMarkdown': 'Download handout (Markdown)',
  'preview.client.region.platform': '{platform} client setup',
  'preview.client.region.all': 'Client setup for all platforms',

  'preview.files.title': 'Setup files',
  'preview.files.script.name': 'Windows script',
  'preview.files.script.download': 'Download PowerShell script',
  'preview.files.script.text':
    'Adds the VPN connection with these settings in one step. Users run it in Windows PowerShell:',
  'preview.files.script.nat':
    'The ASA is behind NAT: users run it once as administrator with -SetNatTraversal, then restart Windows.',
  'preview.files.script.noKey': 'The key is left out ("{label}" is off): the script asks for it.',
  'preview.files.profile.name': 'Apple profile',
  'preview.files.profile.download': 'Download Apple profile',
  'preview.files.profile.text':
    'Adds the VPN on a Mac, iPhone or iPad. It never contains a password.',
  'preview.files.profile.userName': 'User name in the profile (optional)',
  'preview.files.profile.howTo': 'How users install the profile',

  'preview.profileNotes.ios.title': 'iPhone and iPad',
  'preview.profileNotes.ios.open':
    'Open {fileName} in Safari (or tap it in Mail or Files); iOS says "Profile Downloaded".',
  'preview.profileNotes.ios.install':
    'Open Settings → General → VPN & Device Management → the downloaded profile → Install, and enter your device passcode.',
  'preview.profileNotes.ios.connect':
    'To connect: Settings → VPN → turn on "{connectionName}"; enter your user name and password when asked.',
  'preview.profileNotes.mac.title': 'Mac',
  'preview.profileNotes.mac.open': 'Double-click {fileName}.',
  'preview.profileNotes.mac.install':
    'Open System Settings → Privacy & Security → Profiles (on newer macOS: General → Device Management), select the profile and click Install.',
  'preview.profileNotes.mac.connect':
    'To connect: System Settings → VPN → turn on "{connectionName}"; enter your user name and password when asked.',
  'preview.profileNotes.unverified.title': 'About "Unverified"',
  'preview.profileNotes.unverified.signed':
    'The profile is not signed, so it shows as Unverified. That is expected for this file: install it only if it came from your administrator.',
  'preview.profileNotes.unverified.remove':
    'To remove the VPN later, remove the profile in the same place.',
  'preview.profileNotes.noKey.title': 'This profile has no pre-shared key',
  'preview.profileNotes.noKey.text':
    'The key was left out of this profile. If the connection fails, remove the profile and set up the VPN by hand (the iOS/iPadOS or macOS steps), or ask your administrator for a profile that contains the key.',
} as const;
