'use client';
// "Correct then accept": the category (of the edition picked above), the film by title (an existing
// one, or a new one when the editor ticks "Create a new film") and the status. A plain form post
// without JavaScript; field messages beside each field; success returns to the queue.
import { useActionState } from 'react';
import { FieldError } from '@/app/login/_components/field-error';
import { LabelledField } from '@/app/admin/_components/labelled-field';
import { CANDIDATE_STATUSES } from '@/db/schema';
import { correctCandidateAction } from '../../actions';
import { FormMessage } from '@/app/admin/_components/form-message';

interface Props {
  candidateId: number;
  version: number;
  /** Each with who already won it: accepting a win there makes a tie, which the editor should know. */
  categories: { id: number; name: string; winners: string | null }[];
  defaults: { categoryId: number | null; status: string; filmTitle: string; filmYear: string };
}

export function CorrectForm({ candidateId, version, categories, defaults }: Props) {
  const [state, formAction, isPending] = useActionState(correctCandidateAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values ?? {};
  const value = (name: keyof Props['defaults']) => typed[name] ?? String(defaults[name] ?? '');
  return (
    <form
      noValidate
      action={formAction}
      className="edit-form"
      key={JSON.stringify(typed)}
      aria-labelledby="correct-heading"
    >
      <h2 id="correct-heading">Correct then accept</h2>
      <FormMessage state={state} id="correct-message" />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="form-field">
        <label htmlFor="correct-categoryId">Category</label>
        <select
          id="correct-categoryId"
          name="categoryId"
          defaultValue={value('categoryId')}
          required
          aria-invalid={errors.categoryId ? true : undefined}
          aria-describedby={errors.categoryId ? 'correct-categoryId-error' : undefined}
        >
          <option value="">Pick a category</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.winners ? `${category.name} (won by ${category.winners})` : category.name}
            </option>
          ))}
        </select>
        <p className="field-hint">A category already decided names its winner: a win accepted there makes a tie.</p>
        <FieldError id="correct-categoryId-error" messages={errors.categoryId} />
      </div>
      <div className="form-field">
        <label htmlFor="correct-status">Status</label>
        <select id="correct-status" name="status" defaultValue={value('status')}>
          {CANDIDATE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        <FieldError id="correct-status-error" messages={errors.status} />
      </div>
      <LabelledField
        id="correct-filmTitle"
        name="filmTitle"
        label="Film title"
        defaultValue={value('filmTitle')}
        errors={errors.filmTitle}
        required
        maxLength={300}
        hint="An existing film's title or alias."
      />
      <LabelledField
        id="correct-filmYear"
        name="filmYear"
        label="Film year"
        defaultValue={value('filmYear')}
        errors={errors.filmYear}
        inputMode="numeric"
        hint="Needed when several films share the title, and for a new film."
      />
      <div className="form-field">
        <input id="correct-createFilm" name="createFilm" type="checkbox" defaultChecked={typed.createFilm === 'on'} />{' '}
        <label htmlFor="correct-createFilm">Create a new film with this title</label>
      </div>
      <div className="form-field">
        <input id="correct-addAlias" name="addAlias" type="checkbox" defaultChecked={typed.addAlias === 'on'} />{' '}
        <label htmlFor="correct-addAlias">Remember the announcement&rsquo;s title as an alias of the film</label>
      </div>
      <button type="submit" disabled={isPending || !categories.length}>
        {isPending ? 'Accepting…' : 'Accept with these corrections'}
      </button>
    </form>
  );
}
