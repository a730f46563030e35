// Home, the awards list, the A–Z lists, search, the dashboard, the sources and each source's page, and the
// sign-in page (for a visitor without a session; proxy.ts decides) are read at addresses with a query string
// (or none, where the page has no segment a route could cache it by), and a query string is not part of
// Next.js's page cache key. So proxy.ts rewrites each such request to an
// internal address that carries what the page depends on in its path: the query parameters the page
// reads (in a fixed order, a repeated parameter's values in the order sent, every other parameter dropped,
// so `_rsc`, tracking tags and the order of a link's parameters do not split the cache) and, for pages
// that show "upcoming" and "this season", today's date. Each distinct address is then rendered once per
// database version by db/page-cache.cjs; the visible URL stays /search?q=….
//
// The date is in the address rather than in a timer (revalidate = N): a timed page is served stale once
// after it expires and then re-rendered in the background, so the first visitor after midnight would see
// yesterday's "upcoming" ceremonies; a new date is a new address, rendered afresh on its first request.

/**
 * Compiles only when `Keys` are exactly the parameters a page reads: the page's params module checks its
 * list below against its own, so a parameter added there and not here cannot silently drop out of the
 * cached address.
 */
export type ExactKeys<Keys extends readonly string[], Read> = [Keys[number]] extends [keyof Read]
  ? [keyof Read] extends [Keys[number]]
    ? true
    : false
  : false;
export type Check<T extends true> = T;

export const SEARCH_KEYS = ['q', 'award', 'category', 'from', 'to', 'won', 'page'] as const;
export const DASHBOARD_KEYS = ['season', 'award', 'category', 'sort', 'page'] as const;
export const SOURCE_KEYS = ['page'] as const;
export const SOURCES_LIST_KEYS = ['page'] as const;
export const LOGIN_KEYS = ['next', 'signed-out', 'password-set'] as const;
export const BROWSE_KEYS = ['letter', 'q', 'page'] as const;

/** The awards list's internal address: "-" is never an award's slug, so it cannot hide one. */
export const AWARDS_LIST_VIEW = '/awards/-/all';
/** The list of sources' internal addresses: "-" is never a source's number. */
export const SOURCES_LIST_VIEW = '/sources/-';
/** The A–Z lists' internal addresses are under these ("-" is never a film's or a person's slug either). */
export const BROWSE_VIEWS = { '/films': '/films/-', '/people': '/people/-' } as const;
const SOURCE_PATH = /^\/sources\/([1-9]\d{0,14})$/;

/** Longer query strings are rendered on every request instead (see app/search/page.tsx): not worth a cache slot. */
export const MAX_CACHED_QUERY = 1000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today as the pages count days: the UTC date, like every ceremony date Laurels stores. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Only `keys`, in that order, each with all its values in the order they were sent. */
export function canonicalQuery(search: URLSearchParams, keys: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const key of keys) for (const value of search.getAll(key)) kept.append(key, value);
  return kept.toString();
}

function encodeView(day: string | null, query: string): string {
  return `${day ?? '-'}.${Buffer.from(query, 'utf8').toString('base64url')}`;
}

/** The internal address a public request is rendered under, or null for one that is not cached. */
export function cachedViewPath(pathname: string, search: URLSearchParams, now: Date): string | null {
  if (pathname === '/') return `/home/${utcDay(now)}`;
  if (pathname === '/awards') return AWARDS_LIST_VIEW;
  const view = viewOf(pathname);
  if (!view) return null;
  const query = canonicalQuery(search, view.keys);
  if (query.length > MAX_CACHED_QUERY) return null;
  return `${view.base}/${encodeView(pathname === '/dashboard' ? utcDay(now) : null, query)}`;
}

/** The parameters a page with a query string reads, and the route its internal addresses go under. */
function viewOf(pathname: string): { keys: readonly string[]; base: string } | null {
  if (pathname === '/search') return { keys: SEARCH_KEYS, base: pathname };
  if (pathname === '/dashboard') return { keys: DASHBOARD_KEYS, base: pathname };
  if (pathname === '/login') return { keys: LOGIN_KEYS, base: pathname };
  if (SOURCE_PATH.test(pathname)) return { keys: SOURCE_KEYS, base: pathname };
  if (pathname === '/sources') return { keys: SOURCES_LIST_KEYS, base: SOURCES_LIST_VIEW };
  if (pathname === '/films' || pathname === '/people') return { keys: BROWSE_KEYS, base: BROWSE_VIEWS[pathname] };
  return null;
}

export type RawParams = Record<string, string | string[] | undefined>;

/** The query string as a page's `searchParams` would hold it: one value a string, several an array. */
export function toRawParams(query: URLSearchParams): RawParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    raw[key] = values.length === 1 ? values[0]! : values;
  }
  return raw;
}

/** What an internal address carries, or null when it was not made by cachedViewPath. */
export function decodeView(segment: string): { day: string | null; params: RawParams } | null {
  const match = /^(-|\d{4}-\d{2}-\d{2})\.([A-Za-z0-9_-]*)$/.exec(segment);
  if (!match) return null;
  const query = Buffer.from(match[2]!, 'base64url').toString('utf8');
  if (Buffer.from(query, 'utf8').toString('base64url') !== match[2]) return null;
  return { day: match[1] === '-' ? null : match[1]!, params: toRawParams(new URLSearchParams(query)) };
}

/**
 * Whether a date in an internal address may be rendered now: today, or yesterday for a request rewritten
 * just before midnight. Any other date (a hand-typed address) is not a page, so the cache holds at most
 * two days' worth of these views and nobody can ask for "upcoming" as of some other day.
 */
export function isCurrentDay(day: string, now: Date): boolean {
  if (!DAY.test(day)) return false;
  return day === utcDay(now) || day === utcDay(new Date(now.getTime() - 24 * 60 * 60 * 1000));
}
