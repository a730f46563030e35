// "Jump to category": every category of the edition with its state, each a link to its section, so an
// editor reaches the category being announced in two keystrokes and sees at a glance what is still open.
import type { SheetCategory } from '@/db/queries/results-sheet';
import { ResultStateFlag } from './result-state-flag';

export function resultsSectionId(category: Pick<SheetCategory, 'slug'>): string {
  return `results-${category.slug}`;
}

export function ResultsJumpList({ categories }: { categories: readonly SheetCategory[] }) {
  return (
    <nav aria-labelledby="results-jump-heading" className="results-jump">
      <h2 id="results-jump-heading">Jump to category</h2>
      <ol>
        {categories.map((category) => (
          <li key={category.id}>
            <a href={`#${resultsSectionId(category)}`}>{category.name}</a> <ResultStateFlag state={category.state} />
          </li>
        ))}
      </ol>
    </nav>
  );
}
