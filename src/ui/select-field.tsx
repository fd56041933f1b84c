/** A labelled <select>; option labels are exactly the keywords of the [value, label] table. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { labelOf, type FieldPath } from '../domain/labels';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  options: readonly (readonly [string, string, ...string[]])[];
  help?: ReactNode;
}

export function SelectField({ path, options, help }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  return (
    <FieldRow
      label={<label htmlFor={field.id}>{labelOf(path)}</label>}
      messages={<FieldMessages help={help} {...field} />}
    >
      <select
        id={field.id}
        className="input select"
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        {...register(path)}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}
