// What a film's or person's edit page says about merging: the notice after a merge landed here, the way to
// merge a duplicate into this record, and the redirect from a merged record's old admin address.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { actorOf, currentUser } from '@/app/_lib/auth';
import { idParam } from '@/app/_lib/page-params';
import { getDb } from '@/db/client';
import type { MergeEntity } from '@/db/queries/merge-nominations';
import { mergedRecordName } from '@/db/queries/merge-records';
import { findRedirectSlug } from '@/db/queries/redirects';

export const ADMIN_PATHS: Record<MergeEntity, string> = { film: '/admin/films', person: '/admin/people' };

/** For an edit page whose slug matched nothing: the survivor's edit page if the record was merged, else 404. */
export async function redirectIfMerged(entity: MergeEntity, slug: string): Promise<never> {
  const moved = await findRedirectSlug(getDb(), entity, slug);
  if (moved) redirect(`${ADMIN_PATHS[entity]}/${encodeURIComponent(moved)}`);
  notFound();
}

interface MergeNoticeProps {
  entity: MergeEntity;
  slug: string;
  /** The merge's audit entry, from the merge page's redirect (?merged=ID): the message is read from it. */
  merged: string | string[] | undefined;
}

export async function MergeNotice({ entity, slug, merged: mergedEntry }: MergeNoticeProps) {
  const noun = entity === 'film' ? 'film' : 'person';
  const auditId = idParam(mergedEntry);
  // Shown to the one who merged, for a few minutes after (ownRecentEntry).
  const user = await currentUser();
  const merged =
    auditId === undefined || !user
      ? undefined
      : mergedRecordName(getDb(), auditId, entity, { actor: actorOf(user), now: new Date() });
  return (
    <>
      {merged ? (
        <p role="status" className="form-ok">
          Merged “{merged}” into this {noun}: its nominations, credits and aliases are here now, and its old address
          leads here.
        </p>
      ) : null}
      <p>
        <Link href={`${ADMIN_PATHS[entity]}/${slug}/merge`}>Merge a duplicate into this {noun}</Link>
      </p>
    </>
  );
}
