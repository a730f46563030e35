// A film's status changes across every award and the dates of the editions it stands in:
// /feeds/films/<film>.atom, .rss and .ics. Public, read-only.
import { getDb } from '@/db/client';
import { findFilmTarget } from '@/db/queries/follow-scope';
import { findRedirectSlug } from '@/db/queries/redirects';
import { requestOrigin } from '../../_lib/origin';
import { followPaths } from '../../_lib/paths';
import { followResponse, parseFollowFile, plainText } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseFollowFile((await params).file);
  if (!file) return plainText(404, 'Feeds are at /feeds/films/<film>.atom, .rss or .ics.');
  const target = await findFilmTarget(getDb(), file.slug);
  if (!target) {
    // A film merged into another keeps its readers: its old feed address leads to the survivor's.
    const survivor = await findRedirectSlug(getDb(), 'film', file.slug);
    if (survivor)
      return Response.redirect(`${requestOrigin(request)}${followPaths.film(survivor)}.${file.format}`, 308);
  }
  return followResponse(request, target, file.format, followPaths.film(file.slug));
}
