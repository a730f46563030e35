// Matching the films and people a CSV row names to the catalogue. A film is found by its IMDb id, else by
// its title or alias; a person by name or alias. When several records share a title, the one already
// nominated in the row's category wins, then (films) the one of the edition's year, then the one within a
// year of it; still several is an error asking for the IMDb id, never a guess. Nothing found means a new
// record, created on apply.
import type { CategoryRef, CategoryState } from './nomination-import-lookup';
import type { Candidate, RecordLookup } from './nomination-import-records';
import { foldText } from '../rules/text';

/** A film or person of a planned row: one we hold, or a new one (negative id, shared by every row naming it). */
export interface Matched {
  id: number;
  label: string;
  isNew: boolean;
  imdbId: string | null;
}

/** The new films and people a plan would create, keyed so two rows naming the same new film share it. */
export class NewRecords {
  readonly films = new Map<string, Matched>();
  readonly people = new Map<string, Matched>();
  private next = -1;

  film(title: string, imdbId: string | null): Matched {
    return this.add(this.films, imdbId ?? `title:${foldText(title)}`, title, imdbId);
  }

  person(name: string): Matched {
    return this.add(this.people, foldText(name), name, null);
  }

  private add(map: Map<string, Matched>, key: string, label: string, imdbId: string | null): Matched {
    let pick = map.get(key);
    if (!pick) {
      pick = { id: this.next--, label, isNew: true, imdbId };
      map.set(key, pick);
    }
    return pick;
  }
}

const held = (candidate: Candidate): Matched => ({ ...candidate, isNew: false });

/**
 * The one candidate left after preferring those in the category, then the one of the edition's own
 * awards year, then those within a year of it.
 */
function narrow(candidates: Candidate[], inCategory: Set<number>, editionYear: number | null): Candidate[] {
  if (candidates.length < 2) return candidates;
  const nominated = candidates.filter((c) => inCategory.has(c.id));
  if (nominated.length === 1) return nominated;
  const pool = nominated.length ? nominated : candidates;
  if (editionYear === null) return pool;
  const same = pool.filter((c) => c.year === editionYear);
  if (same.length === 1) return same;
  const near = pool.filter((c) => c.year !== null && Math.abs(c.year - editionYear) <= 1);
  return near.length === 1 ? near : pool;
}

export function matchFilms(
  titles: string[],
  imdbIds: string[],
  category: CategoryRef,
  state: CategoryState,
  lookup: RecordLookup,
  created: NewRecords,
): Matched[] | string {
  if (imdbIds.length && imdbIds.length !== titles.length) {
    return `film_imdb_ids names ${imdbIds.length} ids for ${titles.length} films: give one per film (or leave it empty)`;
  }
  const picks: Matched[] = [];
  for (const [i, title] of titles.entries()) {
    const imdbId = imdbIds[i] || null;
    if (!title) return 'films has an empty title between its "; " separators';
    const byId = imdbId ? lookup.filmByImdbId(imdbId) : undefined;
    if (byId) {
      picks.push(held(byId));
      continue;
    }
    // A film with another IMDb id is another film, whatever its title.
    const titled = lookup.filmsTitled(title).filter((film) => !imdbId || !film.imdbId);
    const left = narrow(titled, state.filmIds, category.editionYear);
    if (left.length > 1) {
      return `${left.length} films are called "${title}" (${left.map((f) => f.year ?? 'no year').join(', ')}); give its IMDb id in film_imdb_ids`;
    }
    picks.push(left[0] ? held(left[0]) : created.film(title, imdbId));
  }
  return once(picks);
}

export function matchPeople(
  names: string[],
  state: CategoryState,
  lookup: RecordLookup,
  created: NewRecords,
): Matched[] | string {
  const picks: Matched[] = [];
  for (const name of names) {
    if (!name) return 'nominees has an empty name between its "; " separators';
    const left = narrow(lookup.peopleNamed(name), state.personIds, null);
    if (left.length > 1) return `${left.length} people are called "${name}"; enter this nomination in the editor`;
    picks.push(left[0] ? held(left[0]) : created.person(name));
  }
  return once(picks);
}

/**
 * Each record once, where two names of a row are one record (a person by name and by alias, "Ana Prueba;
 * Bo Test" after Bo Test was merged into Ana Prueba): a nomination names a film or person once.
 */
function once(picks: Matched[]): Matched[] {
  const seen = new Set<string>();
  return picks.filter((pick) => {
    const key = `${pick.isNew ? 'new' : 'held'}:${pick.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
