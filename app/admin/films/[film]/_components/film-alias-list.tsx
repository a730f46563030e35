// The other titles a film is known by (used by search and by matching announcements), each with its
// remove button, and the form that adds one.
import { AddAliasForm, RemoveAliasForm } from './film-alias-forms';

export interface AliasRow {
  id: number;
  alias: string;
  kind: string | null;
}

export function FilmAliasList({ filmId, aliases }: { filmId: number; aliases: readonly AliasRow[] }) {
  return (
    <section aria-labelledby="film-aliases-heading" className="edit-aliases">
      <h2 id="film-aliases-heading">Aliases</h2>
      {aliases.length ? (
        <ul className="plain">
          {aliases.map((row) => (
            <li key={row.id}>
              {row.alias}
              {row.kind ? <span className="muted"> ({row.kind})</span> : null}{' '}
              <RemoveAliasForm filmId={filmId} aliasId={row.id} alias={row.alias} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No aliases recorded.</p>
      )}
      <AddAliasForm filmId={filmId} />
    </section>
  );
}
