/**
 * The wiring every single-control field shares: the visible label tied to the control by id, the
 * help, error and warning messages below it (referenced by aria-describedby), and the control
 * registered with the form under its answer path. Field components only draw the control itself,
 * spreading the props they are given onto it.
 */
import type { ReactNode } from 'react';
import { useFormContext, type UseFormRegisterReturn } from 'react-hook-form';
import { type FieldPath } from '../domain/labels';
import { AsdmLabel, FieldLabelText } from './field-label';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { afterPointerRelease } from './pointer-press';
import { useFieldState } from './use-field';

export type ControlProps = UseFormRegisterReturn & {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

interface Props {
  path: FieldPath;
  help?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

export function LabelledControl({ path, help, children }: Props) {
  const { register } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  const registration = register(path);
  // Touched (which shows the field's errors) waits while a button is pressed: see pointer-press.ts.
  const onBlur: ControlProps['onBlur'] = (event) =>
    new Promise((resolve) => afterPointerRelease(() => resolve(registration.onBlur(event))));
  return (
    <FieldRow
      label={
        <>
          <label htmlFor={field.id}>
            <FieldLabelText path={path} />
          </label>
          <AsdmLabel path={path} />
        </>
      }
      messages={<FieldMessages help={help} {...field} />}
    >
      {children({
        id: field.id,
        'aria-invalid': field.invalid || undefined,
        'aria-describedby': field.describedBy,
        ...registration,
        onBlur,
      })}
    </FieldRow>
  );
}
