// Announcements that read like a results sheet: "Best Feature: Flee" lines under a headline saying
// whether these are the winners, the nominees or the shortlist. The status comes from that headline
// (the first status word of the text); the category is the one that opens the line.
import type { ExtractCatalogue } from './catalogue';
import { listTitles } from './lists';
import type { CategoryMention } from './mentions';
import type { ExtractedStatus } from './types';

const STATUS_WORD =
  /\b(?:(winners?|won|wins|honou?rees|recipients)|(nominees|nominated|nominations|finalists|contenders)|(shortlist(?:ed)?|short\s+list))\b/i;

/** What a results sheet lists, from the first status word of the text; null when it says none. */
export function sheetStatus(text: string): ExtractedStatus | null {
  const match = STATUS_WORD.exec(text);
  if (!match) return null;
  return match[1] ? 'won' : match[2] ? 'nominated' : 'shortlisted';
}

/** The titles of a "Category: A, B and C" line, or [] when the sentence is not one. */
export function sheetLineTitles(masked: string, categories: CategoryMention[], catalogue: ExtractCatalogue): string[] {
  const first = categories[0];
  if (!first || masked.slice(0, first.start).trim()) return [];
  const rest = /^\s*[:—–-]\s+/.exec(masked.slice(first.end));
  if (!rest) return [];
  const titles = listTitles(masked.slice(first.end + rest[0].length), catalogue);
  // "Best Director — Jo Park, The Long Quiet": a person's category names the person first.
  return titles.length === 2 && PERSON_CATEGORY.test(first.name) ? titles.slice(1) : titles;
}

const PERSON_CATEGORY =
  /\b(?:director|directing|direction|editing|editor|cinematography|cinematographer|score|music|composer|producer|writing|screenplay|sound)\b/i;
