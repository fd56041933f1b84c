/**
 * Title-bar actions for keeping work: Save answers / Open answers (the answers file) with the
 * "Include secrets in the saved file" option, and "Remember secrets on this computer" for the draft.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Answers } from '../domain/answers';
import { errorsOf } from '../domain/validate';
import { msg } from '../i18n/catalogue';
import { downloadText } from '../preview/download';
import { useT } from '../ui/i18n';
import { ANSWERS_FILE_NAME, answersFileText, readAnswersFile } from './answers-file';
import { useWizard } from './wizard-context';

export function FileToolbar() {
  const { getValues } = useFormContext();
  const { replaceAnswers, pushNotice, dismissNotices, rememberSecrets, setRememberSecrets } =
    useWizard();
  const t = useT();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  function save() {
    downloadText(
      ANSWERS_FILE_NAME,
      answersFileText(getValues() as Answers, includeSecrets),
      'application/json',
    );
  }

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readAnswersFile(await file.text());
    // The last file opened is the one that counts: an earlier refusal is no longer news.
    dismissNotices('error');
    if (!result.ok) {
      // Every problem, one per line: fixing three and finding the next three on reopening is worse.
      const count = result.reasons.length;
      pushNotice(
        'error',
        count === 1
          ? msg('chrome.file.openFailed.one', { file: file.name })
          : msg('chrome.file.openFailed.many', { file: file.name, count }),
        result.reasons,
      );
      return;
    }
    const problems = errorsOf(result.issues).length;
    // Say that everything was replaced: answers typed before opening are gone, not merged.
    replaceAnswers(
      result.answers,
      problems === 0
        ? msg('chrome.file.opened', { file: file.name })
        : problems === 1
          ? msg('chrome.file.openedNeedsAttention.one', { file: file.name })
          : msg('chrome.file.openedNeedsAttention.many', { file: file.name, count: problems }),
      problems === 0 ? 'success' : 'warning',
    );
  }

  return (
    <div className="file-toolbar" role="group" aria-label={t(msg('chrome.file.group'))}>
      <button type="button" className="btn btn--toolbar" onClick={save}>
        {t(msg('chrome.file.save'))}
      </button>
      <button type="button" className="btn btn--toolbar" onClick={() => fileInput.current?.click()}>
        {t(msg('chrome.file.open'))}
      </button>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={open} />
      <label className="toolbar-check">
        <input
          type="checkbox"
          className="check"
          checked={includeSecrets}
          onChange={(event) => setIncludeSecrets(event.target.checked)}
        />
        {t(msg('chrome.file.includeSecrets'))}
      </label>
      <label className="toolbar-check">
        <input
          type="checkbox"
          className="check"
          checked={rememberSecrets}
          onChange={(event) => setRememberSecrets(event.target.checked)}
        />
        {t(msg('chrome.file.rememberSecrets'))}
      </label>
    </div>
  );
}
