/** Help, error and warning text under a control; ids match the control's aria-describedby. */
import type { ReactNode } from 'react';
import { errorIdOf, helpIdOf, warningIdOf } from './field-ids';

interface Props {
  id: string;
  help?: ReactNode;
  errors: readonly string[];
  warnings: readonly string[];
}

export function FieldMessages({ id, help, errors, warnings }: Props) {
  return (
    <>
      {help ? (
        <p id={helpIdOf(id)} className="field-help">
          {help}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div id={errorIdOf(id)} role="alert" className="field-error">
          {errors.map((message) => (
            <p key={message}>
              <span className="msg-icon" aria-hidden="true">
                !
              </span>
              {message}
            </p>
          ))}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div id={warningIdOf(id)} className="field-warning">
          {warnings.map((message) => (
            <p key={message}>
              <span className="visually-hidden">Warning: </span>
              <span className="msg-icon" aria-hidden="true">
                ▲
              </span>
              {message}
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
