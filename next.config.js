// @ts-check
const { ACTION_BODY_LIMIT_BYTES } = require('./app/_lib/action-limits.cjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Do not let `next dev` write agent instruction files into the repository.
  agentRules: false,
  poweredByHeader: false,
  // No ETag on pages: Next.js hashes the whole body for one on every request, cached or not, which cost a
  // quarter of the throughput of a 150–200 KB cached page (search, an edition: measured 300 → 390 and
  // 410 → 540 requests/s). A browser revalidating a page (Cache-Control: no-cache) downloads it again
  // instead of getting a 304; the API and the feeds set ETags of their own and keep their 304s.
  generateEtags: false,
  // Send every page's metadata in <head> rather than streamed into <body>: a shared link previews
  // correctly in any client, not only in ones that run JavaScript.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // forbidden() answers an editor on an admin-only page with a 403 (app/admin/forbidden.tsx).
  experimental: {
    authInterrupts: true,
    // Next's default is 1 MB; the CSV import takes more (app/_lib/action-limits.cjs).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
  serverExternalPackages: ['better-sqlite3', 'node-cron'],
  // Public pages (catalogue pages directly; home, the awards list, search, the dashboard, sources and the
  // sign-in page through proxy.ts) are rendered once and served from memory until the database changes.
  cacheHandler: require.resolve('./db/page-cache.cjs'),
  cacheMaxMemorySize: 0,
  // proxy.ts rewrites pages with a query string to their cached addresses. Next.js serves a rewrite
  // in-process only when its origin is the server's own; the URL a normalising proxy sees is built with
  // "localhost" instead, so under `next start -H 127.0.0.1` (or any other host name) every rewrite went
  // out and back in over HTTP, halving throughput. Unnormalised, the proxy sees the URL the server
  // compares with.
  skipProxyUrlNormalize: true,
  // Those pages are fresh on every request (the cache checks the database each time), so no browser
  // or proxy may keep its own copy for a year as Next.js would otherwise allow; nor of the API guide, built
  // once, whose next version must reach readers. Pages proxy.ts rewrites are matched both as asked for and
  // as rewritten (app/_lib/cached-views.ts).
  // Browsers ask for /favicon.ico on their own, whatever the page names: the site's icon is app/icon.svg.
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }];
  },
  async headers() {
    return [
      '/',
      '/api',
      '/home/:path*',
      '/awards',
      '/sources/:path*',
      '/search/:path*',
      '/dashboard/:path*',
      '/awards/:path+',
      '/films/:path*',
      '/people/:path*',
    ]
      .map((source) => ({ source, headers: [{ key: 'Cache-Control', value: 'no-cache' }] }))
      .concat({
        // The sign-in page is cached only for a visitor without a session (proxy.ts); with one, it is
        // rendered for that visitor and keeps Next.js's "private, no-store".
        source: '/login',
        missing: [{ type: 'cookie', key: 'laurels_session' }],
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      });
  },
};

module.exports = nextConfig;
