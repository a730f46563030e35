// An award's categories as they persist across years and renames, with how often each was given. The
// group and the documentary mark are shown only where they tell categories apart: an award whose
// categories are all documentaries, or all of one group (the Oscars' documentary categories, both of
// oscar_data's class "Title"), does not repeat it on every row, and a category whose name says
// "Documentary" is not marked again. Years are written as the award's editions write them (1927/28).
import { ScrollRegion } from '@/app/_components/scroll-region';

export interface AwardCategoryView {
  id: number;
  name: string;
  groupName: string | null;
  isDocumentary: boolean;
  editionCount: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** An awards year as the award's edition of that year writes it: "1927/28" for 1928 at the Oscars. */
export type YearLabels = ReadonlyMap<number, string>;

function span(first: number | null, last: number | null, labels: YearLabels): string {
  if (first === null || last === null) return '–';
  const label = (year: number) => labels.get(year) ?? String(year);
  return first === last ? label(first) : `${label(first)}–${label(last)}`;
}

const namesDocumentary = (name: string) => /\bdocumentar/i.test(name);

/** A category of some editions that is not yet linked to one across the years: known by its name alone. */
export type UnlinkedCategoryView = Pick<AwardCategoryView, 'name' | 'editionCount' | 'firstYear' | 'lastYear'>;

interface Props {
  categories: readonly AwardCategoryView[];
  unlinked?: readonly UnlinkedCategoryView[];
  /** The award's own way of writing a year, where it differs from the year (yearLabelsOf). */
  yearLabels?: YearLabels;
}

/** The labels of the awards years an award's editions write in two parts ("1927/28"). */
export function yearLabelsOf(editions: readonly { year: number; yearLabel: string | null }[]): YearLabels {
  return new Map(
    editions.flatMap((edition) => (edition.yearLabel ? [[edition.year, edition.yearLabel] as const] : [])),
  );
}

export function AwardCategories({ categories, unlinked = [], yearLabels = new Map() }: Props) {
  if (!categories.length && !unlinked.length) return <p className="muted">No categories recorded yet.</p>;
  const showsGroups = new Set(categories.map((category) => category.groupName)).size > 1;
  const marksDocumentaries = categories.some((category) => !category.isDocumentary);
  return (
    <ScrollRegion label="Categories across the years">
      <table>
        <caption className="visually-hidden">Categories across the years</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {showsGroups ? <th scope="col">Group</th> : null}
            <th scope="col">Editions</th>
            <th scope="col">Awards years</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id}>
              <td>
                {category.name}
                {marksDocumentaries && category.isDocumentary && !namesDocumentary(category.name) ? (
                  <span className="muted"> (documentary)</span>
                ) : null}
              </td>
              {showsGroups ? <td>{category.groupName ?? ''}</td> : null}
              <td>{category.editionCount}</td>
              <td>{span(category.firstYear, category.lastYear, yearLabels)}</td>
            </tr>
          ))}
          {unlinked.map((category) => (
            <tr key={`unlinked:${category.name}`}>
              <td>
                {category.name}
                <span className="muted"> (not yet linked across the years)</span>
              </td>
              {showsGroups ? <td /> : null}
              <td>{category.editionCount}</td>
              <td>{span(category.firstYear, category.lastYear, yearLabels)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
