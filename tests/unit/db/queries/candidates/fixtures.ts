// Shared set-up of the candidate tests: the VideoSource category of the 2016 IDA Documentary Awards
// (tests/helpers/video-source-category.ts, both nominees nominated), the award's alias, and an
// announcement with its citation source, as the ingestion job stores them.
import { awardAliases, announcements } from '@/db/schema';
import { ensureSource } from '@/db/queries/sources';
import { foldText } from '@/db/rules/text';
import type { Db } from '@/db/client';
import type { ExtractedCandidate } from '@/db/queries/candidates/types';
import { freshDatabase } from '../../../../helpers/db';
import { seedVideoSourceCategory } from '../../../../helpers/video-source-category';

export function setup() {
  const { db } = freshDatabase();
  const seeded = seedVideoSourceCategory(db);
  const alias = 'International Documentary Association Awards';
  db.insert(awardAliases)
    .values({ awardId: seeded.edition.awardId, alias, folded: foldText(alias) })
    .run();
  return { db, ...seeded };
}

let counter = 0;

/** An announcement as storeAnnouncement leaves it: unprocessed, with its own sources row. */
export function announce(db: Db, publishedAt = '2016-10-20T09:00:00Z') {
  counter++;
  const url = `https://example.test/announcements/${counter}`;
  const source = ensureSource(db, { kind: 'article', url, title: `Test announcement ${counter}` }, 'test');
  return db
    .insert(announcements)
    .values({
      guid: url,
      url,
      title: source.title,
      publishedAt,
      body: 'text',
      contentHash: `hash-${counter}`,
      sourceId: source.id,
    })
    .returning()
    .get();
}

export function candidate(overrides: Partial<ExtractedCandidate> = {}): ExtractedCandidate {
  return {
    film: 'The Lovers and the Despot',
    status: 'nominated',
    category: 'ABC News Video Source Award',
    award: 'International Documentary Association Awards',
    year: 2016,
    confidence: 0.9,
    evidence: 'The Lovers and the Despot is up for the ABC News VideoSource Award.',
    ...overrides,
  };
}
