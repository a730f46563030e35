// Reads the extractor's catalogue from the database: every award with its aliases, editions and
// category names (each edition's name, the canonical name and the canonical aliases), and every film
// title with its aliases. A handful of queries; a job run loads it once and extracts many texts with it.
import type { Executor } from '../../db/client';
import {
  awardAliases,
  awards,
  canonicalCategories,
  categories,
  categoryAliases,
  editions,
  filmAliases,
  films,
  organizations,
} from '../../db/schema';
import { compileCatalogue, type ExtractCatalogue } from './catalogue';
import type { CatalogueAwardInput, CatalogueInput } from './types';

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

function loadAwards(db: Executor): CatalogueAwardInput[] {
  const aliases = groupBy(db.select().from(awardAliases).all(), (r) => r.awardId);
  const editionRows = groupBy(
    db
      .select({
        awardId: editions.awardId,
        ordinal: editions.ordinal,
        year: editions.year,
        ceremonyDate: editions.ceremonyDate,
      })
      .from(editions)
      .all(),
    (r) => r.awardId,
  );
  const canonicalRows = groupBy(db.select().from(canonicalCategories).all(), (r) => r.awardId);
  const aliasRows = groupBy(db.select().from(categoryAliases).all(), (r) => r.canonicalCategoryId);
  const editionNames = groupBy(
    db.selectDistinct({ canonicalId: categories.canonicalCategoryId, name: categories.name }).from(categories).all(),
    (r) => r.canonicalId,
  );
  const awardRows = db
    .select({
      id: awards.id,
      slug: awards.slug,
      name: awards.name,
      shortName: awards.shortName,
      organizationId: awards.organizationId,
    })
    .from(awards)
    .all();
  const organizationNames = soleAwardOrganizations(db, awardRows);
  return awardRows.map((award) => ({
    slug: award.slug,
    name: award.name,
    organizationNames: award.organizationId ? (organizationNames.get(award.organizationId) ?? []) : [],
    aliases: [award.shortName, ...(aliases.get(award.id) ?? []).map((a) => a.alias)].filter((a): a is string => !!a),
    editions: (editionRows.get(award.id) ?? []).map((e) => ({
      ordinal: e.ordinal,
      year: e.year,
      ceremonyYear: e.ceremonyDate ? Number(e.ceremonyDate.slice(0, 4)) : null,
    })),
    categories: (canonicalRows.get(award.id) ?? []).map((c) => ({
      name: c.name,
      aliases: [
        ...(aliasRows.get(c.id) ?? []).map((a) => a.alias),
        ...(editionNames.get(c.id) ?? []).map((e) => e.name),
      ],
    })),
  }));
}

/** The names of organisations that give exactly one award: a mention of one is a mention of its award. */
function soleAwardOrganizations(db: Executor, awardRows: { organizationId: number | null }[]): Map<number, string[]> {
  const counts = groupBy(
    awardRows.filter((a) => a.organizationId !== null),
    (a) => a.organizationId!,
  );
  const names = new Map<number, string[]>();
  for (const org of db.select().from(organizations).all()) {
    if (counts.get(org.id)?.length !== 1) continue;
    names.set(
      org.id,
      [org.name, org.shortName].filter((n): n is string => !!n),
    );
  }
  return names;
}

function loadFilms(db: Executor) {
  const aliases = groupBy(
    db.select({ filmId: filmAliases.filmId, alias: filmAliases.alias }).from(filmAliases).all(),
    (r) => r.filmId,
  );
  return db
    .select({ id: films.id, title: films.title })
    .from(films)
    .all()
    .map((film) => ({ title: film.title, aliases: (aliases.get(film.id) ?? []).map((a) => a.alias) }));
}

/** The catalogue as the database holds it now, before compiling. */
export function readCatalogueInput(db: Executor): CatalogueInput {
  return { awards: loadAwards(db), films: loadFilms(db) };
}

/** The catalogue as the database holds it now, compiled for extraction. */
export function loadExtractCatalogue(db: Executor): ExtractCatalogue {
  return compileCatalogue(readCatalogueInput(db));
}
