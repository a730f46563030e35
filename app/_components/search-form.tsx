// The search form: words plus the Academy Awards Database's filters, submitted as a plain GET so that
// it works without JavaScript and every search has a shareable address. The filters fold away under
// "Filters" once words are searched and no filter is set, so the results come first (on a phone the
// filters alone fill more than a screen); they stay open when set, or before any search.
import type { CategoryChoice } from '@/db/search';
import type { RawSearchValues } from '@/app/search/search-params';
import { SEARCH_TEXT_MAX } from '@/app/search/search-params';

export interface SearchFormProps {
  values: RawSearchValues;
  awards: readonly { slug: string; name: string }[];
  categories: readonly CategoryChoice[];
}

export function SearchForm({ values, awards, categories }: SearchFormProps) {
  const byAward = groupByAward(categories);
  const set = [values.award, values.category.length, values.from || values.to, values.won].filter(Boolean).length;
  return (
    <form
      action="/search"
      method="get"
      autoComplete="off"
      role="search"
      aria-label="Search nominations"
      className="filters search-form"
    >
      <label htmlFor="search-q" className="search-words">
        Film, person or award
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={values.q}
          maxLength={SEARCH_TEXT_MAX}
          placeholder="e.g. lovers despot"
          aria-describedby="search-q-help"
        />
      </label>
      <button type="submit">Search</button>
      <p id="search-q-help" className="search-help muted">
        Words in any order; the start of a word is enough (“lov desp”); case and accents do not matter; words in double
        quotes are found together, in that order (<code>{'"made in america"'}</code>).
      </p>
      <details className="search-filters" open={!values.q.trim() || set > 0}>
        <summary>Filters{set ? ` (${set} set)` : ''}: award, categories, years, winners only</summary>
        <div className="search-filter-fields">
          <label htmlFor="search-award">
            Award
            <select id="search-award" name="award" defaultValue={values.award}>
              <option value="">Any award</option>
              {awards.map((award) => (
                <option key={award.slug} value={award.slug}>
                  {award.name}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor="search-category" className="search-category">
            Categories
            <select
              id="search-category"
              name="category"
              multiple
              size={Math.min(6, Math.max(3, categories.length + byAward.length))}
              defaultValue={values.category}
              aria-describedby="search-category-help"
            >
              {byAward.map(([awardName, choices]) => (
                <optgroup key={awardName} label={awardName}>
                  {choices.map((choice) => (
                    <option key={`${choice.awardSlug}/${choice.slug}`} value={choice.slug}>
                      {choice.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <fieldset className="search-years">
            <legend>Years (awards or ceremony year)</legend>
            <label htmlFor="search-from">
              From
              <input id="search-from" name="from" type="text" inputMode="numeric" size={5} defaultValue={values.from} />
            </label>
            <label htmlFor="search-to">
              To
              <input id="search-to" name="to" type="text" inputMode="numeric" size={5} defaultValue={values.to} />
            </label>
          </fieldset>
          <label htmlFor="search-won" className="search-check">
            <input id="search-won" name="won" type="checkbox" value="1" defaultChecked={values.won} />
            Winners only
          </label>
          <p id="search-category-help" className="search-help muted">
            Choose several categories by holding Ctrl (⌘ on a Mac), or by tapping each on a touch screen. Without an
            award the list holds the documentary categories; choose an award and search to list all of its categories.
          </p>
        </div>
      </details>
    </form>
  );
}

function groupByAward(categories: readonly CategoryChoice[]): [string, CategoryChoice[]][] {
  const groups = new Map<string, CategoryChoice[]>();
  for (const choice of categories) {
    const list = groups.get(choice.awardName) ?? [];
    list.push(choice);
    groups.set(choice.awardName, list);
  }
  return [...groups];
}
