// One edition's status changes and dates: /feeds/editions/<award>/<edition>.atom, .rss and .ics. Public, read-only.
import type { Executor } from '@/db/client';
import { findEditionTarget } from '@/db/queries/follow-scope';
import { followPaths } from '../../../_lib/paths';
import { followResponse, parseFollowFile, plainText } from '../../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ award: string; file: string }> }) {
  const { award, file: name } = await params;
  const file = parseFollowFile(name);
  if (!file || !/^[a-z0-9-]{1,100}$/.test(award)) {
    return plainText(404, 'Feeds are at /feeds/editions/<award>/<edition>.atom, .rss or .ics.');
  }
  const find = (db: Executor) => findEditionTarget(db, award, file.slug);
  return followResponse(request, find, file.format, followPaths.edition(award, file.slug));
}
