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
    /**
     * Every editable field as saved now, when the form merges (planEdit with `opened`): the form's new
     * starting point, so that saving again merges with these values rather than with the old ones.
     */
    readonly saved?: Partial<Record<F, unknown>>,
    /**
     * The fields as the editor's form opened them, when the server read them back (saved-versions.ts)
     * rather than the form sending them: with `saved`, what the form shows again after the refusal.
     */
    readonly opened?: Partial<Record<F, unknown>>,
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

/**
 * What a save writes and what refuses it. On the version the editor opened, every field that differs is
 * written. On an older one (someone saved meanwhile), given `opened`, the values the editor's form started
 * from: the fields the editor changed are written and the fields only the other person changed are kept;
 * the save is refused only for fields both changed, to different values, and names just those. Without
 * `opened`, any difference on an older version refuses the save.
 */
export function planEdit<F extends string>(
  fields: readonly F[],
  current: Record<F, unknown>,
  submitted: Record<F, unknown>,
  basis: { isStale: boolean; opened?: Record<F, unknown> },
): { write: FieldChange<F>[]; conflicts: FieldChange<F>[] } {
  const differences = listChangedFields(fields, current, submitted);
  if (!basis.isStale) return { write: differences, conflicts: [] };
  const { opened } = basis;
  if (!opened) return { write: [], conflicts: differences };
  const write = differences.filter(({ field }) => submitted[field] !== opened[field]);
  const conflicts = write.filter(({ field }) => current[field] !== opened[field]);
  return { write: conflicts.length ? [] : write, conflicts };
}

/** The named fields of a record. */
export function pick<T, F extends keyof T>(record: T, fields: readonly F[]): Pick<T, F> {
  return Object.fromEntries(fields.map((field) => [field, record[field]])) as Pick<T, F>;
}

/** A film as a message names it: “The Lovers and the Despot” (2016). */
export function describeFilm(film: { title: string; year: number | null }): string {
  return film.year ? `“${film.title}” (${film.year})` : `“${film.title}”`;
}
