/** The title bar's language select: English or 日本語, remembered in this browser. */
import { useId } from 'react';
import { msg } from '../i18n/catalogue';
import { isLang } from '../i18n/language';
import { useLanguage, useT } from '../ui/i18n';

export function LanguageSwitch() {
  const { lang, setLanguage } = useLanguage();
  const t = useT();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t(msg('language.label'))}</label>
      <select
        id={id}
        className="select language-select"
        value={lang}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isLang(chosen)) void setLanguage(chosen);
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
