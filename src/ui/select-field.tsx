/**
 * A labelled <select>; option labels are exactly the keywords of the [value, label] table, or
 * messages (descriptive labels, shown in the current language: see optionsOf in domain/options).
 */
import type { ReactNode } from 'react';
import type { FieldPath } from '../domain/labels';
import type { Msg } from '../i18n/catalogue';
import { useT } from './i18n';
import { LabelledControl } from './labelled-control';

interface Props {
  path: FieldPath;
  /** [value, label, …]: a label is a keyword (`3des`) or a catalogue message. */
  options: readonly (readonly [string, Msg | string, ...unknown[]])[];
  help?: ReactNode;
}

export function SelectField({ path, options, help }: Props) {
  const t = useT();
  return (
    <LabelledControl path={path} help={help}>
      {(control) => (
        <select className="input select" {...control}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
