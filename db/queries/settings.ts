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
