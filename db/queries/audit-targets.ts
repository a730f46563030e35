// What an audit entry is about, in words and with the public page it has: a film, a person, an award,
// an edition, or a category or nomination (shown on its edition's page), or a source; an account has
// no public page and is named by its email. One query per kind
// of entity on the page, whatever the number of entries. An entity merged away or removed since it was
// logged finds nothing and is shown by its type and id alone.
import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { awards, categories, editions, films, nominations, people, sources, users } from '../schema';

export type AuditTarget =
  | { page: 'film' | 'person'; label: string; slug: string }
  | { page: 'award'; label: string; awardSlug: string }
  | { page: 'edition'; label: string; awardSlug: string; editionSlug: string; categorySlug: string | null }
  | { page: 'source'; label: string; sourceId: number }
  | { page: null; label: string };

export interface AuditEntityRef {
  entityType: string;
  entityId: number | null;
}

export const auditTargetKey = (entityType: string, entityId: number) => `${entityType}:${entityId}`;

/** The entities of a page of entries, by auditTargetKey; entities without a row (or a reader) are absent. */
export async function describeAuditTargets(
  db: Executor,
  refs: readonly AuditEntityRef[],
): Promise<Map<string, AuditTarget>> {
  const ids = new Map<string, number[]>();
  for (const { entityType, entityId } of refs) {
    if (entityId === null) continue;
    const list = ids.get(entityType) ?? [];
    if (!list.includes(entityId)) list.push(entityId);
    ids.set(entityType, list);
  }
  const found = new Map<string, AuditTarget>();
  for (const [entityType, list] of ids) {
    const read = READERS[entityType];
    if (!read) continue;
    for (const [id, target] of await read(db, list)) found.set(auditTargetKey(entityType, id), target);
  }
  return found;
}

type Reader = (db: Executor, ids: number[]) => Promise<[number, AuditTarget][]>;

const filmReader: Reader = async (db, ids) =>
  (
    await db
      .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
      .from(films)
      .where(inArray(films.id, ids))
  ).map((f) => [f.id, { page: 'film', slug: f.slug, label: f.year ? `${f.title} (${f.year})` : f.title }]);

const personReader: Reader = async (db, ids) =>
  (
    await db.select({ id: people.id, slug: people.slug, name: people.name }).from(people).where(inArray(people.id, ids))
  ).map((p) => [p.id, { page: 'person', slug: p.slug, label: p.name }]);

const awardReader: Reader = async (db, ids) =>
  (
    await db.select({ id: awards.id, slug: awards.slug, name: awards.name }).from(awards).where(inArray(awards.id, ids))
  ).map((a) => [a.id, { page: 'award', awardSlug: a.slug, label: a.name }]);

const editionColumns = { awardSlug: awards.slug, editionSlug: editions.slug, edition: editions.name };

function onEditionPage(
  row: { awardSlug: string; editionSlug: string },
  categorySlug: string | null,
  label: string,
): AuditTarget {
  return { page: 'edition', awardSlug: row.awardSlug, editionSlug: row.editionSlug, categorySlug, label };
}

const editionReader: Reader = async (db, ids) =>
  (
    await db
      .select({ id: editions.id, ...editionColumns })
      .from(editions)
      .innerJoin(awards, sql`${awards.id} = ${editions.awardId}`)
      .where(inArray(editions.id, ids))
  ).map((e) => [e.id, onEditionPage(e, null, e.edition)]);

const categoryReader: Reader = async (db, ids) =>
  (
    await db
      .select({ id: categories.id, categorySlug: categories.slug, category: categories.name, ...editionColumns })
      .from(categories)
      .innerJoin(editions, sql`${editions.id} = ${categories.editionId}`)
      .innerJoin(awards, sql`${awards.id} = ${editions.awardId}`)
      .where(inArray(categories.id, ids))
  ).map((c) => [c.id, onEditionPage(c, c.categorySlug, `${c.category}, ${c.edition}`)]);

// A nominee is named as the award wrote it, else by its first film or person.
const nomineeName = sql<string | null>`coalesce(${nominations.displayName},
  (select f.title from nomination_films nf join films f on f.id = nf.film_id
    where nf.nomination_id = ${nominations.id} order by nf.position limit 1),
  (select p.name from nomination_people np join people p on p.id = np.person_id
    where np.nomination_id = ${nominations.id} order by np.position limit 1))`;

const nominationReader: Reader = async (db, ids) =>
  (
    await db
      .select({
        id: nominations.id,
        nominee: nomineeName,
        categorySlug: categories.slug,
        category: categories.name,
        ...editionColumns,
      })
      .from(nominations)
      .innerJoin(categories, sql`${categories.id} = ${nominations.categoryId}`)
      .innerJoin(editions, sql`${editions.id} = ${categories.editionId}`)
      .innerJoin(awards, sql`${awards.id} = ${editions.awardId}`)
      .where(inArray(nominations.id, ids))
  ).map((n) => [
    n.id,
    onEditionPage(n, n.categorySlug, `${n.nominee ? `${n.nominee} — ` : ''}${n.category}, ${n.edition}`),
  ]);

const sourceReader: Reader = async (db, ids) =>
  (
    await db
      .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url })
      .from(sources)
      .where(inArray(sources.id, ids))
  ).map((s) => [s.id, { page: 'source', sourceId: s.id, label: s.title ?? s.publisher ?? s.url ?? `Source ${s.id}` }]);

const userReader: Reader = async (db, ids) =>
  (await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids))).map((u) => [
    u.id,
    { page: null, label: u.email },
  ]);

const READERS: Partial<Record<string, Reader>> = {
  film: filmReader,
  person: personReader,
  award: awardReader,
  edition: editionReader,
  category: categoryReader,
  nomination: nominationReader,
  source: sourceReader,
  user: userReader,
};
