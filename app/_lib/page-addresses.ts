// What the address of a public record page names: the record, another address the record lives at now,
// or nothing. The pages answer from it (the record, a permanent redirect, a 404), and so does proxy.ts,
// through isMissingPage, for an address naming nothing: Next.js 16 answers notFound() in a page rendered
// on demand with an empty document whose 404 page appears only once JavaScript runs (a reader without
// it, a crawler or a link preview saw a blank page), while its 404 for an address no route matches is
// whole. So the proxy sends such an address to that 404 before the page is rendered.
import { notFound, permanentRedirect } from 'next/navigation';
import type { Executor } from '@/db/client';
import { getAwardBySlug, getEdition, matchEditionSlug, type EditionMatch } from '@/db/queries/awards';
import { getFilmBySlug, getFilmSlugByImdbId, listFilmsAtSlugWithYear, type FilmAtSlug } from '@/db/queries/films';
import { getPersonBySlug, getPersonSlugByImdbId } from '@/db/queries/people';
import { findRedirectSlug } from '@/db/queries/redirects';
import { getSourceForPage } from '@/db/queries/sources';
import { publishMissingPageCheck } from './missing-pages';
import { decodeSegment } from './page-params';

export type Resolved<T> = { kind: 'found'; record: T } | { kind: 'moved'; path: string } | { kind: 'missing' };

const MISSING = { kind: 'missing' } as const;
const found = <T>(record: T): Resolved<T> => ({ kind: 'found', record });
const moved = (base: string, slug: string): { kind: 'moved'; path: string } => ({
  kind: 'moved',
  path: `${base}/${encodeURIComponent(slug)}`,
});

interface RecordLookup<T> {
  base: '/films' | '/people';
  kind: 'film' | 'person';
  bySlug: (db: Executor, slug: string) => Promise<T | undefined>;
  imdbId: RegExp;
  slugByImdbId: (db: Executor, imdbId: string) => Promise<string | undefined>;
}

/**
 * A film or person by its slug; else the address it lives at: its slug in lower case (a hand-typed or
 * shared address in other capitals), its IMDb id, or the slug of a record merged into it.
 */
async function resolveRecord<T>(db: Executor, slug: string, lookup: RecordLookup<T>): Promise<Resolved<T>> {
  const record = await lookup.bySlug(db, slug);
  if (record) return found(record);
  const lower = slug.toLowerCase();
  if (lower !== slug && (await lookup.bySlug(db, lower))) return moved(lookup.base, lower);
  if (lookup.imdbId.test(slug)) {
    const canonical = await lookup.slugByImdbId(db, lower);
    if (canonical) return moved(lookup.base, canonical);
  }
  const survivor = await findRedirectSlug(db, lookup.kind, lower);
  return survivor ? moved(lookup.base, survivor) : MISSING;
}

export type ResolvedFilm =
  Resolved<NonNullable<Awaited<ReturnType<typeof getFilmBySlug>>>> | { kind: 'many'; films: FilmAtSlug[] };

/**
 * A film as resolveRecord finds it; else, for an address without the year ("13th" for 13th-2016), the
 * one film it can mean, or the films it could mean for the reader to choose from (two called Universe).
 */
export async function resolveFilmAddress(db: Executor, slug: string): Promise<ResolvedFilm> {
  const resolved = await resolveRecord(db, slug, {
    base: '/films',
    kind: 'film',
    bySlug: getFilmBySlug,
    imdbId: /^tt\d{7,10}$/i,
    slugByImdbId: getFilmSlugByImdbId,
  });
  if (resolved.kind !== 'missing') return resolved;
  const films = await listFilmsAtSlugWithYear(db, slug.toLowerCase());
  if (films.length > 1) return { kind: 'many', films };
  return films.length ? moved('/films', films[0]!.slug) : MISSING;
}

export const resolvePersonAddress = (db: Executor, slug: string) =>
  resolveRecord(db, slug, {
    base: '/people',
    kind: 'person',
    bySlug: getPersonBySlug,
    imdbId: /^(nm|co)\d{7,10}$/i,
    slugByImdbId: getPersonSlugByImdbId,
  });

