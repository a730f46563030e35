'use client';
// The category form, to add a category to an edition and to edit one. The canonical category is picked
// among the award's, or named as a new one. Posted as a plain form without JavaScript, through
// useActionState with it; an edit sends the version it was drawn from, so a stale save is refused with
// what changed, and after any refusal the fields keep what the editor typed.
import { useActionState } from 'react';
import { FormControl } from '@/app/admin/awards/_components/form-control';
import { FormMessage } from '@/app/admin/_components/form-message';
import { createCategoryAction, updateCategoryAction } from '../actions';

interface CategoryFormProps {
  mode: 'create' | 'edit';
  initial: Record<string, string>;
  canonical: { id: number; name: string }[];
}

export function CategoryForm({ mode, initial, canonical }: CategoryFormProps) {
  const [state, formAction, isPending] = useActionState(
    mode === 'create' ? createCategoryAction : updateCategoryAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initial, ...failed.values } : initial;
  const errors = failed?.fieldErrors ?? {};
  const control = (name: string, label: string, hint?: string) => ({
    id: `category-${name}`,
    label,
    hint,
    errors: errors[name],
  });
  const heading = mode === 'create' ? 'Add category' : 'Category';
  return (
    <form action={formAction} key={JSON.stringify(values)} className="edit-form" aria-label={heading} noValidate>
      <h2>{heading}</h2>
      <FormMessage state={state} />
      {mode === 'create' ? (
        <input type="hidden" name="editionId" value={values.editionId} />
      ) : (
        <>
          <input type="hidden" name="categoryId" value={values.categoryId} />
          <input type="hidden" name="expectedVersion" value={values.expectedVersion} />
        </>
      )}
      <FormControl {...control('name', 'Category name', 'As the edition names it, e.g. Best Feature.')}>
        {(props) => <input {...props} name="name" defaultValue={values.name} required maxLength={200} />}
      </FormControl>
      <FormControl {...control('canonical', 'Canonical category', 'The category as it persists across editions.')}>
        {(props) => (
          <select {...props} name="canonical" defaultValue={values.canonical ?? ''}>
            <option value="">None</option>
            {canonical.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
            <option value="new">A new canonical category (name it below)</option>
          </select>
        )}
      </FormControl>
      <fieldset>
        <legend>New canonical category</legend>
        <FormControl
          {...control(
            'newCanonicalName',
            'New canonical category’s name',
            'Names a new canonical category, with “A new canonical category” or “None” picked.',
          )}
        >
          {(props) => (
            <input {...props} name="newCanonicalName" defaultValue={values.newCanonicalName} maxLength={200} />
          )}
        </FormControl>
        <p className="form-field">
          <span>
            <input
              id="category-newCanonicalIsDocumentary"
              type="checkbox"
              name="newCanonicalIsDocumentary"
              defaultChecked={values.newCanonicalIsDocumentary === 'on'}
            />{' '}
            <label htmlFor="category-newCanonicalIsDocumentary">It is a documentary category</label>
          </span>
        </p>
      </fieldset>
      <FormControl {...control('description', 'Description')}>
        {(props) => <textarea {...props} name="description" rows={2} defaultValue={values.description} />}
      </FormControl>
      <FormControl
        {...control('position', 'Position', 'Where it comes on the edition page, lowest first (empty is 0).')}
      >
        {(props) => <input {...props} name="position" inputMode="numeric" defaultValue={values.position} />}
      </FormControl>
      <button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : mode === 'create' ? 'Add category' : 'Save category'}
      </button>
    </form>
  );
}
