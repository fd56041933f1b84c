/** Help, error and warning text under a control; ids match the control's aria-describedby. */
import type { ReactNode } from 'react';
import { msg, type Msg } from '../i18n/catalogue';
import { errorIdOf, helpIdOf, noteIdOf, warningIdOf } from './field-ids';
import { useT } from './i18n';

interface Props {
  id: string;
  help?: ReactNode;
  errors: readonly (Msg | string)[];
  warnings: readonly (Msg | string)[];
  /** A short note about the value, e.g. that full-width characters were converted. */
  note?: Msg;
}

export function FieldMessages({ id, help, errors, warnings, note }: Props) {
  const t = useT();
  return (
    <>
      {help ? (
        <p id={helpIdOf(id)} className="field-help">
          {help}
        </p>
      ) : null}
      {note ? (
        <p id={noteIdOf(id)} className="field-help field-note" role="status">
          {t(note)}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div id={errorIdOf(id)} role="alert" className="field-error">
          {errors.map((message) => (
            <p key={JSON.stringify(message)}>
              <span className="msg-icon" aria-hidden="true">
                !
              </span>
              {t(message)}
            </p>
          ))}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div id={warningIdOf(id)} className="field-warning">
          {warnings.map((message) => (
            <p key={JSON.stringify(message)}>
              <span className="visually-hidden">{t(msg('chrome.field.warning'))} </span>
              <span className="msg-icon" aria-hidden="true">
                ▲
              </span>
              {t(message)}
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
