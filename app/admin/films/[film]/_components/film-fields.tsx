// The fields of a film that the new film form and the film's details form share: each labelled input with
// its hint and messages, and the "documentary" box, filled from what was typed or stored.
import { FILM_FIELD_LABELS as LABELS } from '../film-field-labels';
import { LabelledField } from '@/app/admin/_components/labelled-field';

type FilmField = keyof typeof LABELS;

interface Props {
  value: (name: FilmField) => string;
  errors: Record<string, string[]>;
  isDocumentary: boolean;
}

export function FilmFields({ value, errors, isDocumentary }: Props) {
  const field = (name: FilmField) => ({
    id: `film-${name}`,
    name,
    label: LABELS[name],
    defaultValue: value(name),
    errors: errors[name],
  });
  return (
    <>
      <LabelledField {...field('title')} required maxLength={300} />
      <LabelledField {...field('originalTitle')} maxLength={300} hint="In its own language, if different." />
      <LabelledField {...field('year')} inputMode="numeric" hint="The year of release, four digits." />
      <LabelledField {...field('runtimeMinutes')} inputMode="numeric" />
      <LabelledField {...field('countries')} hint="Two-letter codes separated by commas, for example US, GB." />
      <LabelledField {...field('imdbId')} hint="For example tt5278868." />
      <LabelledField {...field('wikidataId')} hint="For example Q27983153." />
      <LabelledField {...field('tmdbId')} inputMode="numeric" />
      <div className="form-field">
        <input
          id="film-isDocumentary"
          name="isDocumentary"
          type="checkbox"
          defaultChecked={isDocumentary}
          aria-describedby={errors.isDocumentary ? 'film-isDocumentary-error' : undefined}
        />{' '}
        <label htmlFor="film-isDocumentary">It is a documentary</label>
        {errors.isDocumentary ? (
          <p id="film-isDocumentary-error" className="field-error">
            {errors.isDocumentary.join(' ')}
          </p>
        ) : null}
      </div>
    </>
  );
}
