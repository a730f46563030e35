// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Do not let `next dev` write agent instruction files into the repository.
  agentRules: false,
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ['better-sqlite3', 'node-cron'],
};

module.exports = nextConfig;
