/**
 * "Skip to the current step": the first Tab stop on every page, shown only while focused, so that
 * keyboard users need not pass the toolbar and the twelve step links before each form. A plain
 * '#step-heading' href would be taken for a route by the hash router, so the click moves focus itself.
 */
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';

export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href="#step-heading"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('step-heading')?.focus();
      }}
    >
      {t(msg('chrome.skipLink'))}
    </a>
  );
}
