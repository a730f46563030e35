// An editor's work on a person or company: creating one by hand, correcting its details (name, kind, how
// the A–Z list files it, IMDb, Wikidata and TMDB ids) with the version check — a stale save is refused with
// what the other editor changed, never overwriting it — and what the edit page reads. An external id names
// one person: a second person claiming it is a field error naming its owner. Every write and its audit
// entry share one writeTransaction; the slug never changes, so links keep working. Aliases: alias-edits.ts.
import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { personNameColumns } from '../rules/sort-name';
import { foldText } from '../rules/text';
import { credits, films, people, personAliases, type Person } from '../schema';
import { recordAudit } from './audit';
import { ConflictError, FieldValidationError, pick, planEdit, type FieldChange } from './film-edit-errors';
import { uniqueSlug } from './slugs';

export const PERSON_EDIT_FIELDS = ['name', 'kind', 'filedUnder', 'imdbId', 'wikidataId', 'tmdbId'] as const;
export type PersonEditField = (typeof PERSON_EDIT_FIELDS)[number];
export type PersonChanges = Pick<Person, PersonEditField>;
export type PersonChoice = Pick<Person, 'id' | 'slug' | 'name' | 'kind'>;
/** A new person's details: without a filing of an editor's own, the list files them by the rule. */
export type NewPerson = Omit<PersonChanges, 'filedUnder'> & Partial<Pick<PersonChanges, 'filedUnder'>>;

/** People whose name or an alias folds to the same words as `name`. */
export function findPeopleByName(tx: Executor, name: string): PersonChoice[] {
  const folded = foldText(name);
  if (!folded) return [];
  return tx
    .select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind })
    .from(people)
    .where(
      or(
        eq(people.nameFolded, folded),
        inArray(
          people.id,
          tx.select({ id: personAliases.personId }).from(personAliases).where(eq(personAliases.folded, folded)),
        ),
      ),
    )
    .orderBy(asc(people.id))
    .limit(20)
    .all();
}

/** Inserts a person by hand, with its audit entry (inside the caller's transaction). */
export function insertPerson(tx: Executor, values: NewPerson, actor: string): Person {
  const slug = uniqueSlug(tx, people, people.slug, values.name);
  const person = tx
    .insert(people)
    .values({ ...values, ...personNameColumns(values.name, values.kind, values.filedUnder ?? null), slug })
    .returning()
    .get();
  recordAudit(tx, {
    actor,
    action: 'person.create',
    entityType: 'person',
    entityId: person.id,
    after: { ...values, slug },
  });
  return person;
}

/**
 * Creates a person by hand after checking that its ids belong to nobody else. Someone of the same name
 * (or with it as another name) is returned instead, until the editor confirms this is someone else:
 * a person entered twice splits their credits and nominations.
 */
export function createPerson(
  db: Executor,
  input: { person: NewPerson; actor: string; confirmDuplicate?: boolean },
): { created: Person } | { sameName: PersonChoice[] } {
  return writeTransaction(db, (tx) => {
    const sameName = findPeopleByName(tx, input.person.name);
    if (sameName.length && !input.confirmDuplicate) return { sameName };
    checkPersonIdsAreFree(tx, 0, input.person);
    return { created: insertPerson(tx, input.person, input.actor) };
  });
}

/** The person as the edit page shows it, with its version, aliases and credits (with their films). */
export async function getPersonForEdit(db: Executor, slug: string) {
  const person = await db.select().from(people).where(eq(people.slug, slug)).get();
  if (!person) return undefined;
  const aliases = await db
    .select({ id: personAliases.id, alias: personAliases.alias, kind: personAliases.kind })
    .from(personAliases)
    .where(eq(personAliases.personId, person.id))
    .orderBy(asc(personAliases.id))
    .all();
  const filmCredits = await db
    .select({ id: credits.id, role: credits.role, filmTitle: films.title, filmYear: films.year, filmSlug: films.slug })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .where(eq(credits.personId, person.id))
    .orderBy(asc(films.year), asc(films.titleFolded), asc(credits.id))
    .all();
  return { ...person, aliases, credits: filmCredits };
}

export function updatePerson(
  db: Executor,
  input: {
    personId: number;
    expectedVersion: number;
    changes: PersonChanges;
    /** The values the form started from, so that a save on an older version merges (planEdit). */
    opened?: PersonChanges;
    actor: string;
  },
): { person: Person; changed: PersonEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(people).where(eq(people.id, input.personId)).get();
    if (!current) throw new FieldValidationError('This person no longer exists (they may have been merged).', {});
    const { write: differences, conflicts } = planEdit(PERSON_EDIT_FIELDS, current, input.changes, {
      isStale: current.version !== input.expectedVersion,
      opened: input.opened,
    });
    if (conflicts.length) throw staleSave(current, conflicts);
    if (!differences.length) return { person: current, changed: [] };
    const patch = Object.fromEntries(differences.map((d) => [d.field, d.yours])) as Partial<PersonChanges>;
    checkPersonIdsAreFree(tx, current.id, { ...current, ...patch });
    const person = tx
      .update(people)
      .set({
        ...patch,
        ...(patch.name !== undefined || patch.kind !== undefined || patch.filedUnder !== undefined
          ? personNameColumns(
              patch.name ?? current.name,
              patch.kind ?? current.kind,
              patch.filedUnder !== undefined ? patch.filedUnder : current.filedUnder,
            )
          : {}),
        version: current.version + 1,
      })
      .where(and(eq(people.id, current.id), eq(people.version, current.version)))
      .returning()
      .get();
    if (!person) throw staleSave(current, differences);
    recordAudit(tx, {
      actor: input.actor,
      action: 'person.update',
      entityType: 'person',
      entityId: person.id,
      before: Object.fromEntries(differences.map((d) => [d.field, d.theirs])),
      after: patch,
    });
    return { person, changed: differences.map((d) => d.field) };
  });
}

function staleSave(current: Person, differences: FieldChange<PersonEditField>[]) {
  return new ConflictError(
    `Someone else saved “${current.name}” since you opened it, so nothing was saved.`,
    differences,
    current.version,
    pick(current, PERSON_EDIT_FIELDS),
  );
}

const ID_LABELS = { imdbId: 'IMDb id', wikidataId: 'Wikidata id', tmdbId: 'TMDB id' } as const;

function checkPersonIdsAreFree(tx: Executor, personId: number, changes: Pick<Person, keyof typeof ID_LABELS>) {
  const errors: Record<string, string[]> = {};
  for (const field of ['imdbId', 'wikidataId', 'tmdbId'] as const) {
    const value = changes[field];
    if (value === null) continue;
    const owner = tx
      .select({ name: people.name })
      .from(people)
      .where(and(eq(people[field], value), ne(people.id, personId)))
      .get();
    if (owner) errors[field] = [`${ID_LABELS[field]} ${value} already belongs to “${owner.name}”.`];
  }
  if (Object.keys(errors).length) {
    throw new FieldValidationError('Some ids already belong to another person: nothing was saved.', errors);
  }
}
