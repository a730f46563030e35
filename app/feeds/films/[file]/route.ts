// A film's status changes across every award and the dates of the editions it stands in:
// /feeds/films/<film>.atom, .rss and .ics. Public, read-only.
import { getDb } from '@/db/client';
import { findFilmTarget } from '@/db/queries/follow-scope';
import { resolveFilmAddress } from '@/app/_lib/page-addresses';
import { followPaths } from '../../_lib/paths';
import { followResponse, movedFeed, movedSlug, parseFollowFile, plainText } from '../../_lib/respond';

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
  // Every address the film's page answers to leads to its feed: its IMDb id, the slug of a film merged
  // into it, its title without the year.
  const resolved = await resolveFilmAddress(getDb(), file.slug);
  if (resolved.kind === 'moved') return movedFeed(request, followPaths.film(movedSlug(resolved.path)), file.format);
  if (resolved.kind === 'many') {
    return plainText(
      404,
      `No film has the feed “${file.slug}”; it could be any of: ${resolved.films.map((film) => film.slug).join(', ')}.`,
    );
  }
  return answer;
}
