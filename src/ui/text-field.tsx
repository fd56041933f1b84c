/** A labelled single-line text input bound to one answer path. */
import type { HTMLAttributes, ReactNode } from 'react';
import type { FieldPath } from '../domain/labels';
import type { Msg } from '../i18n/catalogue';
import { isAsaTextField } from './ascii-field';
import { useT } from './i18n';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  readOnly?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: Msg | string;
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
  const t = useT();
  return (
    <LabelledControl path={path} help={help} convertFullWidth={isAsaTextField(path)}>
      {(control) => (
        <input
          type="text"
          className={`input input--${size}`}
          autoComplete="off"
          spellCheck={false}
          inputMode={inputMode}
          placeholder={placeholder === undefined ? undefined : t(placeholder)}
          readOnly={readOnly}
          {...control}
        />
      )}
    </LabelledControl>
  );
}
