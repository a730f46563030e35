/**
 * Whether an If-None-Match header names this ETag: any of a list, weak or strong ("W/" dropped, the weak
 * comparison RFC 9110 asks for on GET), or "*". A proxy that compresses an answer may weaken its tag.
 */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const own = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === own;
  });
}
