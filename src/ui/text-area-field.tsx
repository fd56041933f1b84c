/** A labelled textarea for lists, one entry per line. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { labelOf, type FieldPath } from '../domain/labels';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  rows?: number;
  placeholder?: string;
}

export function TextAreaField({ path, help, rows = 3, placeholder }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  return (
    <FieldRow
      label={<label htmlFor={field.id}>{labelOf(path)}</label>}
      messages={<FieldMessages help={help} {...field} />}
    >
      <textarea
        id={field.id}
        className="input input--long textarea"
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        {...register(path)}
      />
    </FieldRow>
  );
}
