/** A labelled textarea for lists, one entry per line. */
import type { ReactNode } from 'react';
import type { FieldPath } from '../domain/labels';
import type { Msg } from '../i18n/catalogue';
import { isAsaTextField } from './ascii-field';
import { useT } from './i18n';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  rows?: number;
  placeholder?: Msg | string;
}

export function TextAreaField({ path, help, rows = 3, placeholder }: Props) {
  const t = useT();
  return (
    <LabelledControl path={path} help={help} convertFullWidth={isAsaTextField(path)}>
      {(control) => (
        <textarea
          className="input input--long textarea"
          rows={rows}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder === undefined ? undefined : t(placeholder)}
          {...control}
        />
      )}
    </LabelledControl>
  );
}
