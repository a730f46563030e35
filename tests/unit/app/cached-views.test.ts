// The addresses home, the awards list, the A–Z lists, search, the dashboard, sources and the sign-in page
// are cached under (app/_lib/cached-views.ts): what the page depends on must be in the address, and
// nothing else, or the cache would mix pages up or miss for nothing.
import { describe, expect, it } from 'vitest';
import { cachedViewPath, decodeView, isCurrentDay, MAX_CACHED_QUERY, toRawParams } from '@/app/_lib/cached-views';
import { parseBrowseParams } from '@/app/_components/browse-list';
import { parseLoginParams } from '@/app/login/login-view';
import { parseSearchParams } from '@/app/search/search-params';

const noon = new Date('2026-11-25T12:00:00Z');
const path = (url: string, now = noon) => {
  const { pathname, searchParams } = new URL(url, 'http://laurels.test');
  return cachedViewPath(pathname, searchParams, now);
};
const segment = (view: string | null) => view?.split('/').pop() ?? '';

describe('cached view addresses', () => {
  it('gives two different searches two different addresses, and the same search one', () => {
    expect(path('/search?q=war')).not.toBe(path('/search?q=wars'));
    expect(path('/search?q=war')).not.toBe(path('/search?q=war&page=2'));
    expect(path('/search?q=war&award=ida')).toBe(path('/search?award=ida&q=war'));
    expect(path('/search?q=war&_rsc=abc&utm_source=x')).toBe(path('/search?q=war'));
  });

  it('carries the query through the address exactly as the page would have read it', () => {
    const url = '/search?q=l%C3%A9on+%26+co%2F&category=best-documentary&category=best-short&won=1&from=0999';
    const view = decodeView(segment(path(url)));
    expect(view).toEqual({
      day: null,
      params: { q: 'léon & co/', category: ['best-documentary', 'best-short'], won: '1', from: '0999' },
    });
    expect(parseSearchParams(view!.params)).toEqual(
      parseSearchParams(toRawParams(new URL(url, 'http://x').searchParams)),
    );
  });

  it('keeps a bad parameter as it was, so the page says what is wrong with it', () => {
    const view = decodeView(segment(path('/search?q=war&page=0&to=20')));
    expect(view?.params).toEqual({ q: 'war', to: '20', page: '0' });
    expect(parseSearchParams(view!.params).ok).toBe(false);
  });

  it('puts today (UTC) in the address of the home page and the dashboard, so they change at midnight', () => {
    const late = new Date('2026-11-25T23:59:59.999Z');
    const next = new Date('2026-11-26T00:00:00.000Z');
    expect(path('/', late)).toBe('/home/2026-11-25');
    expect(path('/', next)).toBe('/home/2026-11-26');
    expect(decodeView(segment(path('/dashboard?season=2016-17', late)))?.day).toBe('2026-11-25');
    expect(path('/dashboard?season=2016-17', next)).not.toBe(path('/dashboard?season=2016-17', late));
    // Search does not depend on the date, so its pages outlive midnight.
    expect(path('/search?q=war', next)).toBe(path('/search?q=war', late));
  });

  it('renders a dated page only for today, or yesterday for a request rewritten just before midnight', () => {
    expect(isCurrentDay('2026-11-25', noon)).toBe(true);
    expect(isCurrentDay('2026-11-24', noon)).toBe(true);
    expect(isCurrentDay('2026-11-23', noon)).toBe(false);
    expect(isCurrentDay('2026-11-26', noon)).toBe(false);
    expect(isCurrentDay('2026-11-25x', noon)).toBe(false);
  });

  it('caches the awards list under one address, and each page of a source under its own', () => {
    expect(path('/awards')).toBe('/awards/-/all');
    expect(path('/awards?utm_source=x')).toBe('/awards/-/all');
    expect(path('/sources/4')).not.toBe(path('/sources/5'));
    expect(path('/sources/4?page=2')).not.toBe(path('/sources/4'));
    expect(decodeView(segment(path('/sources/4?page=2&x=1')))).toEqual({ day: null, params: { page: '2' } });
    expect(path('/sources/abc')).toBeNull();
    expect(path('/sources/4/extra')).toBeNull();
    // The list of sources, each page under its own address beside (never as) a source's.
    expect(path('/sources')).toMatch(/^\/sources\/-\//);
    expect(path('/sources?page=2')).not.toBe(path('/sources'));
    expect(decodeView(segment(path('/sources?page=2&x=1')))).toEqual({ day: null, params: { page: '2' } });
  });

  it('caches each page of the A–Z lists under its own address, apart from the film and person pages', () => {
    expect(path('/films?letter=t')).toMatch(/^\/films\/-\//);
    expect(path('/people?letter=t')).toMatch(/^\/people\/-\//);
    expect(path('/films?letter=t')).not.toBe(path('/people?letter=t'));
    expect(path('/films?letter=t')).not.toBe(path('/films?letter=t&page=2'));
    expect(path('/films?page=2&letter=t&utm_source=x')).toBe(path('/films?letter=t&page=2'));
    expect(decodeView(segment(path('/people?letter=%23&page=x')))?.params).toEqual({ letter: '#', page: 'x' });
    expect(parseBrowseParams(decodeView(segment(path('/films?letter=Q&page=3')))!.params)).toEqual({
      filter: { letter: 'q' },
      page: 3,
    });
    // The films a search's words find, A to Z, are a list of their own.
    expect(path('/films?q=war')).not.toBe(path('/films?q=wars'));
    expect(parseBrowseParams(decodeView(segment(path('/films?q=War&page=2')))!.params)).toMatchObject({
      filter: { q: 'War', text: { words: ['war'] } },
      page: 2,
    });
  });

  it('caches the sign-in page by where it returns to and whether it says "you have signed out"', () => {
    expect(path('/login?next=%2Fadmin%2Freview')).not.toBe(path('/login?next=%2Fadmin'));
    expect(path('/login?next=%2Fadmin&utm_source=x')).toBe(path('/login?next=%2Fadmin'));
    const view = decodeView(segment(path('/login?signed-out=1&next=https%3A%2F%2Felsewhere.example')));
    expect(view?.params).toEqual({ next: 'https://elsewhere.example', 'signed-out': '1' });
    // The page itself keeps only a path on this site, whichever address rendered it.
    expect(parseLoginParams(view!.params)).toEqual({ next: '/admin', 'signed-out': true, 'password-set': false });
    expect(path('/login/extra')).toBeNull();
  });

  it('leaves other addresses, and queries too long to be worth a cache slot, to be rendered as they are', () => {
    expect(path('/films/x')).toBeNull();
    expect(path('/search/abc')).toBeNull();
    expect(path('/admin?q=x')).toBeNull();
    expect(path(`/search?q=${'a'.repeat(MAX_CACHED_QUERY)}`)).toBeNull();
  });

  it('refuses an internal address it did not make', () => {
    expect(decodeView('nonsense')).toBeNull();
    expect(decodeView('-.not base64')).toBeNull();
    expect(decodeView('2026-11-25.!!')).toBeNull();
    expect(decodeView('-.')).toEqual({ day: null, params: {} });
  });
});
