/** ASDM's bottom buttons: Back, Next (Finish on the last step), Cancel and Help. */
interface Props {
  isFirst: boolean;
  isLast: boolean;
  helpOpen: boolean;
  onBack: () => void;
  onCancel: () => void;
  onToggleHelp: () => void;
}

export function ButtonBar({ isFirst, isLast, helpOpen, onBack, onCancel, onToggleHelp }: Props) {
  return (
    <div className="button-bar">
      <div className="button-bar-group">
        <button type="button" className="btn" onClick={onBack} disabled={isFirst}>
          <span aria-hidden="true">‹ </span>Back
        </button>
        {/* Submit buttons, so Enter in a text field moves on like clicking them. */}
        {isLast ? (
          <button type="submit" className="btn btn--primary">
            Finish
          </button>
        ) : (
          <button type="submit" className="btn btn--primary">
            Next<span aria-hidden="true"> ›</span>
          </button>
        )}
      </div>
      <div className="button-bar-group">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="btn"
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? 'help-panel' : undefined}
          onClick={onToggleHelp}
        >
          Help
        </button>
      </div>
    </div>
  );
}
