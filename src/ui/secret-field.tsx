/**
 * A masked input for keys and passwords with a Show/Hide toggle and an optional Generate button.
 * The value never leaves the form state (no URL, no autocomplete history).
 */
import { useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { labelOf, type FieldPath } from '../domain/labels';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  /** Returns a new random value; shows a "Generate" button when given. */
  generate?: () => string;
}

export function SecretField({ path, help, generate }: Props) {
  const { register, setValue } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  const [visible, setVisible] = useState(false);
  const label = labelOf(path);
  return (
    <FieldRow
      label={<label htmlFor={field.id}>{label}</label>}
      messages={<FieldMessages help={help} {...field} />}
    >
      <div className="input-group">
        <input
          id={field.id}
          type={visible ? 'text' : 'password'}
          className="input input--medium input--mono"
          autoComplete="new-password"
          spellCheck={false}
          aria-invalid={field.invalid || undefined}
          aria-describedby={field.describedBy}
          {...register(path)}
        />
        <button
          type="button"
          className="btn btn--small"
          aria-controls={field.id}
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
          <span className="visually-hidden"> {label}</span>
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
    </FieldRow>
  );
}
