// Issue 7's budgets, in one place: what `npm run bench` checks its figures against (at 1,000,000
// nominations). Speed is checked here, by the benchmark, never by timed tests.

/**
 * What share of the static file's requests per second each kind of route must reach: the issue names
 * edition, film and home pages, search and the dashboard, and the API. Other public pages (the awards
 * list, an award, a person, a source) have the p99 budget only; their share is reported beside it.
 */
export const THROUGHPUT_SHARE = { page: 1 / 3, search: 1 / 5, api: 1 / 2, other: undefined } as const;
export type BudgetGroup = keyof typeof THROUGHPUT_SHARE;

export const P99_UNDER_MS = 100;
/** First-load JavaScript of a public page may exceed the framework's floor by this much. */
export const JS_OVER_FLOOR_KB = 25;
export const SERVER_MEMORY_UNDER_MB = 500;
export const FIRST_ANSWER_UNDER_MS = 2000;
export const IMPORT_ROWS_PER_SECOND_AT_LEAST = 20_000;
export const EXTRACTIONS_PER_SECOND_AT_LEAST = 500;

export type BudgetDirection = 'at least' | 'under' | 'at most';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** How the value must compare with the budget. */
  direction?: BudgetDirection;
  ok?: boolean;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A figure, checked against its budget when it has one. */
export function figure(
  name: string,
  value: number,
  unit: string,
  budget?: { value: number; direction: BudgetDirection },
): Figure {
  if (!budget) return { name, value: round(value), unit };
  const ok =
    budget.direction === 'at least'
      ? value >= budget.value
      : budget.direction === 'under'
        ? value < budget.value
        : value <= budget.value;
  return { name, value: round(value), unit, budget: round(budget.value), direction: budget.direction, ok };
}
