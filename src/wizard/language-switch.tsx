/**
 * The title bar's language select: English or 日本語, remembered in this browser. Switching
 * re-renders every text in place (nothing is re-mounted), so answers, the step, the messages shown
 * and focus on this select all stay. Japanese is loaded on first use: meanwhile the select shows
 * the choice, and a failed load says so and stays in English.
 */
import { useId, useState } from 'react';
import { msg, type Lang } from '../i18n/catalogue';
import { isLang } from '../i18n/language';
import { useLanguage, useT } from '../ui/i18n';
import { useWizard } from './wizard-context';

export function LanguageSwitch() {
  const { lang, setLanguage } = useLanguage();
  const { pushNotice } = useWizard();
  const [pending, setPending] = useState<Lang | null>(null);
  const t = useT();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t(msg('language.label'))}</label>
      <select
        id={id}
        className="select language-select"
        value={pending ?? lang}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLang(chosen)) return;
          setPending(chosen);
          setLanguage(chosen).then(
            () => setPending(null),
            () => {
              setPending(null);
              pushNotice('error', msg('language.loadFailed'));
            },
          );
        }}
      >
        <option value="en" lang="en">
          {t(msg('language.en'))}
        </option>
        <option value="ja" lang="ja">
          {t(msg('language.ja'))}
        </option>
      </select>
    </div>
  );
}
