// Named values the app keeps about itself, such as when the database was first seeded.
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { settings } from '../schema';

export function getSetting(db: Executor, key: string): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

export function setSetting(db: Executor, key: string, value: string): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date().toISOString() } })
    .run();
}

/**
 * This database's own random name (migration 0016): the ids of its feed entries and calendar events are
 * built on it rather than on a host name, which changes with the address a reader uses.
 */
export function getInstallationId(db: Executor): string {
  const id = getSetting(db, 'installation_id');
  if (!id) throw new Error('This database has no installation id; migrate it first.');
  return id;
}
