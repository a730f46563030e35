// People and companies: finding one by IMDb id or name, creating it, credits and aliases.
import { eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { foldText } from '../rules/text';
import { credits, personAliases, people, type Person, type PersonKind } from '../schema';
import { recordAudit } from './audit';
import { uniqueSlug } from './slugs';

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
  const person = tx
    .insert(people)
    .values({ ...input, nameFolded: foldText(input.name), kind: input.kind ?? 'person', slug })
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
    .find((person) => !input.imdbId || !person.imdbId);
}

export function addCredit(tx: Executor, filmId: number, personId: number, role: string, position = 0): void {
  tx.insert(credits).values({ filmId, personId, role, position }).onConflictDoNothing().run();
}

export function addPersonAlias(tx: Executor, personId: number, alias: string, kind: string | null = null): void {
  tx.insert(personAliases)
    .values({ personId, alias, folded: foldText(alias), kind })
    .onConflictDoNothing({ target: [personAliases.personId, personAliases.folded] })
    .run();
}
