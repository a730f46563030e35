// Tells admin pages which path was asked for, so that app/_lib/auth.ts requireUser can send a visitor who is
// not signed in to /login?next=<that path> and back. A page cannot read its own path otherwise. This guards
// nothing: every admin page, layout and Server Action checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  // Set here, overwriting anything the client sent under this name.
  requestHeaders.set('x-laurels-path', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
