// The two ways a catalogue edit is refused, each carrying what the form needs to show it beside the fields:
// a conflict (someone saved since the editor loaded the page: which fields, their value and the editor's)
// and a field-level refusal found only with the database in hand (an id that belongs to another film).
// Both are user-facing (`userFacing = true`), so app/_lib/action.ts shows their message, never a 500.

/** One field whose saved value differs from the one submitted. */
export interface FieldChange<F extends string = string> {
  field: F;
  /** What is saved now (the other person's value, in a conflict). */
  theirs: unknown;
  /** What the editor submitted. */
  yours: unknown;
}

export class ConflictError<F extends string = string> extends Error {
  override name = 'ConflictError';
  readonly userFacing = true;
  constructor(
    message: string,
    readonly changes: FieldChange<F>[],
    /** The version saved now: a save sending it replaces their values knowingly. */
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

export class FieldValidationError extends Error {
  override name = 'FieldValidationError';
  readonly userFacing = true;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** The fields (of `fields`) whose submitted value is not the saved one; values are plain scalars. */
export function listChangedFields<F extends string>(
  fields: readonly F[],
  saved: Record<F, unknown>,
  submitted: Record<F, unknown>,
): FieldChange<F>[] {
  return fields
    .filter((field) => saved[field] !== submitted[field])
    .map((field) => ({ field, theirs: saved[field], yours: submitted[field] }));
}

/** A film as a message names it: “The Lovers and the Despot” (2016). */
export function describeFilm(film: { title: string; year: number | null }): string {
  return film.year ? `“${film.title}” (${film.year})` : `“${film.title}”`;
}
