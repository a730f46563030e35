// Live updates behind /api/live: one poller per process, shared by every open page, that notices a commit
// to the database and tells its subscribers which editions' results changed. It watches
// `PRAGMA data_version` on a connection of its own (as db/data-version.cjs does for the caches: only
// another connection's commit changes it, and the app writes through getDb()'s), so a quiet second costs
// one pragma. Only when the version moves does it look for new status_events and the editions they belong
// to; other writes (an edited date, a job's run record) send nothing, since only a status change is a
// result worth a refresh.
import { databasePath, openDatabase, type Db } from './client';

export interface LiveChange {
  /** The newest status event's id: the event id a reconnecting client sends back. */
  latest: number;
  /** The changed editions as "award-slug/edition-slug", or null when too many to list (every page refreshes). */
  editions: string[] | null;
}
export type LiveListener = (change: LiveChange) => void;

/** More editions than this in one poll (a bulk import) are announced as "everything changed". */
const MAX_LISTED_EDITIONS = 50;

/** The latest status event's id (0 when there is none). */
export function latestStatusEventId(db: Db): number {
  const row = db.$client.prepare('select coalesce(max(id), 0) as latest from status_events').get() as {
    latest: number;
  };
  return row.latest;
}

/** The editions whose nominations changed status after event `afterId` (at most one more than the cap). */
export function editionsChangedSince(db: Db, afterId: number): string[] | null {
  const rows = db.$client
    .prepare(
      `select distinct a.slug || '/' || e.slug as key
         from status_events se
         join nominations n on n.id = se.nomination_id
         join categories c on c.id = n.category_id
         join editions e on e.id = c.edition_id
         join awards a on a.id = e.award_id
        where se.id > ?
        limit ?`,
    )
    .all(afterId, MAX_LISTED_EDITIONS + 1) as { key: string }[];
  return rows.length > MAX_LISTED_EDITIONS ? null : rows.map((row) => row.key);
}

export interface LiveFeedOptions {
  db: Db;
  maxSubscribers: number;
  intervalMs: number;
}

export class LiveFeed {
  private readonly listeners = new Set<LiveListener>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private version: unknown;
  private latest: number;

  constructor(private readonly options: LiveFeedOptions) {
    this.version = options.db.$client.pragma('data_version', { simple: true });
    this.latest = latestStatusEventId(options.db);
  }

  get size(): number {
    return this.listeners.size;
  }

  /** Whether a new subscriber would be refused. */
  get isFull(): boolean {
    return this.listeners.size >= this.options.maxSubscribers;
  }

  get latestEventId(): number {
    return this.latest;
  }

  /** Adds a listener; null when the feed is full. The returned function removes it (safe to call twice). */
  subscribe(listener: LiveListener): (() => void) | null {
    if (this.isFull) return null;
    // The first subscriber starts the timer and the last one stops it: an idle server polls nothing. Catch
    // up before listening, so that what changed while idle is not announced to a page rendered after it.
    if (!this.timer) {
      this.poll();
      this.timer = setInterval(() => this.safePoll(), this.options.intervalMs);
      this.timer.unref?.();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** What changed after event `afterId` (for a client that reconnects), or null when nothing did. */
  changesSince(afterId: number): LiveChange | null {
    this.poll();
    if (afterId >= this.latest) return null;
    return { latest: this.latest, editions: editionsChangedSince(this.options.db, afterId) };
  }

  /** A poll from the timer: an error there would end the process, so it is logged and tried again next tick. */
  private safePoll(): void {
    try {
      this.poll();
    } catch (error) {
      console.error('laurels: live updates could not read the database:', error);
    }
  }

  /** One look at the database; tells every listener when new status events arrived. */
  poll(): void {
    const { db } = this.options;
    const version = db.$client.pragma('data_version', { simple: true });
    if (version === this.version) return;
    this.version = version;
    const latest = latestStatusEventId(db);
    const previous = this.latest;
    this.latest = latest;
    // Fewer events than before (a merge deleted some) is not news; more is.
    if (latest <= previous) return;
    const change = { latest, editions: editionsChangedSince(db, previous) };
    for (const listener of this.listeners) listener(change);
  }
}

const globalForLive = globalThis as unknown as { laurelsLiveFeed?: LiveFeed };

/**
 * The process's one feed, on a read-only connection of its own, made on first use. Kept on globalThis so that
 * every bundle of the route (and a dev server's reloads) shares it. Throws when there is no database yet.
 */
export function getLiveFeed(): LiveFeed {
  globalForLive.laurelsLiveFeed ??= new LiveFeed({
    db: openDatabase(databasePath(), { readonly: true }),
    maxSubscribers: Number(process.env.LAURELS_LIVE_MAX_SUBSCRIBERS) || 500,
    intervalMs: 1000,
  });
  return globalForLive.laurelsLiveFeed;
}
