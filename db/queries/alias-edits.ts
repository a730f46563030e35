// An editor adding or removing one alias of a film, a person or an award: the other titles and names
// search and the matching of announcements know it by. Aliases are rows of their own, so they need no
// version check: a name the record already answers to (after folding) is a field error, removing one
// already gone is a clear refusal. Each write and its audit entry share a transaction; the search index
// follows through the alias tables' triggers.
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { awardAliases, awards, filmAliases, films, personAliases, people } from '../schema';
import { recordAudit } from './audit';
import { otherAwardNamed } from './award-edits';
import { describeFilm, FieldValidationError } from './film-edit-errors';

/** What an alias edit needs of its record: how to name it, and the folded names it already answers to. */
interface AliasOwner {
  label: string;
  /** Its own name as stored, which it answers to already. */
  name: string;
  folded: string;
}

/** One kind of record with aliases: its alias table and how its record is found and named. */
interface AliasKind {
  entity: 'film' | 'person' | 'award';
  /** Why an edit of a record that is gone changes nothing. */
  gone: string;
  findOwner: (tx: Executor, id: number) => AliasOwner | undefined;
  table: typeof filmAliases | typeof personAliases | typeof awardAliases;
  ownerColumn: typeof filmAliases.filmId | typeof personAliases.personId | typeof awardAliases.awardId;
  ownerKey: 'filmId' | 'personId' | 'awardId';
  /** Why another record keeps this alias from being added, or null (an award's names are its own). */
  takenElsewhere?: (tx: Executor, ownerId: number, alias: string) => string | null;
}

export const FILM_ALIASES: AliasKind = {
  entity: 'film',
  gone: 'This film no longer exists (it may have been merged).',
  findOwner: (tx, id) => {
    const film = tx.select().from(films).where(eq(films.id, id)).get();
    return film && { label: describeFilm(film), name: film.title, folded: film.titleFolded };
  },
  table: filmAliases,
  ownerColumn: filmAliases.filmId,
  ownerKey: 'filmId',
};

export const PERSON_ALIASES: AliasKind = {
  entity: 'person',
  gone: 'This person no longer exists (they may have been merged).',
  findOwner: (tx, id) => {
    const person = tx.select().from(people).where(eq(people.id, id)).get();
    return person && { label: `“${person.name}”`, name: person.name, folded: person.nameFolded };
  },
  table: personAliases,
  ownerColumn: personAliases.personId,
  ownerKey: 'personId',
};

export const AWARD_ALIASES: AliasKind = {
  entity: 'award',
  gone: 'This award no longer exists.',
  findOwner: (tx, id) => {
    const award = tx.select().from(awards).where(eq(awards.id, id)).get();
    return award && { label: `The ${award.name}`, name: award.name, folded: foldText(award.name) };
  },
  table: awardAliases,
  ownerColumn: awardAliases.awardId,
  ownerKey: 'awardId',
  takenElsewhere: (tx, id, alias) => {
    const holder = otherAwardNamed(tx, id)(alias);
    return holder ? `“${alias}” already names the ${holder}.` : null;
  },
};

/** Adds another name the record is known by; a name it already answers to (after folding) is a field error. */
export function addAlias(db: Executor, kind: AliasKind, input: { ownerId: number; alias: string; actor: string }) {
  return writeTransaction(db, (tx) => {
    const owner = kind.findOwner(tx, input.ownerId);
    if (!owner) throw new FieldValidationError(kind.gone, {});
    const alias = input.alias.trim();
    const folded = foldText(alias);
    // The name it answers to as stored ("Weiner"), not as typed this time ("weiner").
    const taken =
      folded === owner.folded
        ? owner.name
        : tx
            .select({ alias: kind.table.alias })
            .from(kind.table)
            .where(and(eq(kind.ownerColumn, input.ownerId), eq(kind.table.folded, folded)))
            .get()?.alias;
    const why = !folded
      ? 'An alias needs letters or digits.'
      : taken !== undefined
        ? `${owner.label} is already known as “${taken}”.`
        : kind.takenElsewhere?.(tx, input.ownerId, alias);
    if (why) throw new FieldValidationError(why, { alias: [why] });
    const values = { [kind.ownerKey]: input.ownerId, alias, folded } as typeof kind.table.$inferInsert;
    const row = tx.insert(kind.table).values(values).returning().get();
    recordAudit(tx, {
      actor: input.actor,
      action: `${kind.entity}.alias.add`,
      entityType: kind.entity,
      entityId: input.ownerId,
      after: { alias },
    });
    return row;
  });
}

/** Removes one alias of the record; one already gone is a clear refusal, not a silent success. */
export function removeAlias(db: Executor, kind: AliasKind, input: { ownerId: number; aliasId: number; actor: string }) {
  return writeTransaction(db, (tx) => {
    const row = tx
      .delete(kind.table)
      .where(and(eq(kind.table.id, input.aliasId), eq(kind.ownerColumn, input.ownerId)))
      .returning()
      .get();
    if (!row) throw new FieldValidationError('That alias was already removed; the page shows the current list.', {});
    recordAudit(tx, {
      actor: input.actor,
      action: `${kind.entity}.alias.remove`,
      entityType: kind.entity,
      entityId: input.ownerId,
      before: { alias: row.alias },
    });
    return row;
  });
}
