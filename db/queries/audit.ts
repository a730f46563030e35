// The append-only audit log: every write function in db/queries records what it changed here, in the
// same transaction as the change, so a change and its record cannot part.
import type { Executor } from '../client';
import { auditLog } from '../schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

export function recordAudit(tx: Executor, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
    .run();
}
