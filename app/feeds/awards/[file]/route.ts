// An award's status changes and dates: /feeds/awards/<award>.atom, .rss and .ics. Public, read-only.
import { findAwardTarget } from '@/db/queries/follow-scope';
import { followPaths } from '../../_lib/paths';
import { followResponse, movedFeed, parseFollowFile, plainText } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseFollowFile((await params).file);
  if (!file) return plainText(404, 'Feeds are at /feeds/awards/<award>.atom, .rss or .ics.');
  if (!file.isCanonical) return movedFeed(request, followPaths.award(file.slug), file.format);
  return followResponse(request, (db) => findAwardTarget(db, file.slug), file.format, followPaths.award(file.slug));
}
