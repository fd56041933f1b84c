/** A labelled <select>; option labels are exactly the keywords of the [value, label] table. */
import type { ReactNode } from 'react';
import type { FieldPath } from '../domain/labels';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  options: readonly (readonly [string, string, ...string[]])[];
  help?: ReactNode;
}

export function SelectField({ path, options, help }: Props) {
  return (
    <LabelledControl path={path} help={help}>
      {(control) => (
        <select className="input select" {...control}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
