/**
 * "How users install the profile", as the Client setup tab shows it under the Apple profile: the
 * same notes as src/render/clients/apple-profile-notes.ts (English, byte for byte: a test compares
 * them), but as catalogue messages so the tab speaks the page's language. The profile is not
 * signed, so Apple shows it as "Unverified"; without the key the notes point to the manual steps.
 */
import type { Answers } from '../domain/answers';
import { msg, type Msg } from '../i18n/catalogue';
import { APPLE_PROFILE_FILE_NAME } from '../render/clients/apple-profile';
import { checklistFacts } from '../render/windows/checklist';

export interface InstallNote {
  id: string;
  title: Msg;
  lines: Msg[];
}

export function appleInstallNotes(answers: Answers): InstallNote[] {
  const { connectionName, preSharedKey } = checklistFacts(answers);
  const fileName = APPLE_PROFILE_FILE_NAME;
  const notes: InstallNote[] = [
    {
      id: 'profile-ios',
      title: msg('preview.profileNotes.ios.title'),
      lines: [
        msg('preview.profileNotes.ios.open', { fileName }),
        msg('preview.profileNotes.ios.install'),
        msg('preview.profileNotes.ios.connect', { connectionName }),
      ],
    },
    {
      id: 'profile-macos',
      title: msg('preview.profileNotes.mac.title'),
      lines: [
        msg('preview.profileNotes.mac.open', { fileName }),
        msg('preview.profileNotes.mac.install'),
        msg('preview.profileNotes.mac.connect', { connectionName }),
      ],
    },
    {
      id: 'profile-unverified',
      title: msg('preview.profileNotes.unverified.title'),
      lines: [
        msg('preview.profileNotes.unverified.signed'),
        msg('preview.profileNotes.unverified.remove'),
      ],
    },
  ];
  if (preSharedKey === null) {
    notes.push({
      id: 'profile-no-key',
      title: msg('preview.profileNotes.noKey.title'),
      lines: [msg('preview.profileNotes.noKey.text')],
    });
  }
  return notes;
}
