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
  serverExternalPackages: ['better-sqlite3', 'node-cron'],
};

module.exports = nextConfig;
