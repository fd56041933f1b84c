/** A labelled single-line text input bound to one answer path. */
import type { HTMLAttributes, ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { labelOf, type FieldPath } from '../domain/labels';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  readOnly?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  /** Width class: short for numbers, medium for addresses, long for names. */
  size?: 'short' | 'medium' | 'long';
}

export function TextField({
  path,
  help,
  readOnly,
  inputMode,
  placeholder,
  size = 'medium',
}: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  return (
    <FieldRow
      label={<label htmlFor={field.id}>{labelOf(path)}</label>}
      messages={<FieldMessages help={help} {...field} />}
    >
      <input
        id={field.id}
        type="text"
        className={`input input--${size}`}
        autoComplete="off"
        spellCheck={false}
        inputMode={inputMode}
        placeholder={placeholder}
        readOnly={readOnly}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        {...register(path)}
      />
    </FieldRow>
  );
}
