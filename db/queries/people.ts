// People and companies: finding one by IMDb id or name, creating it, credits and aliases; and what a
// person's page reads (the person, their credits and the nominations that name them).
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { personNameColumns } from '../rules/sort-name';
import { foldText } from '../rules/text';
import {
  credits,
  films,
  nominationPeople,
  nominations,
  personAliases,
  people,
  type Person,
  type PersonKind,
} from '../schema';
import { recordAudit } from './audit';
import { uniqueSlug } from './slugs';
import { listTimeline, type TimelineEntry } from './timeline';

export interface PersonInput {
  name: string;
  kind?: PersonKind;
  imdbId?: string | null;
  wikidataId?: string | null;
}

/** The person with this IMDb id, or else with this name (or alias) and no conflicting id; created when none. */
export function ensurePerson(tx: Executor, input: PersonInput, actor: string): { person: Person; created: boolean } {
  const found = findPerson(tx, input);
  if (found) {
    if (input.imdbId && !found.imdbId) {
      const person = tx.update(people).set({ imdbId: input.imdbId }).where(eq(people.id, found.id)).returning().get();
      recordAudit(tx, {
        actor,
        action: 'person.update',
        entityType: 'person',
        entityId: person.id,
        before: { imdbId: null },
        after: { imdbId: input.imdbId },
      });
      return { person, created: false };
    }
    return { person: found, created: false };
  }
  const slug = uniqueSlug(tx, people, people.slug, input.name);
  const kind = input.kind ?? 'person';
  const person = tx
    .insert(people)
    .values({ ...input, ...personNameColumns(input.name, kind), kind, slug })
    .returning()
    .get();
  recordAudit(tx, { actor, action: 'person.create', entityType: 'person', entityId: person.id, after: person });
  return { person, created: true };
}

export function findPerson(tx: Executor, input: Pick<PersonInput, 'name' | 'imdbId'>): Person | undefined {
  if (input.imdbId) {
    const byId = tx.select().from(people).where(eq(people.imdbId, input.imdbId)).get();
    if (byId) return byId;
  }
  const folded = foldText(input.name);
  return tx
    .select()
    .from(people)
    .where(
      or(
        eq(people.nameFolded, folded),
        sql`${people.id} in (select ${personAliases.personId} from ${personAliases} where ${personAliases.folded} = ${folded})`,
      ),
    )
    .all()
    .find((person) => isPersonCandidate(person, input));
}

/** Whether a person of the same folded name is the one meant: no conflicting IMDb id. */
export const isPersonCandidate = (person: Person, input: Pick<PersonInput, 'imdbId'>) =>
  !input.imdbId || !person.imdbId;

export function addCredit(tx: Executor, filmId: number, personId: number, role: string, position = 0): void {
  tx.insert(credits).values({ filmId, personId, role, position }).onConflictDoNothing().run();
}

export function addPersonAlias(tx: Executor, personId: number, alias: string, kind: string | null = null): void {
  tx.insert(personAliases)
    .values({ personId, alias, folded: foldText(alias), kind })
    .onConflictDoNothing({ target: [personAliases.personId, personAliases.folded] })
    .run();
}

// ---------------------------------------------------------------------------------------------------
// Reads for the person's page

/** The person (or company) a page shows, with their aliases; undefined for an unknown slug. */
export async function getPersonBySlug(db: Executor, slug: string) {
  const [person] = await db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      kind: people.kind,
      sortName: people.sortName,
      imdbId: people.imdbId,
      wikidataId: people.wikidataId,
      tmdbId: people.tmdbId,
    })
    .from(people)
    .where(eq(people.slug, slug))
    .limit(1);
  if (!person) return undefined;
  const aliases = await db
    .select({ alias: personAliases.alias, kind: personAliases.kind })
    .from(personAliases)
    .where(eq(personAliases.personId, person.id))
    .orderBy(asc(personAliases.id));
  return { ...person, aliases };
}

/** The slug of the person with this IMDb id, so that /people/nm… leads to the person's own address. */
export async function getPersonSlugByImdbId(db: Executor, imdbId: string): Promise<string | undefined> {
  const [row] = await db.select({ slug: people.slug }).from(people).where(eq(people.imdbId, imdbId)).limit(1);
  return row?.slug;
}

/** The films the person is credited on, newest first, with their role. */
export async function listPersonCredits(db: Executor, personId: number) {
  return db
    .select({ filmId: films.id, slug: films.slug, title: films.title, year: films.year, role: credits.role })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .where(eq(credits.personId, personId))
    .orderBy(sql`${films.year} desc nulls last`, asc(films.title), asc(credits.role));
}

/** Every nomination that names the person, in the order they were decided, with each status event and its source. */
export async function listPersonTimeline(db: Executor, personId: number): Promise<TimelineEntry[]> {
  return listTimeline(
    db,
    inArray(
      nominations.id,
      db
        .select({ id: nominationPeople.nominationId })
        .from(nominationPeople)
        .where(eq(nominationPeople.personId, personId)),
    ),
  );
}
