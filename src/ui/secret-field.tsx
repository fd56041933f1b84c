/**
 * A masked input for keys and passwords with a Show/Hide toggle and an optional Generate button.
 * The value never leaves the form state (no URL, no autocomplete history).
 */
import { useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { labelOf, type FieldPath } from '../domain/labels';
import { msg } from '../i18n/catalogue';
import { useT } from './i18n';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  /** Returns a new random value; shows a "Generate" button when given. */
  generate?: () => string;
}

export function SecretField({ path, help, generate }: Props) {
  const { setValue } = useFormContext();
  const [visible, setVisible] = useState(false);
  const t = useT();
  const label = labelOf(path);
  return (
    <LabelledControl path={path} help={help}>
      {(control) => (
        <div className="input-group">
          <input
            type={visible ? 'text' : 'password'}
            className="input input--medium input--mono"
            autoComplete="new-password"
            spellCheck={false}
            {...control}
          />
          <button
            type="button"
            className="btn btn--small"
            aria-controls={control.id}
            aria-pressed={visible}
            // The name says which field ("Show Pre-Shared Key"), in the language's word order.
            aria-label={t(
              visible
                ? msg('chrome.secret.hideNamed', { label })
                : msg('chrome.secret.showNamed', { label }),
            )}
            onClick={() => setVisible((v) => !v)}
          >
            {t(visible ? msg('chrome.secret.hide') : msg('chrome.secret.show'))}
          </button>
          {generate ? (
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                setValue(path, generate(), {
                  shouldDirty: true,
                  shouldTouch: true,
                  shouldValidate: true,
                })
              }
            >
              {t(msg('chrome.secret.generate'))}
            </button>
          ) : null}
        </div>
      )}
    </LabelledControl>
  );
}
