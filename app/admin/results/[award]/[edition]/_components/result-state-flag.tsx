// Where a category stands on the night, in words (the colour only repeats them).
import type { CategoryResultState } from '@/db/queries/results-sheet';

const LABELS: Record<CategoryResultState, string> = {
  open: 'Open',
  winner: 'Winner entered',
  closed: 'Closed',
};

export function ResultStateFlag({ state }: { state: CategoryResultState }) {
  return <span className={`result-state result-state-${state}`}>{LABELS[state]}</span>;
}
