// Who made a change, in words: a person by their account's address, a process by what it is. Actors are
// stored as 'user:<id>', 'seed', 'cli', 'import:<format>' or 'job:<name>' (see db/schema.ts).

/** `email` is the account's address when the actor is 'user:<id>' and the account exists. */
export function describeActor(actor: string, email: string | null = null): string {
  if (actor.startsWith('user:')) return email ?? `Account ${actor.slice(5)} (no longer on file)`;
  if (actor === 'seed') return 'Seed data';
  if (actor === 'cli') return 'Command line';
  const [kind, name] = splitOnce(actor);
  if (kind === 'import' && name) return `Import (${name})`;
  if (kind === 'job' && name) return `Scheduled job (${name})`;
  return actor;
}

function splitOnce(actor: string): [string, string | undefined] {
  const colon = actor.indexOf(':');
  return colon < 0 ? [actor, undefined] : [actor.slice(0, colon), actor.slice(colon + 1)];
}
