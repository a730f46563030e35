// Search across every award: films, people and awards by name (case, accents and word order folded,
// prefixes matched), and nominations filtered as in the Academy Awards Database (award, categories,
// year span, winners only). A bad query string gets a sentence on the page, never an error page.
// Rendered by two routes: ./[view]/page.tsx, cached, for every ordinary search, and ./page.tsx for the
// rest (see app/_lib/cached-views.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { shareMetadata } from '@/app/_lib/share-metadata';
import { quoted } from '@/app/_lib/quoted';
import { getDb, type Executor } from '@/db/client';
import {
  findAwardIdBySlug,
  listFilterChoices,
  parseSearchText,
  resolveCategorySlugs,
  searchEditions,
  searchNames,
  searchNominations,
  suggestSpelling,
  type NominationFilters,
} from '@/db/search';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { SearchForm } from '@/app/_components/search-form';
import { SearchNames } from '@/app/_components/search-names';
import { SearchNominations } from '@/app/_components/search-nominations';
import type { RawParams } from '@/app/_lib/cached-views';
import {
  MAX_PAGE,
  PAGE_SIZE,
  parseSearchParams,
  SEARCH_TEXT_MAX,
  searchHref,
  type SearchParams,
} from './search-params';

export function searchMetadata(raw: RawParams): Metadata {
  const parsed = parseSearchParams(raw);
  const q = parsed.ok ? parsed.params.q : undefined;
  return {
    ...shareMetadata(
      q ? `Search: ${q.length > 60 ? `${q.slice(0, 60)}…` : q}` : 'Search',
      'Search documentary films, people and awards, and every nomination by award, category, year and result.',
    ),
    robots: { index: false },
  };
}

export async function SearchView({ raw }: { raw: RawParams }) {
  const parsed = parseSearchParams(raw);
  const db = getDb();
  const errors = parsed.ok ? [] : [...parsed.errors];
  const params = parsed.ok ? parsed.params : undefined;

  // Slugs that are well formed may still name nothing: say which, rather than ignore them.
  const awardId = params?.award ? await findAwardIdBySlug(db, params.award) : undefined;
  if (params?.award && awardId === undefined) {
    errors.push(`There is no award “${params.award}” in Laurels. Choose one from the list.`);
  }
  const categories = params ? await resolveCategorySlugs(db, params.category, awardId) : { ids: [], unknown: [] };
  if (categories.unknown.length) {
    errors.push(
      `${categories.unknown.map((slug) => `“${slug}”`).join(', ')} ${categories.unknown.length === 1 ? 'is not a category' : 'are not categories'}${awardId !== undefined ? ' of this award' : ''}. Choose from the list.`,
    );
  }
  const choices = await listFilterChoices(db, awardId, params?.category ?? []);

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <h1>Search</h1>
      <SearchForm values={parsed.raw} awards={choices.awards} categories={choices.categories} />
      {errors.length || !params ? (
        <div className="notice" role="alert">
          <p>This search cannot run as written:</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <SearchResults params={params} awardId={awardId} categoryIds={categories.ids} />
      )}
    </>
  );
}

async function SearchResults({
  params,
  awardId,
  categoryIds,
}: {
  params: SearchParams;
  awardId: number | undefined;
  categoryIds: number[];
}) {
  const db = getDb();
  const text = params.q ? parseSearchText(params.q) : null;
  const hasFilters =
    awardId !== undefined ||
    categoryIds.length > 0 ||
    params.from !== undefined ||
    params.to !== undefined ||
    params.won;
  if (!params.q && !hasFilters) {
    return (
      <p className="lede search-hint">
        Type a film, a person or an award, such as “lovers despot” or “IDA”, or choose filters to list nominations: all
        Academy Awards documentary winners, say, or every nomination of 2016.
      </p>
    );
  }
  if (text && !text.match && !hasFilters) {
    return <p className="notice">Type at least one letter or digit to search for.</p>;
  }
  const names = text?.match && params.page === 1 ? await searchNames(db, text) : null;
  const editionHits = names && text ? await searchEditions(db, text) : [];
  const filters = {
    awardId,
    canonicalCategoryIds: categoryIds,
    fromYear: params.from,
    toYear: params.to,
    wonOnly: params.won,
  };
  const nominations = await searchNominations(
    db,
    { text, ...filters },
    // Past MAX_PAGE, nothing is listed: only the count, for the page to say why.
    {
      limit: params.page > MAX_PAGE ? 0 : PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
      countLimit: PAGE_SIZE * MAX_PAGE,
    },
  );
  const hasNames = names && (names.films.total || names.people.total || names.awards.total || editionHits.length);
  const foundNothing = names && !hasNames && !nominations.total;
  const suggestion = foundNothing && params.q ? await findingSpelling(db, params.q, filters) : null;
  return (
    <>
      {text?.truncated ? <p className="notice">Only the first words of a long search are used.</p> : null}
      {/* Only when nothing matches at all: the words may still name nominations ("ida 2016"). */}
      {foundNothing && params.q ? (
        <p>
          No film, person or award is called {quoted(params.q)}
          {text && text.words.length > 1 ? ', and no nomination answers to all its words' : ''}.
          {suggestion ? (
            <>
              {' '}
              Did you mean “<Link href={searchHref({ ...params, q: suggestion }, 1)}>{suggestion}</Link>”?
            </>
          ) : null}
        </p>
      ) : null}
      {names && params.q && hasNames && hasFilters ? (
        <p className="muted">The filters apply to the nominations below, not to the names the words find.</p>
      ) : null}
      {names && params.q ? <SearchNames q={params.q} results={names} editions={editionHits} /> : null}
      <SearchNominations
        results={nominations}
        page={params.page}
        pageSize={PAGE_SIZE}
        maxPage={MAX_PAGE}
        hrefFor={(page) => searchHref(params, page)}
      />
    </>
  );
}

/** A spelling of the words that finds something with the same filters, or null. */
async function findingSpelling(
  db: Executor,
  q: string,
  filters: Omit<NominationFilters, 'text'>,
): Promise<string | null> {
  const suggestion = await suggestSpelling(db, q);
  // A longer spelling of a search at the limit would be a link to a search refused as too long.
  if (!suggestion || suggestion.length > SEARCH_TEXT_MAX) return null;
  const text = parseSearchText(suggestion);
  const names = await searchNames(db, text, { limit: 1 });
  if (names.films.total || names.people.total || names.awards.total) return suggestion;
  const nominations = await searchNominations(db, { text, ...filters }, { limit: 1, offset: 0, countLimit: 1 });
  return nominations.total ? suggestion : null;
}
