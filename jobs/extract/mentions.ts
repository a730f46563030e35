// Finds what a sentence says about awards and categories: catalogue awards by any of their names
// ("the 2016 International Documentary Association Awards", "the Oscar"), with the edition's year from a
// year or an ordinal; catalogue categories by name or alias; and categories the catalogue does not know
// yet, by the way they are written ("Best Director", "the Pare Lorentz Award").
import { yearOfOrdinal, nameKey, type CompiledAward, type ExtractCatalogue } from './catalogue';

export interface AwardMention {
  award: CompiledAward | null;
  /** The award's name: the catalogue's, or as written when the catalogue does not know it. */
  name: string;
  year: number | null;
  start: number;
  end: number;
}

export interface CategoryMention {
  name: string;
  award: CompiledAward | null;
  start: number;
  end: number;
}

// Where an award is only the place a film was shown, it is not the award of a fact in that sentence.
const NOT_A_CONTEST =
  /\b(?:premiered?|premiering|screen(?:ed|s|ing)?|selected|shown|played|playing|debut(?:ed|s)?|opened|opens|bow(?:ed|s))\s+(?:at|in|for)\s+(?:the\s+)?(?:\S+\s+)?$/i;
const YEAR_BEFORE = /(?:^|\s)((?:19|20)\d\d)(?:[’']s)?\s+(?:annual\s+)?$/;
const ORDINAL_BEFORE = /(?:^|\s)(\d{1,3})(?:st|nd|rd|th)\s+(?:annual\s+)?$/i;
const YEAR_AFTER = /^\s*(?:\(|in\s+|of\s+)?((?:19|20)\d\d)\b/;
// Awards the catalogue does not hold, written as names usually are, or by the one word everyone knows
// them by ("took the BAFTA for Documentary").
const OTHER_AWARD =
  /(?<![\p{L}])(?:(?:[\p{Lu}][\p{L}'’.&-]*\s+){1,5}(?:Awards|Honors|Honours|Film Festival|Festival)|(?:BAFTA|Emmy|César|Goya|Peabody)s?)(?![\p{L}])/gu;

export function isNotAContest(sentence: string, start: number): boolean {
  return NOT_A_CONTEST.test(sentence.slice(Math.max(0, start - 40), start));
}

function editionYear(sentence: string, start: number, end: number, award: CompiledAward | null): number | null {
  const before = sentence.slice(Math.max(0, start - 20), start);
  const year = YEAR_BEFORE.exec(before)?.[1] ?? YEAR_AFTER.exec(sentence.slice(end, end + 12))?.[1];
  if (year) return Number(year);
  const ordinal = ORDINAL_BEFORE.exec(before)?.[1];
  return ordinal && award ? yearOfOrdinal(award, Number(ordinal)) : null;
}

// The year or ordinal written before an award is part of its mention ("the 95th Academy Awards"), so
// that blanking the mention out leaves no "95th" to be read as the end of a title.
const EDITION_BEFORE = /(?:(?:19|20)\d\d(?:[’']s)?|\d{1,3}(?:st|nd|rd|th))\s+(?:annual\s+)?$/i;

function withEdition(sentence: string, mention: AwardMention): AwardMention {
  const before = EDITION_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 16), mention.start));
  return before ? { ...mention, start: mention.start - before[0].length } : mention;
}

export function findAwardMentions(sentence: string, catalogue: ExtractCatalogue): AwardMention[] {
  const mentions: AwardMention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  for (const match of sentence.matchAll(catalogue.awardPattern ?? /$^/g)) {
    const award = catalogue.awardByKey.get(nameKey(match[0])) ?? null;
    const end = match.index + match[0].length;
    if (!award || isNotAContest(sentence, match.index)) continue;
    mentions.push({
      award,
      name: award.name,
      year: editionYear(sentence, match.index, end, award),
      start: match.index,
      end,
    });
  }
  for (const match of sentence.matchAll(OTHER_AWARD)) {
    const name = match[0].replace(/^(?:The|At|In|For|And)\s+/, '');
    const start = match.index + match[0].length - name.length;
    const end = match.index + match[0].length;
    if (taken(start, end) || isNotAContest(sentence, start)) continue;
    mentions.push({ award: null, name, year: editionYear(sentence, start, end, null), start, end });
  }
  return mentions.map((m) => withEdition(sentence, m)).sort((a, b) => a.start - b.start);
}

// "Best Director", "Best Documentary Feature", "Outstanding Achievement in Editing".
const BEST_CATEGORY =
  /(?<![\p{L}])(?:Best|BEST|Outstanding|OUTSTANDING)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’/-]*|(?:of|in|a|an|the|or)(?=\s+[\p{Lu}])|\([^)]{1,30}\)))+/gu;
// "the Pare Lorentz Award", "the Grand Jury Prize".
const NAMED_PRIZE = /(?<![\p{L}])(?:[\p{Lu}][\p{L}'’.-]*\s+){1,5}(?:Award|Prize)(?![\p{L}])/gu;
// "the BAFTA for Documentary", "the award for Film Not in the English Language": after a prize word,
// "for" and capitalised words name the category.
const PRIZE_FOR =
  /(?<=\b(?:award|prize|trophy|BAFTA|Oscar|Emmy|Goya|César|Cesar|Grierson)\s+for\s+(?:the\s+)?)[\p{Lu}][\p{L}'’/-]*(?:\s+(?:(?:of|in|the|a|an|and|for|not)\s+)*[\p{Lu}(][\p{L}'’/)-]*)*/gu;
// Wire style writes categories in lower case: "best documentary feature", "best director".
const LOWER_BEST =
  /(?<![\p{L}])best\s+(?:new\s+|first\s+|original\s+|international\s+|animated\s+)?(?:feature|short|film|documentary|director|debut|editing|cinematography|score|series)(?:[\s-]+(?:feature|short|film|documentary|subject))*(?![\p{L}])/gu;
// Festivals' emblem prizes: "the Golden Bear", "the Silver Lion", "the Palme d'Or", "L'Œil d'or".
const EMBLEM_PRIZE =
  /(?<![\p{L}])(?:(?:Golden|Silver|Bronze|Crystal)\s+[\p{Lu}][\p{L}]+|Palme\s+d['’]\s?[Oo]r|L['’]Œil\s+d['’][Oo]r)(?![\p{L}])/gu;
// "the Alder Prize for Best First Documentary": the named prize is the award, the "Best …" the category.
const PRIZE_THEN_CATEGORY = /^\s+for\s+(?:the\s+)?$/i;

export function findCategoryMentions(
  sentence: string,
  catalogue: ExtractCatalogue,
  masked: (start: number, end: number) => boolean,
  preferred: CompiledAward | null,
): CategoryMention[] {
  const mentions: CategoryMention[] = [];
  const free = (start: number, end: number) =>
    !masked(start, end) && !mentions.some((m) => start < m.end && end > m.start);
  for (const match of sentence.matchAll(catalogue.categoryPattern ?? /$^/g)) {
    const options = catalogue.categoriesByKey.get(nameKey(match[0]));
    const end = match.index + match[0].length;
    if (!options?.length || !free(match.index, end)) continue;
    const pick = options.find((o) => o.award === preferred) ?? options[0]!;
    mentions.push({ name: pick.name, award: pick.award, start: match.index, end });
  }
  for (const pattern of [BEST_CATEGORY, NAMED_PRIZE, EMBLEM_PRIZE, PRIZE_FOR, LOWER_BEST]) {
    for (const match of sentence.matchAll(pattern)) {
      const name = match[0].replace(/^(?:The|At|In|For|And|Won|Wins)\s+/, '').trim();
      const start = match.index + match[0].length - name.length;
      const end = match.index + match[0].length;
      // One word is a name only where a prize word introduced it ("the BAFTA for Documentary").
      if ((pattern !== PRIZE_FOR && name.split(/\s+/).length < 2) || !free(start, end)) continue;
      mentions.push({ name, award: null, start, end });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    const isEmblem = /^(?:Golden|Silver|Bronze|Crystal|Palme|L['’]Œil)\b/u.test(m.name);
    return !(m.award === null && !isEmblem && next && PRIZE_THEN_CATEGORY.test(sentence.slice(m.end, next.start)));
  });
}
