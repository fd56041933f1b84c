/** A checkbox with its label to the right, aligned with the controls of the rows above. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { type FieldPath } from '../domain/labels';
import { AsdmLabel, FieldLabelText } from './field-label';
import { FieldMessages } from './field-messages';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  disabled?: boolean;
  /** Fields that only apply while the box is ticked, shown indented under it. */
  children?: ReactNode;
}

export function CheckboxField({ path, help, disabled, children }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  return (
    <div className="check-block">
      <div className="check-row">
        <input
          id={field.id}
          type="checkbox"
          className="check"
          disabled={disabled}
          aria-invalid={field.invalid || undefined}
          aria-describedby={field.describedBy}
          {...register(path)}
        />
        <label htmlFor={field.id}>
          <FieldLabelText path={path} />
        </label>
      </div>
      <AsdmLabel path={path} />
      <div className="check-messages">
        <FieldMessages help={help} {...field} />
      </div>
      {children ? <div className="dependent-fields">{children}</div> : null}
    </div>
  );
}
