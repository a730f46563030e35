// What one status trigger of a sentence is about: its films (quoted titles in its clause, "for <Title>"
// after it, the subject before it, or the list it opens) and its categories (the one its clause names,
// or several joined by "and": "nominated for Best Feature, Best Editing and Best Score").
import type { ExtractCatalogue } from './catalogue';
import { cleanTitle, objectTitle, subjectTitles, type FoundTitle } from './films';
import { listTitles } from './lists';
import type { CategoryMention } from './mentions';
import { MASK, type Trigger } from './triggers';

/** The films a trigger names, with whether they were quoted (a stronger signal). */
export function filmsOf(
  trigger: Trigger,
  index: number,
  triggers: Trigger[],
  masked: string,
  quotes: FoundTitle[],
  catalogue: ExtractCatalogue,
) {
  const from = triggers[index - 1]?.end ?? 0;
  const to = triggers[index + 1]?.start ?? masked.length;
  if (trigger.kind === 'list') {
    const listed = listTitles(masked.slice(trigger.end, to), catalogue);
    // "X is nominated in two categories: Best Director and Best Editing": the list is of categories.
    if (listed.length || !/^[\s,;:.and&]*$/u.test(masked.slice(trigger.end, to).replaceAll(MASK, ''))) {
      return { titles: listed, quoted: false };
    }
    return { titles: subjectTitles(masked.slice(from, trigger.start), catalogue), quoted: false };
  }
  // "The prize went to “A”, while “B” took …": the first quote after "went to" is that verb's object.
  const previous = triggers[index - 1];
  const objectOfPrevious = previous?.kind === 'object' ? quotes.find((q) => q.start >= previous.end) : undefined;
  const own = quotes.filter((q) => q.start >= from && q.start < to && q !== objectOfPrevious);
  // An object is one film: "went to “A”, while “B” took …".
  const mine = trigger.kind === 'object' ? own.filter((q) => q.start >= trigger.end).slice(0, 1) : own;
  if (mine.length) {
    const titles = mine.map((q) => cleanTitle(q.title, catalogue, true)).filter((t): t is string => t !== null);
    return { titles, quoted: true };
  }
  const after = masked.slice(trigger.end, to);
  if (trigger.kind === 'object') {
    return { titles: listTitles(after, catalogue).slice(0, 1), quoted: false };
  }
  const object = objectTitle(after, catalogue);
  if (object) return { titles: [object], quoted: false };
  const followsObject = index > 0 && triggers[index - 1]!.kind !== 'subject';
  return { titles: subjectTitles(masked.slice(from, trigger.start), catalogue, followsObject), quoted: false };
}

const AUXILIARIES_AT_END =
  /(?:\s|\b(?:is|was|are|were|has|have|had|been|be|also|already|now|too|both|again|will)\b)*$/i;
// "The Danish film is also nominated", "It won", "…, and also took": the subject is the film named last.
const REFERS_BACK =
  /(?:(?:^|[\s,])(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:film|documentary|doc|movie|short|feature|picture)|(?:^|[\s,])it|(?:^|[,;])\s*(?:and|but)(?:\s+(?:then|later))?)\s*$/iu;

/**
 * Whether the words before a subject verb that found no title point back to the film named before:
 * "The Danish film is also nominated", or the verb after a relative clause ("X, which won A at B, took C").
 */
export function refersBack(masked: string, index: number, triggers: Trigger[]): boolean {
  const previous = triggers[index - 1];
  const before = masked.slice(previous?.end ?? 0, triggers[index]!.start);
  if (REFERS_BACK.test(before.replace(AUXILIARIES_AT_END, ''))) return true;
  const opensRelative = previous && /,\s*(?:which|that|who)\s+(?:\p{L}+\s+)?$/iu.test(masked.slice(0, previous.start));
  return !!opensRelative && /^[^,]*,\s*$/.test(before);
}

// What may join the categories of one clause: "Best A, Best B and Best C", "both the A and the B".
const CATEGORY_JOIN = /^\s*(?:,\s*)?(?:and\s+|&\s*|as\s+well\s+as\s+|or\s+)?(?:also\s+)?(?:the\s+)?$/i;

/**
 * "Winners: A (Best Feature), B (Best Short)": each title of a list with its own category in brackets,
 * or null unless every title has one.
 */
export function pairedCategories(
  titles: string[],
  sentence: string,
  from: number,
  categories: CategoryMention[],
): Map<string, CategoryMention> | null {
  const pairs = new Map<string, CategoryMention>();
  let at = from;
  for (const title of titles) {
    const index = sentence.indexOf(title, at);
    if (index < 0) return null;
    const open = /^\s*\(/.exec(sentence.slice(index + title.length));
    const category = open && categories.find((c) => c.start === index + title.length + open[0].length);
    if (!category) return null;
    pairs.set(title, category);
    at = category.end;
  }
  return titles.length > 1 ? pairs : null;
}

export function nearest<T extends { start: number }>(items: T[], at: number): T | null {
  let best: T | null = null;
  for (const item of items) if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  return best;
}

/** The categories a trigger's facts are in; [] when its sentence names none. */
export function categoriesOf(
  trigger: Trigger,
  index: number,
  triggers: Trigger[],
  categories: CategoryMention[],
  masked: string,
): CategoryMention[] {
  const from = triggers[index - 1]?.end ?? 0;
  const to = triggers[index + 1]?.start ?? masked.length;
  // "The Grand Jury Prize went to X": the category is the subject, before the verb.
  // "gave its Special Jury Award to X" names it inside the verb phrase.
  if (trigger.kind === 'object') {
    const inside = categories.filter((c) => c.start >= trigger.start && c.end <= trigger.end);
    if (inside.length) return [inside[inside.length - 1]!];
    const before = categories.filter((c) => c.start >= from && c.end <= trigger.start);
    if (before.length) return [before[before.length - 1]!];
  }
  const after = categories.filter((c) => c.start >= trigger.start && c.start < to);
  if (!after.length) {
    const near = nearest(categories, trigger.start);
    return near ? [near] : [];
  }
  const chain = [after[0]!];
  for (const next of after.slice(1)) {
    if (!CATEGORY_JOIN.test(masked.slice(chain[chain.length - 1]!.end, next.start))) break;
    chain.push(next);
  }
  return chain;
}
