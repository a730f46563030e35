// The search page's query string, validated: every way a hand-edited or stale URL can be wrong gets
// a sentence the page shows, never an exception. Blank fields (an empty form input) count as absent.
import { z } from 'zod';
import type { Check, ExactKeys, SEARCH_KEYS } from '@/app/_lib/cached-views';
import { pageNumberSchema } from '@/app/_lib/page-number';

export const SEARCH_TEXT_MAX = 200;
export const PAGE_SIZE = 25;
/** Deep pages cost a scan each; past this many results the page asks for narrower filters instead. */
export const MAX_PAGE = 40;
const MAX_CATEGORIES = 20;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

type Raw = Record<string, string | string[] | undefined>;

const single = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' && one.trim() === '' ? undefined : one;
};
const list = (value: unknown) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item !== '');

const year = (label: string) =>
  z.preprocess(
    single,
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, { error: `${label} must be a year written with four digits, such as 2016.` })
      .transform(Number)
      .optional(),
  );

/** Control characters (a NUL, a line break) name nothing and would end up in the page title: spaces. */
function withoutControls<T>(value: T): T {
  return (typeof value === 'string' ? value.replace(/\p{Cc}+/gu, ' ') : value) as T;
}

export const searchParamsSchema = z
  .object({
    q: z.preprocess(
      (value) => withoutControls(single(value)),
      z
        .string()
        .trim()
        .max(SEARCH_TEXT_MAX, { error: `The search text is too long: at most ${SEARCH_TEXT_MAX} characters.` })
        .optional(),
    ),
    award: z.preprocess(
      single,
      z.string().regex(SLUG, { error: 'That award is not one Laurels knows. Choose one from the list.' }).optional(),
    ),
    category: z.preprocess(
      list,
      z
        .array(z.string().regex(SLUG, { error: 'A category in the address is not one Laurels knows.' }))
        .max(MAX_CATEGORIES, { error: `Choose at most ${MAX_CATEGORIES} categories.` }),
    ),
    from: year('“From”'),
    to: year('“To”'),
    won: z.preprocess(
      single,
      z
        .enum(['1', 'on', 'true', '0', 'false'], { error: '“Winners only” is either on (1) or off.' })
        .optional()
        .transform((value) => value === '1' || value === 'on' || value === 'true'),
    ),
    page: z.preprocess(
      single,
      // A page past MAX_PAGE is told apart on the page itself: past the last one, or past what is listed.
      pageNumberSchema('The page is a number from 1 up, such as 2.', 'Pages start at 1.').default(1),
    ),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: '“From” is later than “To”: the first year of the span comes first.',
    path: ['to'],
  });

export type SearchParams = z.infer<typeof searchParamsSchema>;
/** The cached address of a search (app/_lib/cached-views.ts) carries exactly these parameters. */
export type SearchKeysCached = Check<ExactKeys<typeof SEARCH_KEYS, SearchParams>>;

/** What the form shows again when the query string is wrong: the raw values, so they can be corrected. */
export interface RawSearchValues {
  q: string;
  award: string;
  category: string[];
  from: string;
  to: string;
  won: boolean;
}

export type ParsedSearch =
  { ok: true; params: SearchParams; raw: RawSearchValues } | { ok: false; errors: string[]; raw: RawSearchValues };

export function parseSearchParams(input: Raw): ParsedSearch {
  const text = (key: string) => {
    const value = input[key];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const raw: RawSearchValues = {
    q: withoutControls(text('q')).slice(0, SEARCH_TEXT_MAX * 2),
    award: text('award'),
    category: list(input.category).map(String),
    from: text('from'),
    to: text('to'),
    won: ['1', 'on', 'true'].includes(text('won')),
  };
  const result = searchParamsSchema.safeParse(input);
  if (result.success) return { ok: true, params: result.data, raw };
  return { ok: false, errors: [...new Set(result.error.issues.map((issue) => issue.message))], raw };
}

/** The query string of a search, for links to its other pages. */
export function searchHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.award) query.set('award', params.award);
  for (const category of params.category) query.append('category', category);
  // Four digits as the parser reads them: a "0999" typed in must not become an unreadable "999" in the link.
  if (params.from !== undefined) query.set('from', String(params.from).padStart(4, '0'));
  if (params.to !== undefined) query.set('to', String(params.to).padStart(4, '0'));
  if (params.won) query.set('won', '1');
  if (page > 1) query.set('page', String(page));
  return `/search?${query.toString()}`;
}
