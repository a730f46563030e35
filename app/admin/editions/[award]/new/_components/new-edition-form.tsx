'use client';
// The new edition form: the fields of the edition edit form, the name optional (made from the award's
// when empty). Posted as a plain form without JavaScript, through useActionState with it; after a refusal
// the fields keep what was typed, with each message beside its field. When editions of the same awards
// year exist, it lists them (each a link to its edit page) with the "create anyway" box.
import { useActionState } from 'react';
import { EditionDateFields, EditionYearFields, fieldProps } from '../../[edition]/_components/edition-common-fields';
import { EditionField } from '../../[edition]/_components/edition-field';
import { AlreadyInCatalogue } from '@/app/admin/_components/already-in-catalogue';
import { FormMessage } from '@/app/admin/_components/form-message';
import { createEditionAction } from '../actions';

export function NewEditionForm(props: { awardId: number; awardSlug: string; awardName: string }) {
  const { awardId, awardSlug, awardName } = props;
  const [state, formAction, isPending] = useActionState(createEditionAction, null);
  const values = state?.ok === false && state.values ? state.values : {};
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  const sameYear = errors.createAnyway ?? [];
  const slugs = (values.sameYearSlugs ?? '').split(' ');
  const field = fieldProps(values, errors);
  return (
    <form action={formAction} key={JSON.stringify(values)} className="edit-form" aria-busy={isPending} noValidate>
      <input type="hidden" name="awardId" value={awardId} />
      <FormMessage state={state} />
      <fieldset>
        <legend>Edition</legend>
        <EditionField
          {...field('name')}
          label="Name"
          hint={`Optional: empty gives “89th ${awardName}” with an ordinal, “2016 ${awardName}” without.`}
        />
        <EditionField
          {...field('ordinal')}
          label="Ordinal"
          inputMode="numeric"
          hint="89 for the 89th; optional. The edition's address is its ordinal (89th), else its year."
        />
        <EditionYearFields values={values} errors={errors} />
      </fieldset>
      <EditionDateFields values={values} errors={errors} />
      <AlreadyInCatalogue
        idPrefix="edition"
        records={sameYear.map((label, i) => ({
          label,
          href: `/admin/editions/${awardSlug}/${encodeURIComponent(slugs[i] ?? '')}`,
        }))}
        confirmLabel="Create anyway: it is another edition of that year"
      />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create edition'}
      </button>
    </form>
  );
}
