// Finding the film or person an editor typed on a nomination's edit page: a film by title or alias,
// "Title (2016)" to tell same-titled films apart; a person by name or alias. Never a guess: several
// matches, or none, come back as a message that says what to type instead.
import type { Executor } from '../client';
import { FieldValidationError } from './film-edit-errors';
import { matchFilms } from './nominee-paste';
import { parsePastedLines } from './nominee-paste-lines';
import { findPerson } from './people';

export function lookUpFilm(tx: Executor, typed: string, field = 'filmTitle'): number {
  const refuse = (message: string) => new FieldValidationError(message, { [field]: [message] });
  const [line] = parsePastedLines(typed.replace(/\s+/g, ' '));
  if (!line || !line.ok || line.personNames.length)
    throw refuse('Type a film’s title, with its year if you like: Tower (2016).');
  const found = matchFilms(tx, line.title, line.year);
  if (!found.length) throw refuse(`No film called “${line.title}”${line.year ? ` from ${line.year}` : ''} is known.`);
  if (found.length > 1) {
    const years = found.map((film) => film.year ?? 'unknown year').join(', ');
    throw refuse(
      `Several films are called “${line.title}” (${years}): add the year, as in “${line.title} (${found[0]!.year ?? 2000})”.`,
    );
  }
  return found[0]!.id;
}

export function lookUpPerson(tx: Executor, typed: string, field = 'personName'): number {
  const person = findPerson(tx, { name: typed.trim() });
  if (!person) {
    const message = `No person called “${typed.trim()}” is known.`;
    throw new FieldValidationError(message, { [field]: [message] });
  }
  return person.id;
}
