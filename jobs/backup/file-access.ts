// A backup or a restored database holds what the database holds (password and session hashes among it),
// so it gets the database's own permissions and owner, never the defaults of the process that wrote it.
import { chmodSync, chownSync, statSync } from 'node:fs';

/**
 * Gives `target` the permissions and owner of `reference`, as far as this process and the filesystem
 * allow: only root may give a file away (any other user's copy is its own already), and some filesystems
 * keep neither (a network share, a user namespace). What cannot be done is said, and the copy still made.
 */
export function matchFileAccess(reference: string, target: string): void {
  const { mode, uid, gid } = statSync(reference);
  const attempts: [string, () => void][] = [
    ['permissions', () => chmodSync(target, mode & 0o7777)],
    ['owner', () => chownSync(target, uid, gid)],
  ];
  for (const [what, attempt] of attempts) {
    try {
      attempt();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (what === 'owner' && code === 'EPERM') continue;
      console.warn(`laurels: ${target} could not be given the ${what} of ${reference} (${code ?? String(error)}).`);
    }
  }
}
