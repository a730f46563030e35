// The extractor: from an announcement's plain text to candidate facts (film, status, category, award,
// edition year, confidence and the sentence that says it). Sentence by sentence it finds award and
// category mentions (from the catalogue, matched fuzzily, or written as such names are), blanks them
// out, finds the status triggers and the film titles around them. Results set out as blocks (a heading,
// then one title a line) are read by blocks.ts; HTML leftovers are cleaned first (clean.ts). A fact
// needs a category to be proposed. Pure: no database, no clock.
import { compileCatalogue, type ExtractCatalogue } from './catalogue';
import { candidate, documentContext, type Context } from './candidate';
import { BUILTIN_CATALOGUE_INPUT } from './builtin-catalogue';
import { quotedTitles } from './films';
import { categoriesOf, filmsOf, nearest, pairedCategories, refersBack } from './clause';
import { findAwardMentions, findCategoryMentions, type AwardMention, type CategoryMention } from './mentions';
import { splitSentences } from './text';
import { cleanText } from './clean';
import { readBlocks } from './blocks';
import { findTriggers, MASK, PRIZE_WORDS, type Trigger } from './triggers';
import { dedupeCandidates } from './dedupe';
import { sheetLineTitles, sheetStatus } from './headings';
import type { ExtractedCandidate, ExtractedStatus, ExtractHints } from './types';

export type { ExtractCatalogue } from './catalogue';
export type { ExtractedCandidate, ExtractHints, ExtractedStatus } from './types';
export { loadExtractCatalogue } from './load-catalogue';

let builtin: ExtractCatalogue | null = null;

/** The catalogue of the seed's awards, for use without a database. Compiled once. */
export function builtinExtractCatalogue(): ExtractCatalogue {
  builtin ??= compileCatalogue(BUILTIN_CATALOGUE_INPUT);
  return builtin;
}

function mask(sentence: string, ranges: { start: number; end: number }[]): string {
  let out = sentence;
  for (const { start, end } of ranges) out = out.slice(0, start) + MASK.repeat(end - start) + out.slice(end);
  return out;
}

/** What earlier sentences said that a later one relies on. */
interface Carry {
  /** The category named last ("The other nominees in the category were …"). */
  category: CategoryMention | null;
  /** The films named last ("The Danish film is also nominated …"). */
  films: string[];
  /** The status stated last ("Among them are …"). */
  status: ExtractedStatus | null;
}

interface SentenceInput {
  sentence: string;
  awards: AwardMention[];
  doc: Context;
  sheet: ExtractedStatus | null;
  catalogue: ExtractCatalogue;
}

/** The candidates one sentence states, updating what it carries over to the next. */
function sentenceCandidates(input: SentenceInput, carry: Carry): ExtractedCandidate[] {
  const { sentence, awards, doc, sheet, catalogue } = input;
  const isMasked = (start: number, end: number) => awards.some((m) => start < m.end && end > m.start);
  const categories = findCategoryMentions(sentence, catalogue, isMasked, doc.award);
  const masked = mask(sentence, [...awards, ...categories]);
  const triggers = findTriggers(masked);
  const namesContest = awards.length > 0 || categories.length > 0;
  const quotes = triggers.length ? quotedTitles(masked) : [];
  // Once per sentence, not per trigger: a hostile "won won won …" sentence would otherwise cost its length squared.
  const aboutPrize = namesContest || (triggers.length > 0 && PRIZE_WORDS.test(masked));
  const out: ExtractedCandidate[] = [];
  const carried = carry.category;
  let stated: ExtractedStatus | null = null;
  triggers.forEach((trigger, t) => {
    if (trigger.isHedged) return;
    const status = trigger.inherits ? (stated ?? carry.status) : trigger.status;
    // "won" has other meanings ("won the leader's trust"): the sentence itself must be about a prize.
    if (!status || (status === 'won' && !aboutPrize)) return;
    stated = status;
    if (!namesContest && !doc.awardName && !carried) return;
    const named = filmsOf(trigger, t, triggers, masked, quotes, catalogue);
    const { quoted } = named;
    const pointsBack = !named.titles.length && trigger.kind === 'subject' && refersBack(masked, t, triggers);
    const titles = pointsBack ? carry.films : named.titles;
    if (!pointsBack && titles.length && trigger.kind !== 'list') carry.films = titles;
    const award = nearest(awards, trigger.start);
    const found = { carried, award, doc, quoted, sentence, catalogue };
    const stating = { ...trigger, status };
    const paired = trigger.kind === 'list' ? pairedCategories(titles, sentence, trigger.end, categories) : null;
    if (paired) {
      for (const [film, category] of paired) out.push(candidate(film, stating, { ...found, category }));
      return;
    }
    const chosen = categoriesOf(trigger, t, triggers, categories, masked);
    for (const category of chosen.length ? chosen : [null])
      for (const film of titles) out.push(candidate(film, stating, { ...found, category }));
  });
  if (!triggers.length && sheet && doc.awardName) {
    const line = { category: categories[0] ?? null, carried, award: awards[0] ?? null, doc, quoted: false };
    const sheetTrigger: Trigger = { status: sheet, kind: 'list', start: 0, end: 0, isHedged: false };
    for (const film of sheetLineTitles(masked, categories, catalogue))
      out.push(candidate(film, sheetTrigger, { ...line, sentence, catalogue }));
  }
  if (categories.length) carry.category = categories[categories.length - 1]!;
  if (stated) carry.status = stated;
  return out;
}

export function extractCandidates(
  text: string,
  catalogue: ExtractCatalogue,
  hints: ExtractHints = {},
): ExtractedCandidate[] {
  const clean = cleanText(text);
  const sentences = splitSentences(clean);
  const awardMentions = sentences.map((s) => findAwardMentions(s, catalogue));
  const doc = documentContext(awardMentions, catalogue, hints);
  const sheet = sheetStatus(clean);
  const blocks = readBlocks(clean, catalogue, doc, sheet);
  const candidates = blocks.entries.map((entry) => {
    const listed: Trigger = { status: entry.status, kind: 'list', start: 0, end: 0, isHedged: false };
    const found = { category: entry.category, carried: null, award: null, doc, quoted: false, catalogue };
    return candidate(entry.film, listed, { ...found, sentence: entry.line });
  });
  const carry: Carry = { category: null, films: [], status: null };
  sentences.forEach((sentence, i) => {
    carry.category = blocks.headings.get(sentence) ?? carry.category;
    if (blocks.consumed.has(sentence)) return;
    candidates.push(...sentenceCandidates({ sentence, awards: awardMentions[i]!, doc, sheet, catalogue }, carry));
  });
  // A fact without a category cannot become a nomination: "X won acclaim", "X leads the field".
  return dedupeCandidates(candidates).filter((c) => c.category !== null);
}
