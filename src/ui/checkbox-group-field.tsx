/**
 * A fieldset of checkboxes under one answer path (e.g. the PPP types). Messages about any box are
 * shown once for the group, since rules like "select at least one" concern the set, not one box.
 */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { type FieldPath } from '../domain/labels';
import type { Msg } from '../i18n/catalogue';
import { AsdmLabel, FieldLabelText } from './field-label';
import { FieldMessages } from './field-messages';
import { useT } from './i18n';
import { useFieldState } from './use-field';

interface Props {
  path: FieldPath;
  /** [model key, label] of each box; the box's path is `${path}.${key}`. */
  items: readonly (readonly [string, Msg | string, ...unknown[]])[];
  help?: ReactNode;
}

export function CheckboxGroupField({ path, items, help }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { group: true, help: Boolean(help) });
  const t = useT();
  return (
    <fieldset
      className="check-group"
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
    >
      <legend>
        <FieldLabelText path={path} />
      </legend>
      <AsdmLabel path={path} />
      <div className="check-group-items">
        {items.map(([key, label]) => {
          const id = `${field.id}-${key}`;
          return (
            <div key={key} className="check-row">
              <input id={id} type="checkbox" className="check" {...register(`${path}.${key}`)} />
              <label htmlFor={id}>{t(label)}</label>
            </div>
          );
        })}
      </div>
      <div className="check-messages">
        <FieldMessages help={help} {...field} />
      </div>
    </fieldset>
  );
}
