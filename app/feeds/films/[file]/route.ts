// A film's status changes across every award and the dates of the editions it stands in:
// /feeds/films/<film>.atom, .rss and .ics. Public, read-only.
import { getDb } from '@/db/client';
import { findFilmTarget } from '@/db/queries/follow-scope';
import { findRedirectSlug } from '@/db/queries/redirects';
import { followPaths } from '../../_lib/paths';
import { followResponse, movedFeed, parseFollowFile, plainText } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseFollowFile((await params).file);
  if (!file) return plainText(404, 'Feeds are at /feeds/films/<film>.atom, .rss or .ics.');
  if (!file.isCanonical) return movedFeed(request, followPaths.film(file.slug), file.format);
  const answer = await followResponse(
    request,
    (db) => findFilmTarget(db, file.slug),
    file.format,
    followPaths.film(file.slug),
  );
  if (answer.status !== 404) return answer;
  // A film merged into another keeps its readers: its old feed address leads to the survivor's.
  const survivor = await findRedirectSlug(getDb(), 'film', file.slug);
  if (!survivor) return answer;
  return movedFeed(request, followPaths.film(survivor), file.format);
}
