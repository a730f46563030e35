// The A–Z list of films or of people (db/queries/browse.ts): the letters, the records under the one
// chosen (or those a search's words find: "?q=war", where search's best twenty lead for the rest) with
// each one's record, and the pages before and after. Plain links: it works without JavaScript.
import Link from 'next/link';
import {
  BROWSE_LETTERS,
  BROWSE_MATCH_LIMIT,
  BROWSE_PAGE_SIZE,
  type BrowseFilter,
  type BrowseLetter,
  letterOf,
} from '@/db/queries/browse';
import { SEARCH_TEXT_MAX } from '@/app/search/search-params';
import { parseSearchText } from '@/db/search';
import type { BROWSE_KEYS, Check, ExactKeys } from '@/app/_lib/cached-views';
import { parsePageParam } from '@/app/_lib/page-number';
import { plural } from '@/app/_lib/plural';
import { quoted } from '@/app/_lib/quoted';
import { sortTitle } from '@/db/rules/sort-title';
import type { Tally } from '@/db/queries/record-tallies';
import { foldText } from '@/db/rules/text';
import { Breadcrumbs } from './award-breadcrumbs';
import { RecordTally } from './record-tally';

export interface BrowseItem {
  id: number;
  href: string;
  label: string;
  /** After the name: "(2016)" for a film, "(company)" for a company. */
  aside: string | null;
  record: Tally;
}

interface Props {
  title: 'Films' | 'People and companies';
  /** The list's own address ("/films"). */
  base: string;
  filter: BrowseFilter;
  page: number;
  total: number;
  items: readonly BrowseItem[];
  /** Why the address could not be read as written, if it could not. */
  problem?: string;
  /** A search's words match too many records to list (db/queries/browse.ts BROWSE_MATCH_LIMIT). */
  tooMany?: boolean;
}

/** The address of a page of the list: a letter's, or that of the records a search's words find. */
function hrefOf(base: string, filter: { letter: BrowseLetter } | { q: string }, page = 1): string {
  const query = new URLSearchParams('letter' in filter ? { letter: filter.letter } : { q: filter.q });
  if (page > 1) query.set('page', String(page));
  return `${base}?${query}`;
}

/** Which records a list holds, as words: "starting with L", "matching “despot”". */
function filterPhrase(filter: BrowseFilter): string {
  if ('text' in filter) return `matching ${quoted(filter.q)}`;
  return `starting with ${filter.letter === '#' ? 'another character' : filter.letter.toUpperCase()}`;
}

/** A page's own title, so that tabs, bookmarks and history tell the letters and pages apart. */
export function browsePageTitle(title: string, raw: BrowseQuery): string {
  const { filter, page } = parseBrowseParams(raw);
  return `${title} ${filterPhrase(filter)}${page > 1 ? `, page ${page}` : ''}`;
}

