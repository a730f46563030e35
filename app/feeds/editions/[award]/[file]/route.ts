// One edition's status changes and dates: /feeds/editions/<award>/<edition>.atom, .rss and .ics. Public, read-only.
// An edition named as its page may be ("2023", "96th", "96") leads to its feed's own address, as the page does.
import { getDb, type Executor } from '@/db/client';
import { getAwardBySlug, matchEditionSlug } from '@/db/queries/awards';
import { findEditionTarget } from '@/db/queries/follow-scope';
import { followPaths } from '../../../_lib/paths';
import { followResponse, movedFeed, parseFollowFile, parseFollowSlug, plainText } from '../../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ award: string; file: string }> }) {
  const { award: segment, file: name } = await params;
  const file = parseFollowFile(name);
  const award = parseFollowSlug(segment);
  if (!file || !award) {
    return plainText(404, 'Feeds are at /feeds/editions/<award>/<edition>.atom, .rss or .ics.');
  }
  if (!file.isCanonical || !award.isCanonical) {
    return movedFeed(request, followPaths.edition(award.slug, file.slug), file.format);
  }
  const find = (db: Executor) => findEditionTarget(db, award.slug, file.slug);
  const answer = await followResponse(request, find, file.format, followPaths.edition(award.slug, file.slug));
  if (answer.status !== 404) return answer;
  const found = await getAwardBySlug(getDb(), award.slug);
  const match = found ? await matchEditionSlug(getDb(), found.id, file.slug) : undefined;
  if (match?.kind === 'many') {
    // As the page asks "Which Academy Awards?", the feed names the editions the year could mean.
    const choices = match.editions.map(
      (edition) => `${followPaths.edition(award.slug, edition.slug)}.${file.format} (${edition.name})`,
    );
    return plainText(
      404,
      `${file.slug} names more than one edition of the ${found!.name}; follow one: ${choices.join(', ')}.`,
    );
  }
  if (match?.kind !== 'one' || match.slug === file.slug) return answer;
  return movedFeed(request, followPaths.edition(award.slug, match.slug), file.format);
}
