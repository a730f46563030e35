// The site's own origin as the reader asked for it, for the absolute links feeds and API answers carry
// (and their redirects). Behind a proxy the forwarded headers name the public origin; they are checked
// for shape so that a forged header cannot put markup or another scheme into an answer, nor a host no
// URL can hold (a port past 65535, an address such as 999.1.1.1) and the answer fail to build.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** A host name, with a port or not, that a URL holds exactly as written. */
function isHost(host: string | undefined): host is string {
  if (host === undefined || !HOST.test(host)) return false;
  try {
    return new URL(`http://${host}`).host === host.toLowerCase().replace(/:80$/, '');
  } catch {
    return false;
  }
}

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0]?.trim();
  const scheme = proto === 'http' || proto === 'https' ? proto : url.protocol.replace(':', '');
  return `${scheme}://${isHost(host) ? host : url.host}`;
}

/**
 * What an answer built on the public origin varies by, beside Host (in every cache's key already): a
 * shared cache must not give one origin's links to a reader of another.
 */
export const PUBLIC_ORIGIN_VARY = 'X-Forwarded-Host, X-Forwarded-Proto';

/** The address asked for, on the public origin: what absolute links in the answer are built from. */
export function publicUrl(request: Request): URL {
  const { pathname, search } = new URL(request.url);
  // Built afresh rather than by setting the host of the URL asked for: a host without a port set on a URL
  // keeps the URL's port (the server's own, :3000), which the public origin does not have.
  return new URL(`${pathname}${search}`, requestOrigin(request));
}
