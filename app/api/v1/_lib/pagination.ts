// Page-numbered lists: `page` and `per_page` in, `meta` (totals) and `links` (first, last, prev, next,
// each a full URL keeping the other parameters) out. Totals are one COUNT over indexed columns, cheap.
import { z } from 'zod';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './envelopes';

/**
 * A whole number from 1 to `max`, written in digits (not "0x10", "1e2" or " 5", which a number coercion would
 * take), `fallback` when absent, with one message for every way a value can miss that.
 */
function wholeNumber(max: number, fallback: number) {
  const error = `expected a whole number from 1 to ${max}`;
  const number = z.coerce.number({ error }).int({ error }).min(1, { error }).max(max, { error });
  return z.preprocess(
    (value) => (typeof value === 'string' && !/^\d+$/.test(value) ? NaN : value),
    number.default(fallback),
  );
}

export const pageQuerySchema = z.object({
  page: wholeNumber(100_000, 1).describe('The page, from 1.'),
  per_page: wholeNumber(MAX_PER_PAGE, DEFAULT_PER_PAGE).describe(`Items per page, at most ${MAX_PER_PAGE}.`),
});

export interface PageRequest {
  page: number;
  perPage: number;
}

export function pageWindow({ page, perPage }: PageRequest): { limit: number; offset: number } {
  return { limit: perPage, offset: (page - 1) * perPage };
}

function linkTo(url: URL, page: number, perPage: number): string {
  const target = new URL(url);
  target.searchParams.set('page', String(page));
  target.searchParams.set('per_page', String(perPage));
  return target.toString();
}

/** The page's data with its totals and links; a page past the end is empty, with links back. */
export function pageOf<T>(url: URL, { page, perPage }: PageRequest, total: number, data: T[]) {
  const totalPages = Math.ceil(total / perPage);
  const last = Math.max(totalPages, 1);
  return {
    data,
    meta: { page, perPage, total, totalPages },
    links: {
      self: linkTo(url, page, perPage),
      first: linkTo(url, 1, perPage),
      last: linkTo(url, last, perPage),
      prev: page > 1 ? linkTo(url, Math.min(page - 1, last), perPage) : null,
      next: page < totalPages ? linkTo(url, page + 1, perPage) : null,
    },
  };
}
