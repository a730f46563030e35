// One candidate fact from what a sentence showed: the award and year of the announcement as a whole
// (its first award mention, else the hints), and a confidence that says how the fact was found: an
// explicit award, category and trigger in one sentence is high; a category carried over from an earlier
// sentence, or an award known only from the headline, is lower.
import { findAward, type CompiledAward, type ExtractCatalogue } from './catalogue';
import type { AwardMention, CategoryMention } from './mentions';
import { titleKey } from './text';
import type { Trigger } from './triggers';
import type { ExtractedCandidate, ExtractHints } from './types';

export interface Context {
  award: CompiledAward | null;
  awardName: string | null;
  year: number | null;
  /** The year of publication, for facts about another award than the document's. */
  publishedYear: number | null;
  /** Every catalogue award the announcement names. */
  mentioned: Set<CompiledAward>;
}

/** The award and year the whole announcement is about: its first award mention, else the hints. */
export function documentContext(mentions: AwardMention[][], catalogue: ExtractCatalogue, hints: ExtractHints): Context {
  const all = mentions.flat();
  const first = all.find((m) => m.award) ?? all[0] ?? null;
  const hinted = findAward(catalogue, hints.award);
  const name = first?.name ?? hinted?.name ?? hints.award ?? null;
  const sameAward = all.filter((m) => m.name === name);
  const published = hints.publishedAt ? Number(hints.publishedAt.slice(0, 4)) : NaN;
  const publishedYear = Number.isInteger(published) && published > 1900 ? published : null;
  const year = sameAward.find((m) => m.year !== null)?.year ?? publishedYear;
  const mentioned = new Set(all.flatMap((m) => (m.award ? [m.award] : [])));
  return { award: first?.award ?? hinted, awardName: name, year, publishedYear, mentioned };
}

export interface Found {
  category: CategoryMention | null;
  carried: CategoryMention | null;
  award: AwardMention | null;
  doc: Context;
  quoted: boolean;
  sentence: string;
  catalogue: ExtractCatalogue;
}

export function candidate(film: string, trigger: Trigger, found: Found): ExtractedCandidate {
  const { category, carried, award, doc, quoted, sentence, catalogue } = found;
  const categoryMention = category ?? carried;
  // A category the catalogue knows for another award ("Best Feature" at the IDA) does not move a fact
  // away from the announcement's award unless the announcement names that other award too.
  const categoryAward = categoryMention?.award;
  const ownAward = categoryAward && (!doc.awardName || doc.mentioned.has(categoryAward)) ? categoryAward.name : null;
  const awardName = award?.name ?? ownAward ?? doc.awardName;
  const sameAsDoc = awardName === doc.awardName;
  // "won the Oscar for Best Documentary Feature in 2021": a year in the clause after the award.
  const yearAfter = award ? /^[^,;]*?\bin\s+((?:19|20)\d\d)\b/.exec(sentence.slice(award.end))?.[1] : undefined;
  const year = award?.year ?? (yearAfter ? Number(yearAfter) : null) ?? (sameAsDoc ? doc.year : doc.publishedYear);
  let confidence = trigger.kind === 'list' ? 0.6 : quoted ? 0.65 : 0.55;
  if (award) confidence += 0.12;
  else if (awardName) confidence += 0.05;
  if (category) confidence += 0.12;
  else if (carried) confidence += 0.05;
  if (catalogue.filmsByKey.get(titleKey(film)) === film) confidence += 0.05;
  if (year !== null) confidence += 0.03;
  return {
    film,
    status: trigger.status,
    category: categoryMention?.name ?? null,
    award: awardName,
    year,
    confidence: Math.round(Math.min(0.97, confidence) * 100) / 100,
    evidence: sentence,
  };
}