/** An award by its slug, or in lower case (slugs are). */
export async function resolveAwardAddress(db: Executor, slug: string) {
  const award = await getAwardBySlug(db, slug);
  if (award) return found(award);
  const lower = slug.toLowerCase();
  return lower !== slug && (await getAwardBySlug(db, lower)) ? moved('/awards', lower) : MISSING;
}

type Award = NonNullable<Awaited<ReturnType<typeof getAwardBySlug>>>;
type Edition = NonNullable<Awaited<ReturnType<typeof getEdition>>>;
export type ResolvedEdition =
  Resolved<Edition> | { kind: 'many'; award: Award; editions: Extract<EditionMatch, { kind: 'many' }>['editions'] };

/**
 * An edition by its award's slug and its own; else by a year or an ordinal in place of its slug
 * ("/2016", "/89"), which may name several editions (then listed), and its award's slug in any case.
 */
export async function resolveEditionAddress(
  db: Executor,
  awardSlug: string,
  editionSlug: string,
): Promise<ResolvedEdition> {
  const edition = await getEdition(db, awardSlug, editionSlug);
  if (edition) return found(edition);
  const lower = awardSlug.toLowerCase();
  const award =
    (await getAwardBySlug(db, awardSlug)) ?? (lower !== awardSlug ? await getAwardBySlug(db, lower) : undefined);
  if (!award) return MISSING;
  const match = await matchEditionSlug(db, award.id, editionSlug);
  if (match.kind === 'none') return MISSING;
  if (match.kind === 'many') return { kind: 'many', award, editions: match.editions };
  return moved(`/awards/${award.slug}`, match.slug);
}

/** A source by its id, a plain positive integer: anything else names no source. */
export async function resolveSourceAddress(db: Executor, rawId: string) {
  const source = /^[1-9]\d{0,14}$/.test(rawId) ? await getSourceForPage(db, Number(rawId)) : undefined;
  return source ? found(source) : MISSING;
}

/**
 * Whether `pathname` is the address of a record page (film, person, award, edition, source) that names
 * nothing. Any other address, and any that names something or leads somewhere, is false.
 */
export async function isMissingPage(db: Executor, pathname: string): Promise<boolean> {
  const [section, first, second, ...rest] = pathname.split('/').slice(1).map(decodeSegment);
  if (!first || rest.length) return false;
  let resolved: { kind: string } | undefined;
  if (section === 'films' && second === undefined) resolved = await resolveFilmAddress(db, first);
  if (section === 'people' && second === undefined) resolved = await resolvePersonAddress(db, first);
  if (section === 'sources' && second === undefined) resolved = await resolveSourceAddress(db, first);
  // /awards/-/… are the awards list's own cached views.
  if (section === 'awards' && first !== '-') {
    if (second === undefined) resolved = await resolveAwardAddress(db, first);
    else if (second) resolved = await resolveEditionAddress(db, first, second);
  }
  return resolved?.kind === 'missing';
}

/** The record a page shows, or the page's answer when there is none: the address it moved to, or a 404. */
export function recordOrAnswer<T>(resolved: Resolved<T>): T {
  if (resolved.kind === 'moved') permanentRedirect(resolved.path);
  if (resolved.kind === 'missing') notFound();
  return resolved.record;
}

/** The title of a page whose address names no record: a redirect's document or the 404's. */
export const unresolvedTitle = (resolved: { kind: string }, noun: string): string =>
  resolved.kind === 'moved' ? `${noun} moved` : `${noun} not found`;

/** Lets proxy.ts ask isMissingPage of the process's database (app/_lib/missing-pages.ts). */
export function publishMissingPages(db: () => Executor): void {
  publishMissingPageCheck(async (rawPath) => {
    try {
      return await isMissingPage(db(), rawPath);
    } catch {
      // Unsure: the page itself will answer.
      return false;
    }
  });
}
