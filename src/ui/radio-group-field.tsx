/** A fieldset of radio buttons bound to one answer path; arrow keys move between them natively. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { type FieldPath } from '../domain/labels';
import type { Msg } from '../i18n/catalogue';
import { AsdmLabel, FieldLabelText } from './field-label';
import { FieldMessages } from './field-messages';
import { useT } from './i18n';
import { useFieldState } from './use-field';

export interface RadioOption {
  value: string;
  label: Msg | string;
  disabled?: boolean;
  note?: Msg | string;
}

interface Props {
  path: FieldPath;
  options: readonly RadioOption[];
  /** Visible group name; defaults to the field's label. */
  legend?: ReactNode;
  help?: ReactNode;
}

export function RadioGroupField({ path, options, legend, help }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  const t = useT();
  return (
    <fieldset
      className="radio-group"
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
    >
      <legend>{legend ?? <FieldLabelText path={path} />}</legend>
      <AsdmLabel path={path} />
      {options.map((option) => {
        const id = `${field.id}-${option.value}`;
        return (
          <div key={option.value} className="radio-row">
            <input
              id={id}
              type="radio"
              className="check"
              value={option.value}
              disabled={option.disabled}
              {...register(path)}
            />
            <label htmlFor={id}>
              {t(option.label)}
              {option.note ? <span className="option-note"> {t(option.note)}</span> : null}
            </label>
          </div>
        );
      })}
      <div className="check-messages">
        <FieldMessages help={help} {...field} />
      </div>
    </fieldset>
  );
}
