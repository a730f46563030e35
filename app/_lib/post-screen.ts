// A POST to a page is a Server Action: a form's submission (the sign-in form, an admin's edits), with or
// without JavaScript. Next.js answers one it cannot read with a bare 500: a body over the size limit, a
// form whose multipart body does not parse, an action's arguments that are not JSON, a post from another
// site. proxy.ts screens each page POST here first, so these get a clear 413, 400 or 403. The proxy gets
// its own copy of the body (Next.js buffers it for the proxy), so reading it here takes nothing from the
// action.
import type { NextRequest } from 'next/server';
import { ACTION_BODY_LIMIT_BYTES } from './action-limits.cjs';

const LIMIT_MB = ACTION_BODY_LIMIT_BYTES / 1024 / 1024;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The refusal as its sender reads it: text for an action called by the page's script, which shows it; a
 * page with a way back to the form for a form posted without JavaScript, which the browser shows as it is.
 */
function refusal(request: NextRequest, status: number, message: string): Response {
  if (request.headers.has('next-action')) {
    return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const back = escapeHtml(request.nextUrl.pathname + request.nextUrl.search);
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Not sent · Laurels</title>' +
    `</head><body><main><h1>The form was not sent</h1><p>${escapeHtml(message)}</p>` +
    `<p><a href="${back}">Back to the form</a></p></main></body></html>`;
  return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The host the browser sent the form to, as Next.js's own check of an action's origin takes it. */
function servedHost(request: NextRequest): string | null {
  return request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
}

function isSameSite(origin: string, request: NextRequest): boolean {
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === servedHost(request);
}

const tooLarge = (request: NextRequest) =>
  refusal(request, 413, `This form sent more than ${LIMIT_MB} MB, more than any form here takes. Send less.`);

/** A refusal for a page POST that Next.js could not read, or null when it can go on. */
export async function screenPagePost(request: NextRequest): Promise<Response | null> {
  // Said before the body is read, when the request says how long it is.
  if (Number(request.headers.get('content-length')) > ACTION_BODY_LIMIT_BYTES) return tooLarge(request);
  const origin = request.headers.get('origin');
  // A browser sends Origin with every form post ("null" from a sandboxed page, which Next.js refuses too).
  if (origin && !isSameSite(origin, request)) {
    return refusal(request, 403, 'This form was sent from another site. Use the form on this site.');
  }
  const type = request.headers.get('content-type') ?? '';
  const isForm = /^multipart\/form-data/i.test(type);
  if (!isForm && !request.headers.has('next-action')) return null;
  const body = await request.clone().arrayBuffer();
  // A body sent in chunks says its length only once it has all come.
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge(request);
  try {
    if (isForm) await new Response(body, { headers: { 'content-type': type } }).formData();
    else JSON.parse(new TextDecoder().decode(body));
  } catch {
    return refusal(
      request,
      400,
      'This form arrived incomplete or malformed, so nothing was done. Reload the page and try again.',
    );
  }
  return null;
}
