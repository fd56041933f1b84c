/** The wizard's title bar: product title and the answers-file / draft options. */
import { FileToolbar } from './file-toolbar';
import { LanguageSwitch } from './language-switch';

export function TitleBar() {
  return (
    <header className="titlebar">
      <div className="titlebar-brand">
        <svg className="titlebar-logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect x="3" y="9" width="26" height="14" rx="2" />
          <path d="M8 16h16M20 12l4 4-4 4" />
        </svg>
        <div>
          <h1 className="titlebar-title">IPsec (IKEv1) Remote Access VPN Wizard</h1>
          <p className="titlebar-sub">Cisco ASA · L2TP over IPsec for native clients</p>
        </div>
      </div>
      <div className="titlebar-actions">
        <LanguageSwitch />
        <FileToolbar />
      </div>
    </header>
  );
}
