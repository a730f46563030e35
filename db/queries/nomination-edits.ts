// Editing a nomination: its wording (display name, detail, note, citation, position) and who it honours
// (its films and people). Every save sends the version the editor loaded: a stale save is refused with
// what is saved now against what was submitted, and nothing is written. The nominee key is recomputed
// from the new films, people and detail (db/rules/nominee-key.ts); a key that another nominee of the
// category already holds is refused, naming that nominee. Statuses are not edited here: see changeStatus.
import { and, eq, inArray, ne } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { nomineeKey } from '../rules/nominee-key';
import { films, nominationFilms, nominationPeople, nominations, people, type Nomination } from '../schema';
import { recordAudit } from './audit';
import { ConflictError, FieldValidationError, listChangedFields, pick, type FieldChange } from './film-edit-errors';
import { describeNominee, loadMembers, type NominationMembers } from './nomination-members';

export { ConflictError, FieldValidationError } from './film-edit-errors';
export { getNominationForEdit, listNominationEvents } from './nomination-edit-reads';

export const NOMINATION_EDIT_FIELDS = ['displayName', 'detail', 'note', 'citation', 'position'] as const;
export type NominationEditField = (typeof NOMINATION_EDIT_FIELDS)[number] | 'films' | 'people';
export type NominationDetails = Pick<Nomination, (typeof NOMINATION_EDIT_FIELDS)[number]>;

interface EditBase {
  nominationId: number;
  expectedVersion: number;
  actor: string;
}

/** Saves the wording; returns the fields that changed (none: nothing was written). */
export function updateNominationDetails(
  db: Executor,
  input: EditBase & { changes: NominationDetails },
): { changed: NominationEditField[] } {
  return writeTransaction(db, (tx) => {
    const current = loadNomination(tx, input.nominationId);
    const differences = listChangedFields(NOMINATION_EDIT_FIELDS, current, input.changes);
    if (current.version !== input.expectedVersion && differences.length) throw stale(current, differences);
    if (!differences.length) return { changed: [] };
    const members = loadMembers(tx, current.id);
    const patch = Object.fromEntries(differences.map((d) => [d.field, d.yours])) as Partial<NominationDetails>;
    save(tx, current, { ...current, ...patch }, members, members, input.actor, {
      before: Object.fromEntries(differences.map((d) => [d.field, d.theirs])),
      after: patch,
    });
    return { changed: differences.map((d) => d.field) };
  });
}

/**
 * Replaces the films or the people a nomination honours (one added or removed by the edit page). A change
 * that changes nothing (adding a film it already honours) writes nothing: `changed` is false. `alsoNamedBy`
 * counts the other nominations of the category that name a film or person just added: one film twice in a
 * category is most often one nominee recorded twice (though a producer may have two shorts in it).
 */
export function updateNominationMembers(
  db: Executor,
  input: EditBase & { kind: 'films' | 'people'; change: (ids: number[]) => number[] },
): { members: NominationMembers; changed: boolean; alsoNamedBy: number } {
  return writeTransaction(db, (tx) => {
    const current = loadNomination(tx, input.nominationId);
    const before = loadMembers(tx, current.id);
    const key = input.kind === 'films' ? 'filmIds' : 'personIds';
    const ids = input.change(before[key]);
    if (ids.join() === before[key].join()) return { members: before, changed: false, alsoNamedBy: 0 };
    if (current.version !== input.expectedVersion) {
      const named = (list: number[]) => memberNames(tx, input.kind, list);
      throw stale(current, [{ field: input.kind, theirs: named(before[key]), yours: named(ids) }]);
    }
    const after = { ...before, [key]: ids };
    if (!after.filmIds.length && !after.personIds.length && !current.displayName) {
      throw new FieldValidationError('A nominee needs a film, a person or a display name.', {
        [input.kind]: ['Keep at least one, or give the nominee a display name first.'],
      });
    }
    save(tx, current, current, before, after, input.actor, { before: { [key]: before[key] }, after: { [key]: ids } });
    const added = ids.filter((id) => !before[key].includes(id));
    return { members: after, changed: true, alsoNamedBy: otherNominationsNaming(tx, current, input.kind, added) };
  });
}

