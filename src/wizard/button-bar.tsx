/**
 * ASDM's bottom buttons: Back, Next (Finish on the last step), Cancel and Help. The arrows of
 * "‹ Back" and "Next ›" (Japanese "< 戻る", "次へ >") are decoration, outside the accessible names.
 */
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';

interface Props {
  isFirst: boolean;
  isLast: boolean;
  helpOpen: boolean;
  onBack: () => void;
  onCancel: () => void;
  onToggleHelp: () => void;
}

export function ButtonBar({ isFirst, isLast, helpOpen, onBack, onCancel, onToggleHelp }: Props) {
  const t = useT();
  return (
    <div className="button-bar">
      <div className="button-bar-group">
        <button type="button" className="btn" onClick={onBack} disabled={isFirst}>
          <span aria-hidden="true">{t(msg('chrome.button.backArrow'))} </span>
          {t(msg('chrome.button.back'))}
        </button>
        {/* Submit buttons, so Enter in a text field moves on like clicking them. */}
        {isLast ? (
          <button type="submit" className="btn btn--primary">
            {t(msg('chrome.button.finish'))}
          </button>
        ) : (
          <button type="submit" className="btn btn--primary">
            {t(msg('chrome.button.next'))}
            <span aria-hidden="true"> {t(msg('chrome.button.nextArrow'))}</span>
          </button>
        )}
      </div>
      <div className="button-bar-group">
        <button type="button" className="btn" onClick={onCancel}>
          {t(msg('chrome.button.cancel'))}
        </button>
        <button
          type="button"
          className="btn"
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? 'help-panel' : undefined}
          onClick={onToggleHelp}
        >
          {t(msg('chrome.button.help'))}
        </button>
      </div>
    </div>
  );
}
