// Sources: the articles, press releases and data sets that report a status.
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { sources, type Source, type SourceKind } from '../schema';

export interface SourceInput {
  key?: string | null;
  kind: SourceKind;
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  body?: string | null;
}

/** The source with this key or URL, created on first use. */
export function ensureSource(tx: Executor, input: SourceInput): Source {
  const found =
    (input.key && tx.select().from(sources).where(eq(sources.key, input.key)).get()) ||
    (input.url && tx.select().from(sources).where(eq(sources.url, input.url)).get());
  if (found) return found;
  return tx.insert(sources).values(input).returning().get();
}

export async function getSource(db: Executor, id: number) {
  return db.query.sources.findFirst({ where: eq(sources.id, id) });
}
