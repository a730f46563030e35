// The fields the new edition form and the edition edit form share: the year and its label, the dates with
// their note, the venue and "results complete", each filled from what was typed or stored and showing its
// messages.
import { EditionField } from './edition-field';

type Values = Record<string, string>;
type Errors = Record<string, string[]>;

const DATE_HINT = 'YYYY-MM-DD; empty when not known.';

/** The props of one field from the form's values and messages. */
export function fieldProps(values: Values, errors: Errors) {
  return (name: string) => ({ name, defaultValue: values[name] ?? '', errors: errors[name] });
}

export function EditionYearFields({ values, errors }: { values: Values; errors: Errors }) {
  const field = fieldProps(values, errors);
  return (
    <>
      <EditionField
        {...field('year')}
        label="Awards year"
        inputMode="numeric"
        required
        hint="The year of the work honoured."
      />
      <EditionField {...field('yearLabel')} label="Year label" hint="Only for a split season, e.g. 1927/28." />
    </>
  );
}

export function EditionDateFields({ values, errors }: { values: Values; errors: Errors }) {
  const field = fieldProps(values, errors);
  return (
    <>
      <fieldset>
        <legend>Dates</legend>
        <EditionField {...field('submissionsDate')} label="Submissions deadline" type="date" hint={DATE_HINT} />
        <EditionField {...field('shortlistDate')} label="Shortlist date" type="date" hint={DATE_HINT} />
        <EditionField {...field('nominationsDate')} label="Nominations date" type="date" hint={DATE_HINT} />
        <EditionField {...field('ceremonyDate')} label="Ceremony date" type="date" hint={DATE_HINT} />
        <EditionField
          {...field('datesNote')}
          label="Dates note"
          multiline
          hint="Why a date is uncertain, e.g. inferred rather than stated by a source."
        />
      </fieldset>
      <EditionField {...field('venue')} label="Venue" />
      <p className="form-field">
        <input
          id="edition-resultsComplete"
          type="checkbox"
          name="resultsComplete"
          defaultChecked={values.resultsComplete === 'on'}
          aria-describedby={
            errors.resultsComplete
              ? 'edition-resultsComplete-hint edition-resultsComplete-error'
              : 'edition-resultsComplete-hint'
          }
        />{' '}
        <label htmlFor="edition-resultsComplete">Results complete</label>{' '}
        <span id="edition-resultsComplete-hint" className="muted">
          Ticking it closes every category that has a winner: its nominees still nominated are marked lost. Unticking it
          reopens nothing; the results screen reopens a category.
        </span>
        {errors.resultsComplete ? (
          <span id="edition-resultsComplete-error" className="field-error">
            {errors.resultsComplete.join(' ')}
          </span>
        ) : null}
      </p>
    </>
  );
}
