// The message on the page a deletion leads back to: "“ZZ Test Award” was deleted." The address carries the
// deletion's audit entry (?deleted=ID) and the name is read from it, so a link made elsewhere cannot put
// words of its own on an admin page.
import { idParam } from '@/app/_lib/page-params';
import { getDb } from '@/db/client';
import { deletedRecordName } from '@/db/queries/record-delete';

type Search = Record<string, string | string[] | undefined>;

export function DeletedNotice({ search }: { search: Search }) {
  const auditId = idParam(search.deleted);
  const name = auditId === undefined ? undefined : deletedRecordName(getDb(), auditId);
  if (!name) return null;
  return (
    <p role="status" className="notice">
      “{name}” was deleted. The audit log keeps a copy.
    </p>
  );
}
