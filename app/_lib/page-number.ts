// The page a public list's address asks for (?page=N), read the same way on every list: search, the A–Z
// lists of films and people, the sources, a source's statuses and the dashboard's scoreboard. A page
// number of twenty digits is a number from 1 up, so it is told it is too large, not that it is no number.
import { z } from 'zod';

/** More pages than any list in Laurels has; past it a number would soon not even be held exactly. */
const MAX_PAGE_NUMBER = 999_999;

/** A page number of digits only: the page (0 too, for the list to refuse), 'too large', or undefined for anything else. */
function readPageNumber(text: string): number | 'too large' | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const page = Number(text);
  return page > MAX_PAGE_NUMBER ? 'too large' : page;
}

/** What every list says of a page number past any list's last page. */
const pageTooLarge = (text: string) =>
  `“${text.slice(0, 20)}” is too large for a page number: no list has that many pages.`;

/** The page a list shows for its ?page=, the first when the page cannot be read, and why (shown, never thrown). */
export function parsePageParam(raw: string | string[] | undefined): { page: number; problem?: string } {
  if (raw === undefined) return { page: 1 };
  const text = String(Array.isArray(raw) ? raw[0] : raw);
  const page = readPageNumber(text);
  if (page === 'too large') return { page: 1, problem: `${pageTooLarge(text)} Showing the first.` };
  if (page === undefined || page < 1) {
    return { page: 1, problem: `“${text.slice(0, 20)}” is not a page number: showing the first.` };
  }
  return { page };
}

/** A page number read with zod, for a list that refuses an unreadable page with its own words. */
export function pageNumberSchema(notANumber: string, belowOne: string) {
  return z
    .string({ error: notANumber })
    .transform((text, ctx) => {
      const page = readPageNumber(text);
      if (typeof page === 'number') return page;
      ctx.addIssue({ code: 'custom', message: page === 'too large' ? pageTooLarge(text) : notANumber });
      return z.NEVER;
    })
    .pipe(z.number().min(1, { error: belowOne }));
}
