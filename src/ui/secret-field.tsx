/**
 * A masked input for keys and passwords with a Show/Hide toggle and an optional Generate button.
 * The value never leaves the form state (no URL, no autocomplete history).
 */
import { useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { type FieldPath } from '../domain/labels';
import { FieldLabelText } from './field-label';
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
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? 'Hide' : 'Show'}
            <span className="visually-hidden">
              {' '}
              <FieldLabelText path={path} />
            </span>
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
              Generate
            </button>
          ) : null}
        </div>
      )}
    </LabelledControl>
  );
}
