// Runs before routing, for these reasons, none of them a guard:
// - A method no route here answers (PROPFIND, MKCOL, …) gets a 405 naming the methods there are; so does
//   a method a page or a file does not answer (PUT on a page, POST on robots.txt or a build file). Next.js
//   answers some of them with a bare 500 (files) and others with the page as if asked for it. (TRACE never
//   gets here: app/_lib/http-guard.ts answers it.)
// - A page POST (a Server Action) that Next.js could not read gets a clear 413, 400 or 403 instead of a
//   bare 500 (app/_lib/post-screen.ts).
// - A Range header is dropped (withoutRange): Next.js answers one past the end of robots.txt or of a build
//   file with a bare 500.
// - An address with a broken %-escape ("/films/%E0") makes Next.js answer with a bare 500 before any of our
//   code runs; here it gets a clear 400 instead (JSON under /api, text elsewhere).
// - Admin pages learn which path was asked for, so that app/_lib/auth.ts requireUser can send a visitor who
//   is not signed in to /login?next=<that path> and back (a page cannot read its own path otherwise). Every
//   admin page, layout and Server Action checks the session itself. An admin form posted without JavaScript
//   by someone with no session cookie at all is sent to sign in with a 303 (signedOutFormPost), which only
//   spares them a bare error page: the action would refuse it anyway.
// - Home, the awards list, the A–Z lists, search, the dashboard, source pages and (without a session) the
//   sign-in page are rewritten to internal addresses that carry their query (and, where it matters, today's
//   date) in the path, so that Next.js's page cache can keep each of them until the database changes
//   (app/_lib/cached-views.ts). None of them varies by cookie or session, so one copy serves everyone.
// - A page whose rendering is cached for the current database is answered here, for a reader asking for
//   the whole document (app/_lib/page-answers.ts).
// - The address of a film, person, award, edition or source that names none is sent to the site's 404
//   page, which Next.js renders whole only for an address no route matches (app/_lib/page-addresses.ts).
// - An API request whose answer is cached for the current database is answered here, with the same
//   headers, ETag and 304 as its route handler would send (app/api/v1/_lib/answer-lookup.ts); so is a feed
//   or calendar kept for the current database (app/feeds/_lib/document-lookup.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { cachedViewPath } from '@/app/_lib/cached-views';
import { addressKind, methodRefusal } from '@/app/_lib/methods';
import { findMissingPageCheck, NOT_FOUND_PATH } from '@/app/_lib/missing-pages';
import { cachedPageAnswer, wantsDocument } from '@/app/_lib/page-answers';
import { screenPagePost } from '@/app/_lib/post-screen';
import { SESSION_COOKIE } from '@/app/_lib/session-cookie';
import { findAnswerLookup } from '@/app/api/v1/_lib/answer-lookup';
import { jsonResponse, withoutBody } from '@/app/api/v1/_lib/respond';
import { findDocumentLookup } from '@/app/feeds/_lib/document-lookup';
import { followAddress, followDocumentKey, followDocumentResponse } from '@/app/feeds/_lib/document-response';
import { publicUrl, requestOrigin } from '@/app/_lib/public-origin';

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

/**
 * The request without its Range header, if it has one. Next.js answers a range past the end of a public
 * file (robots.txt) or a build file with a bare 500 rather than a 416; nothing here is worth fetching in
 * parts, and the whole file with a 200 is a valid answer to any Range request.
 */
function withoutRange(request: NextRequest): { request: { headers: Headers } } | undefined {
  if (!request.headers.has('range')) return undefined;
  const headers = new Headers(request.headers);
  headers.delete('range');
  return { request: { headers } };
}

/** A feed or calendar kept for the current database, answered as its route handler would. */
function keptFeedResponse(request: NextRequest, rawPath: string): Response | undefined {
  const address = followAddress(rawPath);
  const lookup = address && findDocumentLookup();
  if (!address || !lookup) return undefined;
  const document = lookup(followDocumentKey(requestOrigin(request), address.basePath, address.format));
  return document && followDocumentResponse(request, document, address.format);
}

/**
 * An admin page's form posted without JavaScript (no Next-Action header) by someone with no session: sent
 * to sign in and back with a 303, so the browser asks for the sign-in page rather than posting the form to
 * it again (the page's own redirect would be a 307, and the sign-in page would answer the re-posted form
 * with a bare "Server Action unavailable"). With JavaScript, the action itself says to sign in, keeping
 * what was typed (app/_lib/action.ts).
 */
function signedOutFormPost(request: NextRequest, rawPath: string, path: string): NextResponse | undefined {
  if (request.method !== 'POST' || addressKind(rawPath) !== 'page') return undefined;
  if (request.headers.has('next-action') || request.cookies.has(SESSION_COOKIE)) return undefined;
  // Absolute, at the address the visitor used: Next.js refuses a proxy's redirect to a relative Location.
  return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(path)}`, requestOrigin(request)), 303);
}

export async function proxy(request: NextRequest) {
  // The raw path as sent: nextUrl.pathname may already be normalised.
  const rawPath = new URL(request.url).pathname;
  const refusal = methodRefusal(request.method, rawPath);
  if (refusal) return new NextResponse(refusal.text, refusal);
  if (rawPath.startsWith('/_next/')) return NextResponse.next(withoutRange(request));
  if (!isDecodable(rawPath)) return badAddress(rawPath);
  if (request.method === 'POST' && addressKind(rawPath) === 'page') {
    const refused = await screenPagePost(request);
    if (refused) return refused;
  }
  if (!rawPath.startsWith('/admin')) {
    const reads = request.method === 'GET' || request.method === 'HEAD';
    if (rawPath.startsWith('/api/v1')) {
      const answer = reads ? findAnswerLookup()?.(publicUrl(request).href) : undefined;
      if (!answer) return NextResponse.next();
      const response = jsonResponse(request, answer);
      return request.method === 'HEAD' ? withoutBody(response) : response;
    }
    const feed = reads ? keptFeedResponse(request, rawPath) : undefined;
    if (feed) return request.method === 'HEAD' ? withoutBody(feed) : feed;
    // A visitor with a session cookie is sent on by the sign-in page itself (app/login/page.tsx).
    const pathname = request.nextUrl.pathname;
    const hasSession = pathname === '/login' && request.cookies.has(SESSION_COOKIE);
    const view = hasSession ? null : cachedViewPath(pathname, request.nextUrl.searchParams, new Date());
    // A form's post (the sign-in form's Server Action) is rewritten too: without JavaScript, React finds
    // the form's state again only in the page that rendered the form.
    const cached = reads ? cachedPageAnswer(request, view ?? pathname) : undefined;
    if (cached) return cached;
    const forward = withoutRange(request);
    if (reads && wantsDocument(request) && (await findMissingPageCheck()?.(rawPath))) {
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), forward);
    }
    return view ? NextResponse.rewrite(new URL(view, request.url), forward) : NextResponse.next(forward);
  }
  // Without Next's own cache-busting parameter: the proxy sees a client navigation's URL as sent (next.config.js).
  const path = request.nextUrl.clone();
  path.searchParams.delete('_rsc');
  const signIn = signedOutFormPost(request, rawPath, path.pathname + path.search);
  if (signIn) return signIn;
  const requestHeaders = new Headers(request.headers);
  // Set here, overwriting anything the client sent under this name.
  requestHeaders.set('x-laurels-path', path.pathname + path.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

// Everything but the image optimizer, which Laurels does not use. The build's files come here only for
// the check of their method and the Range header: nothing else here applies to them.
export const config = { matcher: ['/((?!_next/image).*)'] };
