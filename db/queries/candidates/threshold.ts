// The confidence from which a candidate that moves a known nomination forward is applied without review.
// An admin sets it (settings key below); a missing or unreadable value means the default.
import type { Executor } from '../../client';
import { getSetting } from '../settings';

export const AUTO_APPLY_THRESHOLD_KEY = 'ingest.auto_apply_threshold';
export const DEFAULT_AUTO_APPLY_THRESHOLD = 0.85;

export function autoApplyThreshold(db: Executor): number {
  const raw = getSetting(db, AUTO_APPLY_THRESHOLD_KEY)?.trim();
  const value = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : DEFAULT_AUTO_APPLY_THRESHOLD;
}
