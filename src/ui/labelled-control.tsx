/**
 * The wiring every single-control field shares: the visible label tied to the control by id, the
 * help, error and warning messages below it (referenced by aria-describedby), and the control
 * registered with the form under its answer path. Field components only draw the control itself,
 * spreading the props they are given onto it.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFormContext, type UseFormRegisterReturn } from 'react-hook-form';
import { fullWidthToAscii } from '../domain/full-width';
import { type FieldPath } from '../domain/labels';
import { msg } from '../i18n/catalogue';
import { noteIdOf } from './field-ids';
import { waitingConversion } from './full-width-input';
import { AsdmLabel, FieldLabelText } from './field-label';
import { FieldMessages } from './field-messages';
import { FieldRow } from './field-row';
import { afterPointerRelease } from './pointer-press';
import { useFieldState } from './use-field';

export type ControlProps = UseFormRegisterReturn & {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
};

type TextControl = HTMLInputElement | HTMLTextAreaElement;

interface Props {
  path: FieldPath;
  help?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  /**
   * An ASA text field: full-width characters typed with a Japanese input method (`１９２．１６８`)
   * become ASCII when the field is left (or Enter submits it), with a note saying so until the
   * next edit. Not for secrets (a key is used exactly as typed) nor for selects.
   */
  convertFullWidth?: boolean;
}

export function LabelledControl({ path, help, children, convertFullWidth = false }: Props) {
  const { register, setValue } = useFormContext();
  const field = useFieldState(path, { help: Boolean(help) });
  const [converted, setConverted] = useState(false);
  const registration = register(path);

  /** Converts the control's value in the form, which also writes it back into the control. */
  function convert(control: TextControl) {
    const typed = control.value;
    const ascii = fullWidthToAscii(typed);
    if (ascii === typed) return;
    setValue(path, ascii, { shouldDirty: true, shouldValidate: true });
    setConverted(true);
  }
  const needsConversion = (target: EventTarget): target is TextControl =>
    convertFullWidth &&
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
    fullWidthToAscii(target.value) !== target.value;

  // Touched (which shows the field's errors) waits while a button is pressed: see pointer-press.ts.
  // So does the conversion (its note and revalidation would move what is being clicked), unless
  // the click submits the step first (see full-width-input.ts). It reads the control when it runs.
  const onBlur: ControlProps['onBlur'] = (event) => {
    const target = event.target;
    const conversion = needsConversion(target) ? waitingConversion(() => convert(target)) : null;
    return new Promise((resolve) =>
      afterPointerRelease(() => {
        conversion?.();
        resolve(registration.onBlur(event));
      }),
    );
  };
  const onChange: ControlProps['onChange'] = (event) => {
    if (converted) setConverted(false);
    return registration.onChange(event);
  };
  // Enter in a single-line field submits the step without leaving it: convert first, so Next
  // checks the ASCII value. Not while an input method is composing (its Enter confirms the text).
  const onKeyDown = convertFullWidth
    ? (event: KeyboardEvent<HTMLElement>) => {
        const target = event.target;
        if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
        if (target instanceof HTMLInputElement && needsConversion(target)) convert(target);
      }
    : undefined;
  const describedBy =
    [field.describedBy, converted ? noteIdOf(field.id) : null].filter(Boolean).join(' ') ||
    undefined;
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
      messages={
        <FieldMessages
          help={help}
          {...field}
          note={converted ? msg('chrome.field.converted') : undefined}
        />
      }
    >
      {children({
        id: field.id,
        'aria-invalid': field.invalid || undefined,
        'aria-describedby': describedBy,
        ...registration,
        onChange,
        onBlur,
        ...(onKeyDown ? { onKeyDown } : {}),
      })}
    </FieldRow>
  );
}
