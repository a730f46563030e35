// A wide table's frame: it scrolls sideways on a narrow screen instead of widening the page, and, being
// scrollable, it must be reachable and named for keyboard and screen-reader users (axe:
// scrollable-region-focusable), hence the tab stop, the region role and the label.
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
