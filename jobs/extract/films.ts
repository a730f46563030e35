// Finds the film titles a sentence names around a status trigger: quoted titles, the title-like span
// just before the verb ("The White Helmets won") and "for <Title>" after it (lists are in lists.ts).
// Spans that are people, organisations or pronouns are dropped; "Raymond De Felitta's Booker's Place"
// loses its possessor. Regions arrive masked (award and category names blanked out).
import type { ExtractCatalogue } from './catalogue';
import { looksLikeTitle, titleKey, titleSpans, trimSpan, type Span } from './text';

const QUOTED = /["“]([^"“”]{1,150}?)["”]|(?<=^|[\s(])[‘']([^'‘’]{1,150}?)[’'](?=[\s,.:;)!?]|$)/gu;

export interface FoundTitle {
  title: string;
  start: number;
  quoted: boolean;
}

export function quotedTitles(text: string): FoundTitle[] {
  const found: FoundTitle[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const title = trimSpan(match[1] ?? match[2] ?? '');
    if (looksLikeTitle(title)) found.push({ title, start: match.index, quoted: true });
  }
  return found;
}

// Words that start a sentence or name a pronoun, never a title on their own.
const NOT_TITLES = new Set(
  'it this that these those he she they we i his her their its our also meanwhile but and other among all both each however then here there when while after before during since monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const LEADING_WORDS =
  /^(?:It|This|That|These|Those|He|She|They|We|His|Her|Their|Its|Our|Also|Meanwhile|But|And|Other|Among|However|Then)\s+/;
const ORGANISATION =
  /\b(?:Association|Academy|Institute|Society|Foundation|Festival|Awards?|Prize|Council|Guild|Committee|Jury|University|Center|Centre|Organization|Times|Reporter|Variety|Deadline|Wrap)\b/;
// Distributors and broadcasters that precede a title as a possessor ("Netflix's The White Helmets").
const COMPANY_POSSESSORS =
  /^(?:Netflix|HBO|PBS|Amazon|Hulu|Apple|Disney|ESPN|CNN|Showtime|Magnolia|Neon|A24|Participant|Kino Lorber|National Geographic|BBC|Channel 4|Arte|POV|Frontline)['’]s\s+/;
const PERSON_ROLE_BEFORE =
  /\b(?:filmmakers?|directors?|producers?|documentarians?|journalists?|actors?|actress(?:es)?|editors?|cinematographers?|composers?|writers?|stars?|founders?|executives?|critics?|president|chair(?:man|woman)?|ceo|by|with|from)\s+$/i;

/** A span cleaned into a title, or null when it cannot be one. */
export function cleanTitle(span: string, catalogue: ExtractCatalogue, quoted = false): string | null {
  let title = trimSpan(span.replace(/\s+\([^)]*\)/g, ''));
  if (catalogue.filmsByKey.has(titleKey(title))) return catalogue.filmsByKey.get(titleKey(title))!;
  if (quoted) return title && !ORGANISATION.test(title) ? title : null;
  // A headline's "Sundance 2024: X wins" leaves the year in front of the title.
  title = title
    .replace(LEADING_WORDS, '')
    .replace(/^(?:19|20)\d\d:\s+/, '')
    .replace(COMPANY_POSSESSORS, '');
  // A possessor of two or more capitalised words is a person's name ("Raymond De Felitta's"); one word
  // is part of a short title ("Joe's Violin") but a filmmaker before a longer one ("Questlove's Summer
  // of Soul").
  const possessor =
    /^((?:[\p{Lu}][\p{L}.-]*\s+(?:(?:de|da|del|van|von|der|al|el|le|la)\s+)*)*[\p{Lu}][\p{L}.-]*)(?:['’]s|(?<=s)['’])\s+(?=[\p{Lu}\p{N}"“])/u.exec(
      title,
    );
  // "The Ferryman's Almanac": a possessor led by an article is part of the title, not a person.
  const isPerson = possessor && !/^(?:The|A|An)\s/.test(possessor[1]!);
  const rest = possessor ? title.slice(possessor[0].length) : '';
  if (isPerson && (possessor[1]!.split(/\s+/).length >= 2 || rest.split(/\s+/).length >= 3)) title = rest;
  title = trimSpan(title.replace(/^["“‘]|["”’]$/g, ''));
  if (!title || ORGANISATION.test(title)) return null;
  const words = title.split(/\s+/);
  if (words.every((w) => NOT_TITLES.has(w.toLowerCase()) || /^(?:the|a|an)$/i.test(w))) return null;
  if (/^\d+$/.test(title) && title.length !== 4) return null;
  return catalogue.filmsByKey.get(titleKey(title)) ?? title;
}

// What may stand between a title and its verb: "X was", "X has also been", "X, too,".
const AUXILIARIES =
  /(?:\s|\b(?:is|was|are|were|has|have|had|been|be|also|already|just|officially|now|recently|eventually|too|both|all|each|again|will|named)\b)*$/i;

/**
 * Fixes the ends of a subject list. "X went to A, and B won": after another verb's object, two items
 * joined by ", and" are two clauses, so only the last is the subject. "A, B, C and For Sama": in a list
 * of three or more, the last span swallowed the final "and" before a capitalised word: split it there.
 */
function splitLastAnd(list: Span[], region: string, followsObject: boolean) {
  if (followsObject && list.length === 2 && /^\s*,\s*and\s+$/.test(region.slice(list[0]!.end, list[1]!.start)))
    list.shift();
  const last = list[list.length - 1]!;
  const at = last.text.search(/\s+and\s+(?=[\p{Lu}\p{N}])(?!.*\s+and\s+[\p{Lu}\p{N}])/u);
  if (list.length < 2 || at < 0) return;
  const tail = last.text.slice(at).replace(/^\s+and\s+/, '');
  list.splice(list.length - 1, 1, { ...last, text: last.text.slice(0, at) }, { ...last, text: tail });
}

const APPOSITIVE =
  /,(?!\s*(?:while|and|but|as|whereas|when)\b)[^,]*\s(?!(?:a|an|the|of|and|in|on|at|to|for|with|or)\s)\p{Ll}{3,}\b[^,]*$/u;
// "Under the Kiln, meanwhile, picked up": an aside between subject and verb.
const INTERJECTION =
  /,\s*(?:meanwhile|however|too|also|instead|likewise|similarly|in turn|for its part|in addition|by contrast)\s*,\s*$/i;

/** The title that is the subject of a verb: the span just before it, or the list "A, B and C" before it. */
export function subjectTitles(before: string, catalogue: ExtractCatalogue, followsObject = false): string[] {
  // "The Mole Agent (El agente topo), by Maite Alberdi,": an original title in brackets is an aside.
  let region = before
    .replace(/\s+\([^)]*\)/g, '')
    .replace(/,\s*(?:which|that|who)\s*$/i, '')
    .replace(AUXILIARIES, '')
    .replace(INTERJECTION, ',');
  const isAfterComma = region.endsWith(',');
  region = region.replace(/,$/, '').replace(AUXILIARIES, '');
  // Drop appositives inside a list and between subject and verb: "X, from Y and Z," / "X, directed by Y,".
  region = region.replace(
    /,\s*(?:from|directed by|produced by|by|which|who|whose|co-directed by|made by)\b[^,;]*(?=,)/gi,
    '',
  );
  if (isAfterComma)
    region = region
      .replace(
        /,\s*(?:from|directed by|produced by|by|which|who|whose|a|an|the|about|starring|co-directed by|made by)\b[^,]*$/i,
        '',
      )
      // "X, Frank Stiefel's portrait of the artist Y, won": a clause with common nouns is an appositive.
      .replace(APPOSITIVE, '');
  const spans = titleSpans(region);
  const last = spans[spans.length - 1];
  if (!last || region.slice(last.end).replace(/["”’]/g, '').trim()) return [];
  // "A, B and C were nominated": every span of a list that ends at the verb.
  const list = [last];
  for (let i = spans.length - 2; i >= 0; i--) {
    const gap = region.slice(spans[i]!.end, list[0]!.start);
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/.test(gap)) break;
    list.unshift(spans[i]!);
  }
  splitLastAnd(list, region, followsObject);
  const first = list[0]!;
  if (list.length === 1 && PERSON_ROLE_BEFORE.test(region.slice(0, first.start))) return [];
  return list.map((span) => cleanTitle(span.text, catalogue)).filter((t): t is string => t !== null);
}

/** "won Best Director for The Mother of All Lies": the title after "for" in the verb's object. */
export function objectTitle(after: string, catalogue: ExtractCatalogue): string | null {
  const match = /\b(?:for|with)\s+(?:(?:his|her|their|its)\s+(?:\p{Ll}+\s+){0,2})?(?=[\p{Lu}\p{N}])/u.exec(after);
  if (!match) return null;
  const span = titleSpans(after.slice(match.index + match[0].length))[0];
  if (!span || span.start !== 0) return null;
  return cleanTitle(span.text, catalogue);
}
