// A person's status changes across every award they are named in, and the dates of those editions:
// /feeds/people/<person>.atom, .rss and .ics. Public, read-only.
import { getDb } from '@/db/client';
import { findPersonTarget } from '@/db/queries/follow-scope';
import { findRedirectSlug } from '@/db/queries/redirects';
import { followPaths } from '../../_lib/paths';
import { followResponse, movedFeed, parseFollowFile, plainText } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseFollowFile((await params).file);
  if (!file) return plainText(404, 'Feeds are at /feeds/people/<person>.atom, .rss or .ics.');
  if (!file.isCanonical) return movedFeed(request, followPaths.person(file.slug), file.format);
  const answer = await followResponse(
    request,
    (db) => findPersonTarget(db, file.slug),
    file.format,
    followPaths.person(file.slug),
  );
  if (answer.status !== 404) return answer;
  // A person merged into another keeps their readers: the old feed address leads to the survivor's.
  const survivor = await findRedirectSlug(getDb(), 'person', file.slug);
  if (!survivor) return answer;
  return movedFeed(request, followPaths.person(survivor), file.format);
}
