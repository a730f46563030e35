// The one rule for "has the database changed?", shared by the page cache (db/page-cache.cjs) and the
// caches of API answers and feeds (app/_lib/stamped-cache.ts): SQLite's `PRAGMA data_version`, read on a
// connection of its own. It moves on every commit made through any *other* connection (the app's own,
// the CLI, a job, a second app instance), and since this connection never writes, that is every commit.
// Plain CommonJS because Next.js loads the page cache by path, outside the app's TypeScript build.
const { existsSync } = require('node:fs');
const Database = require('better-sqlite3');

// One set of connections per process, on globalThis, not per copy of this module: Next.js may load it
// more than once (the page cache, the proxy, the route handlers), and a stamp is only comparable with
// another from the same connection — two copies numbering their connections alike could otherwise take
// one's "1:5" for the other's, and serve a page from before a write.
const shared = (globalThis[Symbol.for('laurels.dataVersion.watchers')] ??= {
  /** file → { id, connection }. Tests open many database files; the server only ever reads one. */
  watchers: new Map(),
  opened: 0,
});
const { watchers } = shared;
const MAX_WATCHED = 8;

/**
 * A stamp of the database's current state: equal stamps mean no commit in between. The stamp names the
 * connection too, because data_version is only comparable on one connection (a reopened one counts
 * afresh). Null when the file does not exist yet (then nothing may be cached).
 */
function databaseStamp(file = process.env.LAURELS_DB || 'data/laurels.db') {
  let watcher = watchers.get(file);
  if (!watcher) {
    if (!existsSync(file)) return null;
    if (watchers.size >= MAX_WATCHED) {
      const [oldest, old] = watchers.entries().next().value;
      old.connection.close();
      watchers.delete(oldest);
    }
    shared.opened += 1;
    watcher = { id: shared.opened, connection: new Database(file, { readonly: true, fileMustExist: true }) };
    watchers.set(file, watcher);
  }
  return `${watcher.id}:${watcher.connection.pragma('data_version', { simple: true })}`;
}

module.exports = { databaseStamp };
