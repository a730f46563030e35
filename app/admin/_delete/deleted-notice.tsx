// The message on the page a deletion leads back to: "“ZZ Test Award” was deleted." The address carries the
// deletion's audit entry (?deleted=ID) and the name is read from it, so a link made elsewhere cannot put
// words of its own on an admin page; it is shown to the one who deleted, for a few minutes after.
import { actorOf, currentUser } from '@/app/_lib/auth';
import { idParam } from '@/app/_lib/page-params';
import { getDb } from '@/db/client';
import { deletedRecordName } from '@/db/queries/record-delete';

type Search = Record<string, string | string[] | undefined>;

export async function DeletedNotice({ search }: { search: Search }) {
  const auditId = idParam(search.deleted);
  const user = await currentUser();
  const name =
    auditId === undefined || !user
      ? undefined
      : deletedRecordName(getDb(), auditId, { actor: actorOf(user), now: new Date() });
  if (!name) return null;
  return (
    <p role="status" className="notice">
      “{name}” was deleted. The audit log keeps a copy.
    </p>
  );
}
