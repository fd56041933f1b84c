/** The wizard's title bar: product title, the language switch and the answers-file / draft options. */
import { useEffect } from 'react';
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { FileToolbar } from './file-toolbar';
import { LanguageSwitch } from './language-switch';

export function TitleBar() {
  const t = useT();
  const documentTitle = t(msg('chrome.documentTitle'));
  // The page's <title> (index.html holds the English one) follows the language.
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <header className="titlebar">
      <div className="titlebar-brand">
        <svg className="titlebar-logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect x="3" y="9" width="26" height="14" rx="2" />
          <path d="M8 16h16M20 12l4 4-4 4" />
        </svg>
        <div>
          <h1 className="titlebar-title">{t(msg('chrome.title.product'))}</h1>
          <p className="titlebar-sub">{t(msg('chrome.title.tagline'))}</p>
        </div>
      </div>
      <div className="titlebar-actions">
        <LanguageSwitch />
        <FileToolbar />
      </div>
    </header>
  );
}
