// One edition's status changes and dates: /feeds/editions/<award>/<edition>.atom, .rss and .ics. Public, read-only.
// An edition named as its page may be ("2023", "96th", "96") leads to its feed's own address, as the page does.
import { getDb, type Executor } from '@/db/client';
import { getAwardBySlug, matchEditionSlug } from '@/db/queries/awards';
import { findEditionTarget } from '@/db/queries/follow-scope';
import { requestOrigin } from '@/app/_lib/public-origin';
import { followPaths } from '../../../_lib/paths';
import { followResponse, parseFollowFile, plainText } from '../../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ award: string; file: string }> }) {
  const { award, file: name } = await params;
  const file = parseFollowFile(name);
  if (!file || !/^[a-z0-9-]{1,100}$/.test(award)) {
    return plainText(404, 'Feeds are at /feeds/editions/<award>/<edition>.atom, .rss or .ics.');
  }
  const find = (db: Executor) => findEditionTarget(db, award, file.slug);
  const answer = await followResponse(request, find, file.format, followPaths.edition(award, file.slug));
  if (answer.status !== 404) return answer;
  const found = await getAwardBySlug(getDb(), award);
  const match = found ? await matchEditionSlug(getDb(), found.id, file.slug) : undefined;
  if (match?.kind !== 'one' || match.slug === file.slug) return answer;
  return Response.redirect(`${requestOrigin(request)}${followPaths.edition(award, match.slug)}.${file.format}`, 308);
}
