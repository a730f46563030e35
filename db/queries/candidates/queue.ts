// Reads of the review queue: the pending candidates, oldest first, each with its announcement and what
// it matched; one candidate for the correction page; and the choices of award, edition and category.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { announcements, awards, candidates, categories, editions, films } from '../../schema';
import { findCategory, matchCandidate } from './match';
import { announcementOf } from './review-decide';
import { claimKey, pendingTwins, type AlsoReported } from './twins';

const queueColumns = {
  id: candidates.id,
  version: candidates.version,
  film: candidates.film,
  status: candidates.status,
  category: candidates.category,
  award: candidates.award,
  year: candidates.year,
  confidence: candidates.confidence,
  evidence: candidates.evidence,
  reason: candidates.reason,
  state: candidates.state,
  awardId: candidates.awardId,
  editionId: candidates.editionId,
  categoryId: candidates.categoryId,
  filmId: candidates.filmId,
  nominationId: candidates.nominationId,
  createdAt: candidates.createdAt,
  announcementTitle: announcements.title,
  announcementSourceId: announcements.sourceId,
  announcementUrl: announcements.url,
  awardName: awards.name,
  editionName: editions.name,
  categoryName: categories.name,
  filmTitle: films.title,
  filmSlug: films.slug,
};

function queueSelect(db: Executor) {
  return db
    .select(queueColumns)
    .from(candidates)
    .innerJoin(announcements, eq(announcements.id, candidates.announcementId))
    .leftJoin(awards, eq(awards.id, candidates.awardId))
    .leftJoin(editions, eq(editions.id, candidates.editionId))
    .leftJoin(categories, eq(categories.id, candidates.categoryId))
    .leftJoin(films, eq(films.id, candidates.filmId));
}

type QueueRow = Awaited<ReturnType<ReturnType<typeof queueSelect>['all']>>[number];
export type QueueCandidate = QueueRow & { alsoReportedBy: AlsoReported[] };

/**
 * Pending candidates, oldest first (a page of them: the queue is worked from the top). A claim reported by
 * several announcements is one card, the oldest, naming the others: deciding it decides them (twins.ts).
 */
export async function listPendingCandidates(db: Executor, limit = 100): Promise<QueueCandidate[]> {
  const rows = await queueSelect(db)
    .where(eq(candidates.state, 'pending'))
    .orderBy(asc(candidates.createdAt), asc(candidates.id))
    .limit(limit);
  const cards = new Map<string, QueueCandidate>();
  for (const row of rows) {
    const also = { sourceId: row.announcementSourceId, title: row.announcementTitle, url: row.announcementUrl };
    const key = claimKey(row);
    const card = cards.get(key);
    if (card) card.alsoReportedBy.push(also);
    else cards.set(key, { ...row, alsoReportedBy: [] });
  }
  return [...cards.values()];
}

/**
 * One candidate for its review page. A pending one is matched again against the catalogue as it is now, as
 * accepting it would be (review.ts): an edition or a category added since it was queued is found.
 */
export async function getCandidateForReview(db: Executor, id: number): Promise<QueueCandidate | undefined> {
  const [row] = await queueSelect(db).where(eq(candidates.id, id)).limit(1);
  if (!row || row.state !== 'pending') return row && { ...row, alsoReportedBy: [] };
  const candidate = db.select().from(candidates).where(eq(candidates.id, id)).get()!;
  const alsoReportedBy = pendingTwins(db, candidate).map((twin) => twin.announcement);
  const match = matchCandidate(db, candidate, announcementOf(db, candidate.announcementId).awardId);
  const film = match.filmId
    ? db.select({ slug: films.slug }).from(films).where(eq(films.id, match.filmId)).get()
    : null;
  return {
    ...row,
    awardId: match.awardId,
    awardName: match.awardName,
    editionId: match.editionId,
    editionName: match.editionName,
    categoryId: match.categoryId,
    categoryName: match.categoryName,
    filmId: match.filmId,
    filmTitle: match.filmTitle,
    filmSlug: film?.slug ?? null,
    nominationId: match.nominationId,
    reason: match.reason,
    alsoReportedBy,
  };
}

/** The category of an edition a candidate's words name, for the correction form to start from. */
export function categoryNamedIn(db: Executor, editionId: number | null, text: string | null): number | null {
  return editionId && text ? (findCategory(db, editionId, text)?.id ?? null) : null;
}

/** Who already won a category, as its page names them (the films, else the credited name), or null. */
const categoryWinners = sql<string | null>`(
  select group_concat(coalesce((select group_concat(f.title, ' / ') from nomination_films nf
    join films f on f.id = nf.film_id where nf.nomination_id = n.id), n.display_name, 'a nominee'), ', ')
  from nominations n where n.category_id = ${categories.id} and n.status = 'won')`;

/** The choices of the correction form: every award; the editions of one; the categories of one. */
export async function listReviewChoices(db: Executor, awardId: number | null, editionId: number | null) {
  const awardList = await db.select({ id: awards.id, name: awards.name }).from(awards).orderBy(asc(awards.name));
  const editionList = awardId
    ? await db
        .select({ id: editions.id, name: editions.name, year: editions.year })
        .from(editions)
        .where(eq(editions.awardId, awardId))
        .orderBy(asc(editions.year), asc(editions.id))
    : [];
  const categoryList =
    awardId && editionId
      ? await db
          .select({ id: categories.id, name: categories.name, winners: categoryWinners })
          .from(categories)
          .innerJoin(editions, eq(editions.id, categories.editionId))
          .where(and(eq(categories.editionId, editionId), eq(editions.awardId, awardId)))
          .orderBy(asc(categories.position), asc(categories.id))
      : [];
  return { awards: awardList, editions: editionList, categories: categoryList };
}
