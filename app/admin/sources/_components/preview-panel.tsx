'use client';
// "Fetch now (preview)": reads the source once and lists the items the job would read there (title, date,
// the start of the text) with the candidate facts the extractor finds in each. Nothing is written; a
// failure shows the reason the job would record as the source's error.
import { useActionState } from 'react';
import { FormMessage } from '@/app/admin/_components/form-message';
import { previewSourceAction } from '../actions';

const STATUS_WORDS = { shortlisted: 'shortlisted', nominated: 'nominated', won: 'won' } as const;

export function PreviewPanel({ sourceId }: { sourceId: number }) {
  const [state, formAction, isPending] = useActionState(previewSourceAction, null);
  const items = state?.ok ? (state.data?.items ?? []) : [];
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">What the source holds now</h2>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="sourceId" value={sourceId} />
        <button type="submit" disabled={isPending}>
          {isPending ? 'Fetching…' : 'Fetch now (preview)'}
        </button>
      </form>
      <FormMessage state={state} />
      {items.length ? (
        <ol className="source-preview">
          {items.map((item, index) => (
            <li key={index}>
              <h3>{item.title ?? '(no title)'}</h3>
              <p className="muted">
                {item.publishedAt ? `Published ${item.publishedAt.slice(0, 10)}` : 'No date'}
                {/* Only a web address becomes a link: a feed could carry a javascript: one. */}
                {item.url && /^https?:\/\//i.test(item.url) ? (
                  <>
                    {' · '}
                    <a href={item.url} rel="noreferrer noopener" target="_blank">
                      {item.url}
                    </a>
                  </>
                ) : null}
              </p>
              <p>{item.excerpt}</p>
              {item.candidates.length ? (
                <ul aria-label="Candidates found">
                  {item.candidates.map((candidate, at) => (
                    <li key={at}>
                      <strong>{candidate.film}</strong> {STATUS_WORDS[candidate.status]}
                      {candidate.category ? ` · ${candidate.category}` : ''}
                      {candidate.award ? ` · ${candidate.award}` : ''}
                      {candidate.year ? ` ${candidate.year}` : ''}{' '}
                      <span className="muted">(confidence {candidate.confidence.toFixed(2)})</span>
                      <br />
                      <q className="muted">{candidate.evidence}</q>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No candidate found in this item.</p>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
