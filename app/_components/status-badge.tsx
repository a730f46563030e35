import { STATUS_LABELS } from '@/db/rules/status';
import type { NominationStatus } from '@/db/schema';

/** A nomination's status as a coloured label; the colour is never the only signal (the word is there). */
export function StatusBadge({ status }: { status: NominationStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