export function BrowseList({ title, base, filter, page, total, items, problem, tooMany }: Props) {
  const letter = 'letter' in filter ? filter.letter : null;
  const noun = title === 'Films' ? 'film' : 'name';
  const which = filterPhrase(filter);
  return (
    <>
      <Breadcrumbs trail={[{ label: title }]} />
      <h1>{title}</h1>
      <nav aria-label="By first letter" className="browse-letters">
        <ul className="plain">
          {BROWSE_LETTERS.map((each) => (
            <li key={each}>
              {each === letter ? (
                <span aria-current="page">{each.toUpperCase()}</span>
              ) : (
                <Link
                  href={hrefOf(base, { letter: each })}
                  aria-label={each === '#' ? 'Digits and other characters' : undefined}
                >
                  {each.toUpperCase()}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {problem ? (
        <p role="alert" className="notice">
          {problem}
        </p>
      ) : null}
      {tooMany && 'q' in filter ? (
        <p className="notice">
          More than {BROWSE_MATCH_LIMIT.toLocaleString('en')} {noun}s match “{filter.q}”: add a word to narrow the list,
          or <Link href={`/search?${new URLSearchParams({ q: filter.q })}`}>search</Link> for the best matches.
        </p>
      ) : (
        <BrowsePages {...{ base, filter, page, total, items, noun, which }} />
      )}
    </>
  );
}

/** How a letter's list is filed, said under it. */
const FILED_BY: Record<string, string> = {
  film: ' A title is filed after a leading “The”, “A” or “An”.',
  name: ' A person is filed by surname, a company by its name after a leading “The”.',
};

function BrowsePages(
  props: Pick<Props, 'base' | 'filter' | 'page' | 'total' | 'items'> & { noun: string; which: string },
) {
  const { base, filter, page, total, items, noun, which } = props;
  const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  return (
    <>
      <p className="muted">
        {total === 0 ? `No ${noun}s ${which}` : `${plural(total, noun)} ${which}`}
        {'q' in filter && total > 1 ? ', A to Z' : ''}
        {pages > 1 && page <= pages ? `, page ${page} of ${pages}` : ''}.{'letter' in filter ? FILED_BY[noun] : null}
      </p>
      {page > pages && total > 0 ? (
        <p>
          There is no page {page.toLocaleString('en')}: the {plural(total, noun)} {which}{' '}
          {total === 1 ? 'fills' : 'fill'} {plural(pages, 'page')}.{' '}
          <Link href={hrefOf(base, filter, pages)}>Go to page {pages.toLocaleString('en')}</Link>.
        </p>
      ) : null}
      {items.length ? (
        <ul className="plain browse-items">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={item.href}>{item.label}</Link>
              {item.aside ? <span className="muted"> {item.aside}</span> : null}
              <RecordTally {...item.record} />
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 && page <= pages ? (
        <nav aria-label="Pages" className="pagination">
          {page > 1 ? (
            <Link href={hrefOf(base, filter, page - 1)} rel="prev">
              ← Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={hrefOf(base, filter, page + 1)} rel="next">
              Next page →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** The A–Z page a film's title is filed under ("/films?letter=l" for The Lovers and the Despot), at `page`. */
export const filmBrowseHref = (title: string, page = 1) =>
  hrefOf('/films', { letter: letterOf(sortTitle(foldText(title))) }, page);

/** The A–Z page a person's sort name is filed under ("/people?letter=p" for Laura Poitras), at `page`. */
export const personBrowseHref = (sortName: string, page = 1) => hrefOf('/people', { letter: letterOf(sortName) }, page);

/** The list of every film or person a search's words find, A to Z ("/films?q=war"). */
export function browseMatchesHref(base: string, q: string): string {
  return hrefOf(base, { q });
}

/** The query parameters an A–Z list reads. */
type BrowseQuery = Partial<Record<'letter' | 'q' | 'page', string | string[]>>;
/** The cached address of an A–Z page (app/_lib/cached-views.ts) carries exactly these parameters. */
export type BrowseKeysCached = Check<ExactKeys<typeof BROWSE_KEYS, BrowseQuery>>;

/**
 * The records and page an A–Z address asks for: those a search's words find (q), else those under a
 * letter; or the first page of "a" with why the address could not be read.
 */
export function parseBrowseParams(raw: BrowseQuery): { filter: BrowseFilter; page: number; problem?: string } {
  const chosen = chosenFilter(raw);
  if ('problem' in chosen) return { filter: { letter: 'a' }, page: 1, problem: chosen.problem };
  return { filter: chosen, ...parsePageParam(raw.page) };
}

function chosenFilter(raw: BrowseQuery): BrowseFilter | { problem: string } {
  if (typeof raw.q === 'string' && raw.q.trim()) {
    const q = raw.q.trim();
    // Refused, as search refuses it, rather than cut: a cut can drop a closing quote and change the question.
    if (q.length > SEARCH_TEXT_MAX) {
      return { problem: `The search text is too long: at most ${SEARCH_TEXT_MAX} characters. Showing A.` };
    }
    const text = parseSearchText(q);
    if (text.match) return { q, text: { ...text, match: text.match } };
    return { problem: `“${raw.q.slice(0, 20)}” has no letter or digit to look for: showing A.` };
  }
  const letterText = typeof raw.letter === 'string' ? raw.letter.toLowerCase() : 'a';
  const letter = BROWSE_LETTERS.find((each) => each === letterText);
  return letter ? { letter } : { problem: `“${letterText.slice(0, 20)}” is not a letter of the list: showing A.` };
}
