// A backup or a restored database holds what the database holds (password and session hashes among it),
// so it gets the database's own permissions and owner, never the defaults of the process that wrote it.
import { chmodSync, chownSync, statSync } from 'node:fs';

/** Gives `target` the permissions of `reference` and, where this process may, its owner and group. */
export function matchFileAccess(reference: string, target: string): void {
  const { mode, uid, gid } = statSync(reference);
  chmodSync(target, mode & 0o7777);
  try {
    chownSync(target, uid, gid);
  } catch (error) {
    // Only root may give a file away; any other user's copy is its own already, which is as close as it gets.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}
