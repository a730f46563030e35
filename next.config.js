// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Do not let `next dev` write agent instruction files into the repository.
  agentRules: false,
  poweredByHeader: false,
  // Send every page's metadata in <head> rather than streamed into <body>: a shared link previews
  // correctly in any client, not only in ones that run JavaScript.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // forbidden() answers an editor on an admin-only page with a 403 (app/admin/forbidden.tsx).
  experimental: {
    authInterrupts: true,
    // The CSV import accepts 5 MB and its confirm step posts the text back; Next's default is 1 MB.
    serverActions: { bodySizeLimit: '6mb' },
  },
  serverExternalPackages: ['better-sqlite3', 'node-cron'],
  // Catalogue pages are rendered once and served from memory until the database changes.
  cacheHandler: require.resolve('./db/page-cache.cjs'),
  cacheMaxMemorySize: 0,
  // Those pages are fresh on every request (the cache checks the database each time), so no browser
  // or proxy may keep its own copy for a year as Next.js would otherwise allow.
  async headers() {
    return ['/awards/:path+', '/films/:path*', '/people/:path*'].map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: 'no-cache' }],
    }));
  },
};

module.exports = nextConfig;
