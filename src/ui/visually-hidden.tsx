/** Text for assistive technology only (e.g. the user name inside a "Delete" button's name). */
import type { ReactNode } from 'react';

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
