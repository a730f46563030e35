// What a merge will do, as the editor reads it before confirming: which record is kept, the nominations,
// credits and aliases that move, the fields filled in, the values that differ (the kept record's stay),
// and the nominations that turn out to be one nominee recorded twice.
import type { MergeSummary } from '@/db/queries/merge-records';
import type { NominationLabel } from '@/db/queries/merge-preview';
import { STATUS_LABELS } from '@/db/rules/status';
import { plural } from '@/app/_lib/plural';

interface Props {
  summary: MergeSummary;
  labels: Map<number, NominationLabel>;
  /** 'film' or 'person', as the sentences name it. */
  noun: string;
}

function describe(labels: Map<number, NominationLabel>, id: number): string {
  const label = labels.get(id);
  return label ? `${label.award} · ${label.edition} · ${label.category} (${STATUS_LABELS[label.status]})` : `#${id}`;
}

/** A flag reads as yes or no; anything else as it is stored. */
const show = (field: string, value: unknown) => (field.startsWith('is_') ? (value ? 'yes' : 'no') : String(value));

export function MergePreview({ summary, labels, noun }: Props) {
  const { nominations, credits, aliases, filled, kept } = summary;
  // A nomination that becomes one with its twin is told once, in the sentence saying so.
  const mergedIds = new Set(nominations.merged.flatMap((m) => [m.keptId, m.removedId]));
  return (
    <section aria-labelledby="merge-preview" className="merge-preview">
      <h2 id="merge-preview">What will happen</h2>
      <p>
        <strong>“{summary.survivor.name}”</strong> is kept. <strong>“{summary.merged.name}”</strong> is merged into it
        and deleted; its address <code>{summary.merged.slug}</code> will lead to the kept {noun}.
      </p>
      <h3>Nominations</h3>
      {nominations.relinkedIds.length ? (
        <ul>
          {nominations.relinkedIds
            .filter((id) => !mergedIds.has(id))
            .map((id) => (
              <li key={id}>
                {describe(labels, id)}
                {nominations.duplicateLinkIds.includes(id) ? ' — already names both; keeps one link' : ' — moves over'}
              </li>
            ))}
          {nominations.merged.map((m) => (
            <li key={`m${m.removedId}`}>
              {describe(labels, m.keptId)} is recorded under both records: the two become one, kept as{' '}
              {STATUS_LABELS[m.keptStatus].toLowerCase()}, with both status histories (a result it never had, such as a
              “lost” later undone, stays in the audit log only).
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No nominations to move.</p>
      )}
      <h3>Credits and aliases</h3>
      <ul>
        <li>
          {plural(credits.moved, 'credit moves', 'credits move')} over
          {credits.duplicates ? `; ${plural(credits.duplicates, 'duplicate is', 'duplicates are')} dropped` : ''}.
        </li>
        <li>
          {plural(aliases.moved, 'alias moves', 'aliases move')} over
          {aliases.duplicates ? `; ${plural(aliases.duplicates, 'duplicate is', 'duplicates are')} dropped` : ''}.
        </li>
        {aliases.added ? (
          <li>
            “{aliases.added}” becomes an alias of the kept {noun}.
          </li>
        ) : null}
      </ul>
      <h3>Details</h3>
      {filled.length || kept.length ? (
        <ul>
          {filled.map((f) => (
            <li key={f.field}>
              {f.label}: filled in with {show(f.field, f.value)} (the kept {noun} has none).
            </li>
          ))}
          {kept.map((k) => (
            <li key={k.field}>
              {k.label} differs: {show(k.field, k.survivor)} is kept, {show(k.field, k.merged)} is dropped. Check it
              afterwards.
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing to fill in, and no details differ.</p>
      )}
    </section>
  );
}
