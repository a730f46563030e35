// Matching a candidate fact to the catalogue: its award (by name, short name or alias, fuzzily, else the
// source's award), the edition (by its awards year or its ceremony's year, or the ordinal the text gave),
// the category (by name, canonical name or alias), the film (by title or alias, of about the edition's
// year, match-film.ts) and the film's nomination in that category. What cannot be matched is listed, with a reason.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { ceremonyOffset } from '../../rules/ceremony-year';
import { awardAliases, awards, canonicalCategories, categories, categoryAliases, editions } from '../../schema';
import { findFilmNear, findNomination } from './match-film';
import { bestByName, ordinalIn } from './names';
import type { CandidateMatch, ExtractedCandidate } from './types';

export { findNomination } from './match-film';

type Award = { id: number; name: string };
type Edition = { id: number; name: string; year: number };
type Category = { id: number; name: string };

/** Matches one candidate; `awardHint` is the award of the source the announcement came from, if any. */
export function matchCandidate(
  db: Executor,
  candidate: ExtractedCandidate,
  awardHint: number | null = null,
): CandidateMatch {
  const award = findAward(db, candidate.award) ?? (awardHint ? awardById(db, awardHint) : null);
  const edition = award ? findEdition(db, award.id, candidate.year, ordinalIn(candidate.award)) : null;
  const category = edition && candidate.category ? findCategory(db, edition.id, candidate.category) : null;
  const film = findFilmNear(db, candidate.film, edition?.year ?? candidate.year, category?.id ?? null);
  const nominationId = category && film ? findNomination(db, category.id, film.id) : null;

  const missing: CandidateMatch['missing'] = [];
  const reasons: string[] = [];
  if (!award) {
    missing.push('award');
    reasons.push(candidate.award ? `no award named "${candidate.award}"` : 'the announcement names no award');
  } else if (!edition) {
    reasons.push(candidate.year ? `no edition ${candidate.year} of ${award.name}` : `no year given for ${award.name}`);
  }
  if (!edition) missing.push('edition');
  if (!category) {
    missing.push('category');
    if (edition) {
      reasons.push(candidate.category ? `no category "${candidate.category}" in ${edition.name}` : 'no category given');
    }
  }
  if (!film) {
    missing.push('film');
    reasons.push('film not in the catalogue');
  }
  if (!nominationId) {
    missing.push('nomination');
    if (category && film) reasons.push(`${film.title} is not nominated in ${category.name}`);
  }
  return {
    awardId: award?.id ?? null,
    awardName: award?.name ?? null,
    editionId: edition?.id ?? null,
    editionName: edition?.name ?? null,
    editionYear: edition?.year ?? null,
    categoryId: category?.id ?? null,
    categoryName: category?.name ?? null,
    filmId: film?.id ?? null,
    filmTitle: film?.title ?? null,
    nominationId,
    missing,
    reason: reasons[0] ?? null,
  };
}

function awardById(db: Executor, id: number): Award | null {
  return db.select({ id: awards.id, name: awards.name }).from(awards).where(eq(awards.id, id)).get() ?? null;
}

/** The award whose name, short name or an alias agrees best with `text` (the list of awards is short). */
export function findAward(db: Executor, text: string | null): Award | null {
  if (!text?.trim()) return null;
  const rows = db.select({ id: awards.id, name: awards.name, shortName: awards.shortName }).from(awards).all();
  const aliases = db.select({ awardId: awardAliases.awardId, alias: awardAliases.alias }).from(awardAliases).all();
  const found = bestByName(text, rows, (award) => [
    award.name,
    ...(award.shortName ? [award.shortName] : []),
    ...aliases.filter((alias) => alias.awardId === award.id).map((alias) => alias.alias),
  ]);
  return found ? { id: found.id, name: found.name } : null;
}

/**
 * The edition of the ordinal given, else of the year, which the extractor gives as a ceremony's ("the 2017
 * Oscars", "the 96th Academy Awards" = 2024): the edition whose ceremony date falls in that year, else
 * the one whose awards year that ceremony honours (db/rules/ceremony-year.ts). Two editions equally
 * likely leave the edition to an editor. A year taken from the publication date when the text gives
 * none is read the same way, which is right for nominations and winners announced in the ceremony's
 * year, and one edition early for an Oscar shortlist published the December before.
 */
export function findEdition(
  db: Executor,
  awardId: number,
  year: number | null,
  ordinal: number | null,
): Edition | null {
  const columns = { id: editions.id, name: editions.name, year: editions.year };
  if (ordinal) {
    const byOrdinal = db
      .select(columns)
      .from(editions)
      .where(and(eq(editions.awardId, awardId), eq(editions.ordinal, ordinal)))
      .get();
    if (byOrdinal) return byOrdinal;
  }
  if (!year) return null;
  const byCeremony = db
    .select(columns)
    .from(editions)
    .where(and(eq(editions.awardId, awardId), sql`substr(${editions.ceremonyDate}, 1, 4) = ${String(year)}`))
    .all();
  if (byCeremony.length === 1) return byCeremony[0] ?? null;
  // The year is a ceremony's (db/rules/ceremony-year.ts); an edition without a ceremony date is found by
  // the awards year that ceremony honours.
  const dated = db
    .select({
      year: editions.year,
      ceremonyYear: sql<number | null>`cast(substr(${editions.ceremonyDate}, 1, 4) as integer)`,
    })
    .from(editions)
    .where(and(eq(editions.awardId, awardId), sql`${editions.ceremonyDate} is not null`))
    .all();
  const byYear = db
    .select(columns)
    .from(editions)
    .where(and(eq(editions.awardId, awardId), eq(editions.year, year - ceremonyOffset(dated))))
    .all();
  return byYear.length === 1 ? (byYear[0] ?? null) : null;
}

/** The edition's category whose name, canonical name or a canonical alias agrees best with `text`. */
export function findCategory(db: Executor, editionId: number, text: string): Category | null {
  const rows = db
    .select({
      id: categories.id,
      name: categories.name,
      canonicalId: categories.canonicalCategoryId,
      canonicalName: canonicalCategories.name,
    })
    .from(categories)
    .leftJoin(canonicalCategories, eq(canonicalCategories.id, categories.canonicalCategoryId))
    .where(eq(categories.editionId, editionId))
    .all();
  const canonicalIds = rows.flatMap((row) => (row.canonicalId ? [row.canonicalId] : []));
  const aliases = canonicalIds.length
    ? db
        .select({ canonicalId: categoryAliases.canonicalCategoryId, alias: categoryAliases.alias })
        .from(categoryAliases)
        .where(inArray(categoryAliases.canonicalCategoryId, canonicalIds))
        .all()
    : [];
  const found = bestByName(text, rows, (row) => [
    row.name,
    ...(row.canonicalName ? [row.canonicalName] : []),
    ...aliases.filter((alias) => alias.canonicalId === row.canonicalId).map((alias) => alias.alias),
  ]);
  return found ? { id: found.id, name: found.name } : null;
}
