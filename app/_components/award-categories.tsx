// An award's categories as they persist across years and renames, with how often each was given. The
// group and the documentary mark are shown only where they tell categories apart: an award whose
// categories are all documentaries, or all of one group (the Oscars' documentary categories, both of
// oscar_data's class "Title"), does not repeat it on every row.
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

function span(first: number | null, last: number | null): string {
  if (first === null || last === null) return '–';
  return first === last ? String(first) : `${first}–${last}`;
}

/** A category of some editions that is not yet linked to one across the years: known by its name alone. */
export type UnlinkedCategoryView = Pick<AwardCategoryView, 'name' | 'editionCount' | 'firstYear' | 'lastYear'>;

interface Props {
  categories: readonly AwardCategoryView[];
  unlinked?: readonly UnlinkedCategoryView[];
}

export function AwardCategories({ categories, unlinked = [] }: Props) {
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
                {marksDocumentaries && category.isDocumentary ? <span className="muted"> (documentary)</span> : null}
              </td>
              {showsGroups ? <td>{category.groupName ?? ''}</td> : null}
              <td>{category.editionCount}</td>
              <td>{span(category.firstYear, category.lastYear)}</td>
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
              <td>{span(category.firstYear, category.lastYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
