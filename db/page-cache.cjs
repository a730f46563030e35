// Next.js's cache handler for Laurels: rendered catalogue pages kept in memory for as long as the
// database is unchanged. Every commit to the database, by this process or any other (an admin, the CLI,
// a job, a second app instance), changes SQLite's `PRAGMA data_version` as seen from the connection
// opened here, so a page is never served from before the latest write.
// Plain CommonJS because Next.js loads it by path, outside the app's TypeScript build.
const { existsSync } = require('node:fs');
const Database = require('better-sqlite3');

const MAX_ENTRIES = 5000;

// Next.js makes a handler per request, so what must outlive a request lives in the module.
/** key → { value, version }, least recently used first (a Map keeps insertion order). */
const entries = new Map();
/** key → the database version seen when the key was missed: the render that follows reads no older data. */
const missedAt = new Map();
let connection = null;

/** The database's change counter, or null when there is no database yet (then nothing is cached). */
function databaseVersion() {
  if (!connection) {
    const file = process.env.LAURELS_DB || 'data/laurels.db';
    if (!existsSync(file)) return null;
    connection = new Database(file, { readonly: true });
  }
  return connection.pragma('data_version', { simple: true });
}

module.exports = class CataloguePageCache {
  async get(key) {
    const version = databaseVersion();
    const entry = entries.get(key);
    entries.delete(key);
    if (entry && version !== null && entry.version === version) {
      entries.set(key, entry);
      return entry.value;
    }
    missedAt.set(key, version);
    return null;
  }

  async set(key, data, ctx) {
    // Stamp the entry with the version from before its render began: a write that lands during the
    // render makes the entry outdated at once, instead of hiding that write.
    const version = missedAt.get(key);
    missedAt.delete(key);
    entries.delete(key);
    if (data === null || version === undefined || version === null) return;
    entries.set(key, { value: { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] }, version });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of entries) {
      if (entry.value.tags.some((tag) => wanted.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
};
