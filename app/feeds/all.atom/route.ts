// Every status change on the site, newest first, as Atom: /feeds/all.atom. Public, read-only.
import { SITE_TARGET } from '@/db/queries/follow-scope';
import { followPaths } from '../_lib/paths';
import { followResponse } from '../_lib/respond';

export async function GET(request: Request) {
  return followResponse(request, async () => SITE_TARGET, 'atom', followPaths.all());
}
