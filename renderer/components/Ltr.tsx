import type { ReactNode } from 'react';

/** Wraps a number-like run (ID, phone, date, e-mail) so Hebrew text around it cannot reorder it. */
export function Ltr({ children }: { children: ReactNode }) {
  return (
    <bdi dir="ltr" className="ltr">
      {children}
    </bdi>
  );
}
