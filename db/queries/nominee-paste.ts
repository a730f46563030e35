// Adding many nominees to a category from a pasted list, the plan: planPaste reads the lines and matches
// each to the films already known (folded title or alias; a year narrows the candidates) and to people
// by name. It writes nothing and is what the preview shows; nominee-paste-write.ts plans again and writes.
import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { isAnnouncedStep } from '../rules/status';
import { foldText } from '../rules/text';
import { filmAliases, films, nominationFilms, nominationPeople, nominations, type NominationStatus } from '../schema';
import { parsePastedLines, type PasteStatus } from './nominee-paste-lines';
import { findPerson } from './people';

export { getPasteCategory, type PasteCategory } from './nominee-paste-category';
export { PASTE_STATUSES, type PasteStatus } from './nominee-paste-lines';

export interface FilmChoice {
  id: number;
  slug: string;
  title: string;
  year: number | null;
  /** This film (with the line's people) is already a nominee of the category, and the list cannot move it on. */
  isNominated: boolean;
}

/** The category's nominee a line names again: its nomination and its status now. */
export interface KnownNominee {
  id: number;
  status: NominationStatus;
  /** People the line names that the nominee does not hold (a list moving it on does not add them). */
  newPeople: string[];
}

export interface PersonMatch {
  name: string;
  person: { id: number; slug: string; name: string } | null;
}

export type LineOutcome = 'invalid' | 'matched' | 'choose' | 'new' | 'already-nominated' | 'advance' | 'repeat';

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
  /** One film when matched, already nominated or advanced, several to choose from, none when new. */
  candidates: FilmChoice[];
  /** How the line was read when that may not be what was meant (nominee-paste-lines.ts). */
  hint?: string;
  /** When new though the line gives a year: the films of the title in other years (a year mistyped?). */
  otherYears?: Omit<FilmChoice, 'isNominated'>[];
  /** When already nominated or advanced: the nominee as the category holds it. */
  nominee?: KnownNominee;
  people: PersonMatch[];
  /** What the editor's "create" checkbox must send back for this line, when it creates anything. */
  confirmKey: string | null;
}

/**
 * What a pasted list announcing `status` would do in this category; reads only. A line naming a nominee
 * the category has already is skipped, or moved on to `status` when that is the next step of the season
 * (the shortlist pasted again as the nominees).
 */
export function planPaste(tx: Executor, categoryId: number, text: string, status: PasteStatus): LinePlan[] {
  return markRepeats(planLines(tx, categoryId, text, status));
}

function planLines(tx: Executor, categoryId: number, text: string, status: PasteStatus): LinePlan[] {
  return parsePastedLines(text).map((line): LinePlan => {
    if (!line.ok) {
      const base = { title: '', year: null, candidates: [], people: [], confirmKey: null };
      return { ...base, lineNo: line.lineNo, text: line.text, outcome: 'invalid', reason: line.reason };
    }
    const matched = line.personNames.map((name): PersonMatch => {
      const found = findPerson(tx, { name });
      return { name, person: found ? { id: found.id, slug: found.slug, name: found.name } : null };
    });
    // Two names of one person (a name and an alias) are one nominee, named once.
    const people = matched.filter(
      (match, i) => !match.person || matched.findIndex((other) => other.person?.id === match.person!.id) === i,
    );
    const nominees = new Map<number, KnownNominee | null>();
    const candidates = matchFilms(tx, line.title, line.year).map((film) => {
      const nominee = findNominee(tx, categoryId, film.id, people);
      nominees.set(film.id, nominee);
      return { ...film, isNominated: nominee !== null && !isAnnouncedStep(nominee.status, status) };
    });
    const [only] = candidates.length === 1 ? candidates : [];
    const nominee = only ? (nominees.get(only.id) ?? undefined) : undefined;
    const outcome: LineOutcome =
      candidates.length === 0
        ? 'new'
        : candidates.length > 1
          ? 'choose'
          : !nominee
            ? 'matched'
            : only!.isNominated
              ? 'already-nominated'
              : 'advance';
    // A nominee moved on or skipped creates nothing, whatever its line says of people not yet known.
    const writesNominee = outcome !== 'advance' && outcome !== 'already-nominated';
    const createsSomething = writesNominee && (candidates.length === 0 || people.some((p) => !p.person));
    return {
      lineNo: line.lineNo,
      text: line.text,
      outcome,
      title: line.title,
      year: line.year,
      candidates,
      ...(line.hint ? { hint: line.hint } : {}),
      ...(outcome === 'new' && line.year !== null ? { otherYears: matchFilms(tx, line.title, null) } : {}),
      ...(nominee ? { nominee } : {}),
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
  if (plan.outcome === 'matched' || plan.outcome === 'already-nominated' || plan.outcome === 'advance') {
    return `film\t${plan.candidates[0]!.id}`;
  }
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

/**
 * The category's nominee holding this film that a line naming `people` means: the one with exactly these
 * people; else, where the line names nobody, the film's nominee ("Weiner" and "Weiner — Josh Kriegman,
 * Elyse Steinberg" are one nominee); else one whose people the line names all of, and perhaps more.
 * Null when there is none, or when the line's people tell it apart from every nominee of the film (two
 * songs of one film, each with its writers).
 */
export function findNominee(
  tx: Executor,
  categoryId: number,
  filmId: number,
  people: readonly PersonMatch[],
): KnownNominee | null {
  const rows = tx
    .select({
      id: nominations.id,
      status: nominations.status,
      people: sql<string | null>`(select group_concat(${nominationPeople.personId}) from ${nominationPeople}
        where ${nominationPeople.nominationId} = ${nominations.id})`,
    })
    .from(nominations)
    .innerJoin(nominationFilms, eq(nominationFilms.nominationId, nominations.id))
    .where(and(eq(nominations.categoryId, categoryId), eq(nominationFilms.filmId, filmId)))
    .orderBy(nominations.id)
    .all();
  const known = people.flatMap((p) => (p.person ? [p.person.id] : []));
  const heldBy = (row: (typeof rows)[number]) => (row.people ? row.people.split(',').map(Number) : []);
  // Exactly the line's people first; else a nominee naming nobody, or only people the line names too (a
  // nominees list often adds producers to the shortlist's director).
  const exact = rows.find((row) => {
    const held = heldBy(row);
    return held.length === people.length && held.every((id) => known.includes(id));
  });
  const row = exact ?? rows.find((candidate) => !people.length || heldBy(candidate).every((id) => known.includes(id)));
  if (!row) return null;
  const held = heldBy(row);
  return {
    id: row.id,
    status: row.status,
    newPeople: people.filter((p) => !p.person || !held.includes(p.person.id)).map((p) => p.name),
  };
}
