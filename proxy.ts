// Runs before routing, for two reasons, neither of them a guard:
// - An address with a broken %-escape ("/films/%E0") makes Next.js answer with a bare 500 before any of our
//   code runs; here it gets a clear 400 instead (JSON under /api, text elsewhere).
// - Admin pages learn which path was asked for, so that app/_lib/auth.ts requireUser can send a visitor who
//   is not signed in to /login?next=<that path> and back (a page cannot read its own path otherwise). Every
//   admin page, layout and Server Action checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function badAddress(pathname: string): NextResponse {
  const message = 'This address has a broken %-escape, so it names nothing here. Check the link.';
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { status: 400, message } }, { status: 400 });
  }
  return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function proxy(request: NextRequest) {
  // The raw path as sent: nextUrl.pathname may already be normalised.
  const rawPath = new URL(request.url).pathname;
  if (!isDecodable(rawPath)) return badAddress(rawPath);
  if (!rawPath.startsWith('/admin')) return NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  // Set here, overwriting anything the client sent under this name.
  requestHeaders.set('x-laurels-path', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

// Everything but the build's static files, which are never dynamic.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
