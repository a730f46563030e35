// The extractor: from an announcement's plain text to candidate facts (film, status, category, award,
// edition year, confidence and the sentence that says it). Sentence by sentence it finds award and
// category mentions (from the catalogue, matched fuzzily, or written as such names are), blanks them
// out, finds the status triggers and the film titles around them. Pure: no database, no clock.
import { compileCatalogue, type ExtractCatalogue } from './catalogue';
import { candidate, documentContext } from './candidate';
import { BUILTIN_CATALOGUE_INPUT } from './builtin-catalogue';
import { cleanTitle, listTitles, objectTitle, quotedTitles, subjectTitles, type FoundTitle } from './films';
import { findAwardMentions, findCategoryMentions, type CategoryMention } from './mentions';
import { splitSentences } from './text';
import { findTriggers, PRIZE_WORDS, type Trigger } from './triggers';
import { dedupeCandidates } from './dedupe';
import { sheetLineTitles, sheetStatus } from './headings';
import type { ExtractedCandidate, ExtractHints } from './types';

export type { ExtractCatalogue } from './catalogue';
export type { ExtractedCandidate, ExtractHints, ExtractedStatus } from './types';
export { loadExtractCatalogue } from './load-catalogue';

let builtin: ExtractCatalogue | null = null;

/** The catalogue of the seed's awards, for use without a database. Compiled once. */
export function builtinExtractCatalogue(): ExtractCatalogue {
  builtin ??= compileCatalogue(BUILTIN_CATALOGUE_INPUT);
  return builtin;
}

const MASK = '\u0001';

function mask(sentence: string, ranges: { start: number; end: number }[]): string {
  let out = sentence;
  for (const { start, end } of ranges) out = out.slice(0, start) + MASK.repeat(end - start) + out.slice(end);
  return out;
}

/** The films a trigger names, with whether they were quoted (a stronger signal). */
function filmsOf(
  trigger: Trigger,
  index: number,
  triggers: Trigger[],
  masked: string,
  quotes: FoundTitle[],
  catalogue: ExtractCatalogue,
) {
  const from = triggers[index - 1]?.end ?? 0;
  const to = triggers[index + 1]?.start ?? masked.length;
  if (trigger.kind === 'list') return { titles: listTitles(masked.slice(trigger.end, to), catalogue), quoted: false };
  const own = quotes.filter((q) => q.start >= from && q.start < to);
  if (own.length) {
    const titles = own.map((q) => cleanTitle(q.title, catalogue, true)).filter((t): t is string => t !== null);
    return { titles, quoted: true };
  }
  const after = masked.slice(trigger.end, to);
  if (trigger.kind === 'object') {
    return { titles: listTitles(after, catalogue).slice(0, 1), quoted: false };
  }
  const object = objectTitle(after, catalogue);
  return { titles: object ? [object] : subjectTitles(masked.slice(from, trigger.start), catalogue), quoted: false };
}

function nearest<T extends { start: number }>(items: T[], at: number): T | null {
  let best: T | null = null;
  for (const item of items) if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  return best;
}

export function extractCandidates(
  text: string,
  catalogue: ExtractCatalogue,
  hints: ExtractHints = {},
): ExtractedCandidate[] {
  const sentences = splitSentences(text);
  const awardMentions = sentences.map((s) => findAwardMentions(s, catalogue));
  const doc = documentContext(awardMentions, catalogue, hints);
  const candidates: ExtractedCandidate[] = [];
  const status = sheetStatus(text);
  let carried: CategoryMention | null = null;
  sentences.forEach((sentence, i) => {
    const awards = awardMentions[i]!;
    const isMasked = (start: number, end: number) => awards.some((m) => start < m.end && end > m.start);
    const categories = findCategoryMentions(sentence, catalogue, isMasked, doc.award);
    const masked = mask(sentence, [...awards, ...categories]);
    const triggers = findTriggers(masked);
    const namesContest = awards.length > 0 || categories.length > 0;
    const quotes = triggers.length ? quotedTitles(masked) : [];
    triggers.forEach((trigger, t) => {
      // "won" has other meanings ("won the leader's trust"): the sentence itself must be about a prize.
      if (trigger.isHedged) return;
      if (trigger.status === 'won' && !namesContest && !PRIZE_WORDS.test(masked)) return;
      if (!namesContest && !doc.awardName) return;
      const { titles, quoted } = filmsOf(trigger, t, triggers, masked, quotes, catalogue);
      const category = nearest(categories, trigger.start);
      const award = nearest(awards, trigger.start);
      for (const film of titles) {
        candidates.push(candidate(film, trigger, { category, carried, award, doc, quoted, sentence, catalogue }));
      }
    });
    if (!triggers.length && status && doc.awardName) {
      const line = {
        category: categories[0] ?? null,
        carried,
        award: awards[0] ?? null,
        doc,
        quoted: false,
        sentence,
        catalogue,
      };
      const sheetTrigger: Trigger = { status, kind: 'list', start: 0, end: 0, isHedged: false };
      for (const film of sheetLineTitles(masked, categories, catalogue))
        candidates.push(candidate(film, sheetTrigger, line));
    }
    if (categories.length) carried = categories[categories.length - 1]!;
  });
  return dedupeCandidates(candidates);
}
