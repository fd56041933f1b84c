import { describe, expect, it } from 'vitest';
import type { Answers } from '../domain/answers';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { appleProfileInstallNotes } from '../render/clients/apple-profile-notes';
import { appleInstallNotes } from './apple-install-notes';

const cases: [string, () => Answers][] = [
  ['the Cisco example (key included)', ciscoExample],
  ['the defaults (no key)', defaultAnswers],
];

describe('appleInstallNotes', () => {
  it.each(cases)('%s: the English notes are the render module’s, word for word', (_, answers) => {
    const ui = appleInstallNotes(answers()).map((note) => ({
      id: note.id,
      title: english(note.title),
      lines: note.lines.map(english),
    }));
    expect(ui).toEqual(appleProfileInstallNotes(answers()));
  });

  it('reads in Japanese, with the file and connection names as they are', () => {
    const answers = ciscoExample();
    const text = appleInstallNotes(answers)
      .flatMap((note) => [note.title, ...note.lines])
      .map((message) => formatMessage(ja, message))
      .join('\n');
    expect(text).toContain('Safari で l2tp-vpn.mobileconfig を開きます');
    expect(text).toContain('「VPN とデバイス管理」');
    expect(text).toContain(`「${answers.clientOptions?.connectionName}」をオンにし`);
    expect(text).toContain('「未検証」');
    expect(text).not.toContain('事前共有キーが含まれていません');
  });

  it('warns in Japanese when the profile has no key', () => {
    const titles = appleInstallNotes(defaultAnswers()).map((note) => formatMessage(ja, note.title));
    expect(titles).toContain('このプロファイルには事前共有キーが含まれていません');
  });
});
