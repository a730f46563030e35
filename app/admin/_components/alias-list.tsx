// The other titles or names a film, a person or an award is known by (used by search and by matching announcements),
// as their edit pages list them: each alias with its remove button, then the form that adds one.
import type { FormAction } from '@/app/_lib/action';
import { AddAliasForm } from './add-alias-form';
import { RemoveForm } from './remove-form';

export interface AliasRow {
  id: number;
  alias: string;
  kind: string | null;
}

interface Props<A, R> {
  owner: 'film' | 'person' | 'award';
  ownerId: number;
  aliases: readonly AliasRow[];
  addAction: FormAction<A>;
  removeAction: FormAction<R>;
}

export function AliasList<A, R>({ owner, ownerId, aliases, addAction, removeAction }: Props<A, R>) {
  const ownerField = `${owner}Id`;
  return (
    <section aria-labelledby={`${owner}-aliases-heading`} className="edit-aliases">
      <h2 id={`${owner}-aliases-heading`}>Aliases</h2>
      {aliases.length ? (
        <ul className="plain">
          {aliases.map((row) => (
            <li key={row.id}>
              {row.alias}
              {row.kind ? <span className="muted"> ({row.kind})</span> : null}{' '}
              <RemoveForm
                action={removeAction}
                fields={{ [ownerField]: ownerId, aliasId: row.id }}
                messageId={`alias-${row.id}-message`}
                label={`Remove alias: ${row.alias}`}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No aliases recorded.</p>
      )}
      <AddAliasForm action={addAction} ownerField={ownerField} ownerId={ownerId} />
    </section>
  );
}
