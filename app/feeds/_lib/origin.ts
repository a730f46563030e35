// The site's own origin as the reader asked for it, for the absolute links a feed must carry. Behind a
// proxy the forwarded headers name the public origin; they are checked for shape so that a forged
// header cannot put markup or another scheme into the feed.
const HOST = /^[a-z0-9.-]+(:(\d{1,5}))?$/i;

/** A host name with, at most, a port a URL can have (up to 65535). */
function isHost(host: string | undefined): host is string {
  const match = host === undefined ? null : HOST.exec(host);
  return match !== null && (match[2] === undefined || Number(match[2]) <= 65_535);
}

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0]?.trim();
  const scheme = proto === 'http' || proto === 'https' ? proto : url.protocol.replace(':', '');
  return `${scheme}://${isHost(host) ? host : url.host}`;
}
