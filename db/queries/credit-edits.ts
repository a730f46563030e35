// An editor adding or removing one credit of a film (who directed, produced, edited it). The person is
// named in words and matched by folded name or alias: one match is used, several are returned for the
// editor to pick one, none is created only when the editor asked for a new person. Credits are rows of
// their own, so they need no version check: the same person in the same role twice is a field error, a
// credit already removed is a clear refusal. Each write (and a new person) is audited in one transaction.
import { and, asc, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { credits, films, people } from '../schema';
import { recordAudit } from './audit';
export type { PersonChoice } from './person-edits';
import { FieldValidationError, describeFilm } from './film-edit-errors';
import { findPeopleByName, insertPerson, type PersonChoice } from './person-edits';

export interface AddCreditInput {
  filmId: number;
  personName: string;
  /** The person the editor picked among several matches; when set, the name is not matched again. */
  personId: number | null;
  /** Create a person with this name when none matches. */
  createPerson: boolean;
  role: string;
  position: number;
  actor: string;
}

export type AddCreditResult =
  { added: { creditId: number; person: PersonChoice; role: string } } | { choices: PersonChoice[] };

function choosePerson(tx: Executor, input: AddCreditInput): PersonChoice | PersonChoice[] {
  if (input.personId !== null) {
    const picked = tx
      .select({ id: people.id, slug: people.slug, name: people.name, kind: people.kind })
      .from(people)
      .where(eq(people.id, input.personId))
      .get();
    if (!picked) throw new FieldValidationError('That person no longer exists (they may have been merged).', {});
    return picked;
  }
  const matches = findPeopleByName(tx, input.personName);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) return matches;
  if (!input.createPerson) {
    const why = `Nobody called “${input.personName}” is in the catalogue. Check the spelling, or tick “create a new person”.`;
    throw new FieldValidationError(why, { personName: [why] });
  }
  return insertPerson(
    tx,
    { name: input.personName, kind: 'person', imdbId: null, wikidataId: null, tmdbId: null },
    input.actor,
  );
}

export function addCreditEdit(db: Executor, input: AddCreditInput): AddCreditResult {
  return writeTransaction(db, (tx) => {
    const film = tx.select().from(films).where(eq(films.id, input.filmId)).get();
    if (!film) throw new FieldValidationError('This film no longer exists (it may have been merged).', {});
    const person = choosePerson(tx, input);
    if (Array.isArray(person)) return { choices: person };
    const role = input.role.trim();
    const taken = tx
      .select({ role: credits.role })
      .from(credits)
      // "Director" and "director" are one role: the page shows both the same.
      .where(
        and(
          eq(credits.filmId, film.id),
          eq(credits.personId, person.id),
          sql`${credits.role} = ${role} collate nocase`,
        ),
      )
      .get();
    if (taken) {
      // The role as the film's credits show it, which may be written otherwise than typed.
      const why = `${person.name} is already credited as ${taken.role} on ${describeFilm(film)}.`;
      throw new FieldValidationError(why, { role: [why] });
    }
    const row = tx
      .insert(credits)
      .values({ filmId: film.id, personId: person.id, role, position: input.position })
      .returning()
      .get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'credit.add',
      entityType: 'film',
      entityId: film.id,
      after: { creditId: row.id, personId: person.id, person: person.name, role, position: input.position },
    });
    return { added: { creditId: row.id, person, role } };
  });
}

/** Removes one credit of the film; one already gone is a clear refusal, not a silent success. */
export function removeCreditEdit(db: Executor, input: { filmId: number; creditId: number; actor: string }) {
  return writeTransaction(db, (tx) => {
    const row = tx
      .delete(credits)
      .where(and(eq(credits.id, input.creditId), eq(credits.filmId, input.filmId)))
      .returning()
      .get();
    if (!row) throw new FieldValidationError('That credit was already removed; the page shows the current list.', {});
    const person = tx.select({ name: people.name }).from(people).where(eq(people.id, row.personId)).get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'credit.remove',
      entityType: 'film',
      entityId: input.filmId,
      before: {
        creditId: row.id,
        personId: row.personId,
        person: person?.name ?? null,
        role: row.role,
        position: row.position,
      },
    });
    return { ...row, personName: person?.name ?? '' };
  });
}

/** The film's credits as its edit page lists them, with ids to remove one. */
export async function listCreditsForEdit(db: Executor, filmId: number) {
  return db
    .select({
      id: credits.id,
      role: credits.role,
      position: credits.position,
      personName: people.name,
      personSlug: people.slug,
    })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(eq(credits.filmId, filmId))
    .orderBy(asc(credits.position), asc(credits.id))
    .all();
}
