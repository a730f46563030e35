// A person's status changes across every award they are named in, and the dates of those editions:
// /feeds/people/<person>.atom, .rss and .ics. Public, read-only.
import { getDb } from '@/db/client';
import { findPersonTarget } from '@/db/queries/follow-scope';
import { resolvePersonAddress } from '@/app/_lib/page-addresses';
import { followPaths } from '../../_lib/paths';
import { followResponse, movedFeed, movedSlug, parseFollowFile, plainText } from '../../_lib/respond';

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
  // Every address the person's page answers to leads to its feed: its IMDb id, the slug of a person merged
  // into it.
  const resolved = await resolvePersonAddress(getDb(), file.slug);
  if (resolved.kind === 'moved') return movedFeed(request, followPaths.person(movedSlug(resolved.path)), file.format);
  return answer;
}
