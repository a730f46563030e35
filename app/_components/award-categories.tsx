// An award's categories as they persist across years and renames, with how often each was given.
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

export function AwardCategories({ categories }: { categories: readonly AwardCategoryView[] }) {
  if (!categories.length) return <p className="muted">No categories recorded yet.</p>;
  return (
    <ScrollRegion label="Categories across the years">
      <table>
        <caption className="visually-hidden">Categories across the years</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Group</th>
            <th scope="col">Editions</th>
            <th scope="col">Awards years</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id}>
              <td>
                {category.name}
                {category.isDocumentary ? <span className="muted"> (documentary)</span> : null}
              </td>
              <td>{category.groupName ?? ''}</td>
              <td>{category.editionCount}</td>
              <td>{span(category.firstYear, category.lastYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
