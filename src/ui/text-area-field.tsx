/** A labelled textarea for lists, one entry per line. */
import type { ReactNode } from 'react';
import type { FieldPath } from '../domain/labels';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  help?: ReactNode;
  rows?: number;
  placeholder?: string;
}

export function TextAreaField({ path, help, rows = 3, placeholder }: Props) {
  return (
    <LabelledControl path={path} help={help}>
      {(control) => (
        <textarea
          className="input input--long textarea"
          rows={rows}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          {...control}
        />
      )}
    </LabelledControl>
  );
}
