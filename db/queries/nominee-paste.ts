// Adding many nominees to a category from a pasted list, the plan: planPaste reads the lines and matches
// each to the films already known (folded title or alias; a year narrows the candidates) and to people
// by name. It writes nothing and is what the preview shows; nominee-paste-write.ts plans again and writes.
import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { nomineeKey } from '../rules/nominee-key';
import { foldText } from '../rules/text';
import { filmAliases, films, nominations } from '../schema';
import { parsePastedLines } from './nominee-paste-lines';
import { findPerson } from './people';

export { getPasteCategory, type PasteCategory } from './nominee-paste-category';
export { PASTE_STATUSES, type PasteStatus } from './nominee-paste-lines';

export interface FilmChoice {
  id: number;
  slug: string;
  title: string;
  year: number | null;
  /** This film (with the line's people) is already a nominee of the category. */
  isNominated: boolean;
}

export interface PersonMatch {
  name: string;
  person: { id: number; slug: string; name: string } | null;
}

export type LineOutcome = 'invalid' | 'matched' | 'choose' | 'new' | 'already-nominated' | 'repeat';

export interface LinePlan {
  lineNo: number;
  text: string;
  outcome: LineOutcome;
  /** Why an invalid line was left out. */
  reason?: string;
  /** The earlier line a repeat names the same nominee as. */
  repeatOf?: number;
  title: string;
  year: number | null;
  /** One film when matched or already nominated, several to choose from, none when new. */
  candidates: FilmChoice[];
  people: PersonMatch[];
  /** What the editor's "create" checkbox must send back for this line, when it creates anything. */
  confirmKey: string | null;
}

/** What a pasted list would do in this category; reads only. */
export function planPaste(tx: Executor, categoryId: number, text: string): LinePlan[] {
  return markRepeats(planLines(tx, categoryId, text));
}

function planLines(tx: Executor, categoryId: number, text: string): LinePlan[] {
  return parsePastedLines(text).map((line): LinePlan => {
    if (!line.ok) {
      const base = { title: '', year: null, candidates: [], people: [], confirmKey: null };
      return { ...base, lineNo: line.lineNo, text: line.text, outcome: 'invalid', reason: line.reason };
    }
    const people = line.personNames.map((name): PersonMatch => {
      const found = findPerson(tx, { name });
      return { name, person: found ? { id: found.id, slug: found.slug, name: found.name } : null };
    });
    const personIds = people.every((p) => p.person) ? people.map((p) => p.person!.id) : null;
    const candidates = matchFilms(tx, line.title, line.year).map((film) => ({
      ...film,
      isNominated: personIds !== null && isNominee(tx, categoryId, [film.id], personIds),
    }));
    const createsSomething = candidates.length === 0 || personIds === null;
    const outcome: LineOutcome =
      candidates.length === 0
        ? 'new'
        : candidates.length > 1
          ? 'choose'
          : candidates[0]!.isNominated
            ? 'already-nominated'
            : 'matched';
    return {
      lineNo: line.lineNo,
      text: line.text,
      outcome,
      title: line.title,
      year: line.year,
      candidates,
      people,
      confirmKey: createsSomething ? confirmKeyOf(line.lineNo, line.title) : null,
    };
  });
}

/**
 * A line naming the film of an earlier line again ("Cameraperson — Kirsten Johnson", then "cameraperson")
 * adds nothing but a second nomination of one nominee, so it becomes a repeat and is skipped; unless
 * both lines name people and not the same ones (two songs of one film, say). A line whose film is still
 * to be chosen among several is left to the editor's pick.
 */
function markRepeats(plans: LinePlan[]): LinePlan[] {
  const earlier = new Map<string, LinePlan[]>();
  return plans.map((plan) => {
    const film = filmIdentity(plan);
    if (film === null) return plan;
    const first = (earlier.get(film) ?? []).find((other) => isSameNominee(other, plan));
    if (first) return { ...plan, outcome: 'repeat', repeatOf: first.lineNo, confirmKey: null };
    earlier.set(film, [...(earlier.get(film) ?? []), plan]);
    return plan;
  });
}

function filmIdentity(plan: LinePlan): string | null {
  if (plan.outcome === 'new') return `new\t${foldText(plan.title)}\t${plan.year ?? ''}`;
  if (plan.outcome === 'matched' || plan.outcome === 'already-nominated') return `film\t${plan.candidates[0]!.id}`;
  return null;
}

function isSameNominee(a: LinePlan, b: LinePlan): boolean {
  if (a.people.length === 0 || b.people.length === 0) return true;
  const names = (plan: LinePlan) =>
    plan.people
      .map((p) => foldText(p.name))
      .sort()
      .join('\n');
  return names(a) === names(b);
}

/** Ties a confirmation to the line as it was previewed: an edited line needs confirming again. */
export function confirmKeyOf(lineNo: number, title: string): string {
  return `${lineNo}:${foldText(title)}`;
}

/** Films whose folded title or alias is the title's; with a year, that year, else within one, else unknown. */
export function matchFilms(tx: Executor, title: string, year: number | null): Omit<FilmChoice, 'isNominated'>[] {
  const folded = foldText(title);
  const all = tx
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(
      or(
        eq(films.titleFolded, folded),
        sql`${films.id} in (select ${filmAliases.filmId} from ${filmAliases} where ${filmAliases.folded} = ${folded})`,
      ),
    )
    .orderBy(films.year, films.id)
    .all();
  if (year === null) return all;
  const exact = all.filter((film) => film.year === year);
  if (exact.length) return exact;
  const near = all.filter((film) => film.year !== null && Math.abs(film.year - year) <= 1);
  return near.length ? near : all.filter((film) => film.year === null);
}

function isNominee(tx: Executor, categoryId: number, filmIds: number[], personIds: number[]): boolean {
  const key = nomineeKey({ filmIds, personIds });
  return !!tx
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(eq(nominations.categoryId, categoryId), eq(nominations.nomineeKey, key)))
    .get();
}
