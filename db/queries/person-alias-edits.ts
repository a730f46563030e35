// An editor adding or removing one alias of a person or company (re-exported by person-edits.ts). Aliases
// are rows of their own and need no version check: a name the person already has (after folding) is a
// field error, removing one already gone is a clear refusal. Each write and its audit entry share a
// transaction; the search index follows through the person_aliases triggers.
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Executor } from '../client';
import { foldText } from '../rules/text';
import { people, personAliases } from '../schema';
import { recordAudit } from './audit';
import { FieldValidationError } from './film-edit-errors';

export function addPersonAliasEdit(db: Executor, input: { personId: number; alias: string; actor: string }) {
  return writeTransaction(db, (tx) => {
    const person = tx.select().from(people).where(eq(people.id, input.personId)).get();
    if (!person) throw new FieldValidationError('This person no longer exists (they may have been merged).', {});
    const alias = input.alias.trim();
    const folded = foldText(alias);
    const taken =
      folded === person.nameFolded ||
      tx
        .select({ id: personAliases.id })
        .from(personAliases)
        .where(and(eq(personAliases.personId, person.id), eq(personAliases.folded, folded)))
        .get();
    if (!folded || taken) {
      const why = folded ? `“${person.name}” is already known as “${alias}”.` : 'An alias needs letters or digits.';
      throw new FieldValidationError(why, { alias: [why] });
    }
    const row = tx.insert(personAliases).values({ personId: person.id, alias, folded }).returning().get();
    recordAudit(tx, {
      actor: input.actor,
      action: 'person.alias.add',
      entityType: 'person',
      entityId: person.id,
      after: { alias },
    });
    return row;
  });
}

export function removePersonAliasEdit(db: Executor, input: { personId: number; aliasId: number; actor: string }) {
  return writeTransaction(db, (tx) => {
    const row = tx
      .delete(personAliases)
      .where(and(eq(personAliases.id, input.aliasId), eq(personAliases.personId, input.personId)))
      .returning()
      .get();
    if (!row) throw new FieldValidationError('That alias was already removed; the page shows the current list.', {});
    recordAudit(tx, {
      actor: input.actor,
      action: 'person.alias.remove',
      entityType: 'person',
      entityId: input.personId,
      before: { alias: row.alias },
    });
    return row;
  });
}
