// The ingestion settings an admin sets on /admin/sources: the confidence at or above which a candidate
// that confirms or moves along a known fact is applied by itself (below it, it waits for review). Stored
// in settings under 'ingest.auto_apply_threshold'; a missing or unreadable value means the default.
import { writeTransaction, type Executor } from '../client';
import { recordAudit } from './audit';
import { getSetting, setSetting } from './settings';

export const AUTO_APPLY_THRESHOLD_KEY = 'ingest.auto_apply_threshold';
export const DEFAULT_AUTO_APPLY_THRESHOLD = 0.85;

function readThreshold(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 1 ? number : null;
}

export function getAutoApplyThreshold(db: Executor): number {
  return readThreshold(getSetting(db, AUTO_APPLY_THRESHOLD_KEY)) ?? DEFAULT_AUTO_APPLY_THRESHOLD;
}

/** Saves the threshold (0..1) with an audit entry; returns false when it was already that value. */
export function setAutoApplyThreshold(db: Executor, input: { value: number; actor: string }): boolean {
  if (!(input.value >= 0 && input.value <= 1)) throw new RangeError('The threshold is between 0 and 1.');
  return writeTransaction(db, (tx) => {
    const before = getAutoApplyThreshold(tx);
    if (before === input.value && getSetting(tx, AUTO_APPLY_THRESHOLD_KEY) !== undefined) return false;
    setSetting(tx, AUTO_APPLY_THRESHOLD_KEY, String(input.value));
    recordAudit(tx, {
      actor: input.actor,
      action: 'setting.update',
      entityType: 'setting',
      entityId: null,
      before: { key: AUTO_APPLY_THRESHOLD_KEY, value: before },
      after: { key: AUTO_APPLY_THRESHOLD_KEY, value: input.value },
    });
    return true;
  });
}
