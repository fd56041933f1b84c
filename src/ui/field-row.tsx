/** The two-column row every labelled control sits in: label left, control and messages right. */
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  children: ReactNode;
  messages?: ReactNode;
  wide?: boolean;
}

export function FieldRow({ label, children, messages, wide }: Props) {
  return (
    <div className={wide ? 'field-row field-row--wide' : 'field-row'}>
      <div className="field-label">{label}</div>
      <div className="field-control">
        {children}
        {messages}
      </div>
    </div>
  );
}