/** How many other nominations of the nomination's category name any of these films (or people). */
function otherNominationsNaming(tx: Executor, nomination: Nomination, kind: 'films' | 'people', ids: number[]): number {
  if (!ids.length) return 0;
  const [links, memberId] =
    kind === 'films' ? [nominationFilms, nominationFilms.filmId] : [nominationPeople, nominationPeople.personId];
  const rows = tx
    .selectDistinct({ id: nominations.id })
    .from(nominations)
    .innerJoin(links, eq(links.nominationId, nominations.id))
    .where(
      and(eq(nominations.categoryId, nomination.categoryId), ne(nominations.id, nomination.id), inArray(memberId, ids)),
    )
    .all();
  return rows.length;
}

/** Films by title and year, people by name, in the order given: how a conflict names them to an editor. */
function memberNames(tx: Executor, kind: 'films' | 'people', ids: number[]): string[] {
  if (!ids.length) return [];
  const rows =
    kind === 'films'
      ? tx
          .select({ id: films.id, title: films.title, year: films.year })
          .from(films)
          .where(inArray(films.id, ids))
          .all()
          .map((film) => ({ id: film.id, name: film.year ? `${film.title} (${film.year})` : film.title }))
      : tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return ids.map((id) => byId.get(id) ?? `a deleted ${kind === 'films' ? 'film' : 'person'}`);
}

function loadNomination(tx: Executor, id: number): Nomination {
  const current = tx.select().from(nominations).where(eq(nominations.id, id)).get();
  if (!current) throw new FieldValidationError('This nomination no longer exists.', {});
  return current;
}

/** Writes the new state under the version check, with its new key, its members and the audit entry. */
function save(
  tx: Executor,
  current: Nomination,
  next: NominationDetails,
  before: NominationMembers,
  after: NominationMembers,
  actor: string,
  audit: { before: Record<string, unknown>; after: Record<string, unknown> },
): void {
  const key = nomineeKey({ ...after, displayName: next.displayName, detail: next.detail });
  const clash = tx
    .select({ id: nominations.id })
    .from(nominations)
    .where(
      and(
        eq(nominations.categoryId, current.categoryId),
        eq(nominations.nomineeKey, key),
        ne(nominations.id, current.id),
      ),
    )
    .get();
  if (clash) {
    throw new FieldValidationError(
      `Another nominee of this category is already ${describeNominee(tx, clash.id)} (nomination ${clash.id}), so nothing was saved.`,
      {},
    );
  }
  const updated = tx
    .update(nominations)
    .set({
      ...pick(next, NOMINATION_EDIT_FIELDS),
      nomineeKey: key,
      version: current.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(and(eq(nominations.id, current.id), eq(nominations.version, current.version)))
    .returning()
    .get();
  if (!updated) throw stale(current, []);
  if (before.filmIds.join() !== after.filmIds.join()) {
    tx.delete(nominationFilms).where(eq(nominationFilms.nominationId, current.id)).run();
    after.filmIds.forEach((filmId, position) =>
      tx.insert(nominationFilms).values({ nominationId: current.id, filmId, position }).run(),
    );
  }
  if (before.personIds.join() !== after.personIds.join()) {
    tx.delete(nominationPeople).where(eq(nominationPeople.nominationId, current.id)).run();
    after.personIds.forEach((personId, position) =>
      tx.insert(nominationPeople).values({ nominationId: current.id, personId, position }).run(),
    );
  }
  recordAudit(tx, { actor, action: 'nomination.update', entityType: 'nomination', entityId: current.id, ...audit });
}

function stale(current: Nomination, changes: FieldChange<NominationEditField>[]) {
  return new ConflictError<NominationEditField>(
    'Someone else saved this nomination since you opened it, so nothing was saved.',
    changes,
    current.version,
  );
}
