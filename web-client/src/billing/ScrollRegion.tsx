import type { ReactNode } from 'react';

/**
 * A wide table's box: it scrolls sideways on a 375 px phone instead of widening the page, and can take the focus so a
 * keyboard can scroll it (axe's scrollable-region-focusable); named after the table for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="billing-table__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
