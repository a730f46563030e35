// The titles of a list that a trigger opens ("the other nominees were A, B and C", "A; B; and C"):
// split at commas, "and" before a capital, or semicolons when a title itself has a comma.
import type { ExtractCatalogue } from './catalogue';
import { cleanTitle, quotedTitles } from './films';
import { titleSpans } from './text';

// Every word capitalised but the small ones: a title with a comma, not a title and its appositive.
const isCapitalisedThroughout = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((word) => /^[\p{Lu}\p{N}"“‘]/u.test(word) || SMALL_TITLE_WORDS.test(word));
const SMALL_TITLE_WORDS = /^(?:a|an|the|of|and|in|on|at|to|for|with|or)$/;

/** The titles of a list after "nominees were", "in contention are", "include": A, B and C or A; B; and C. */
export function listTitles(list: string, catalogue: ExtractCatalogue): string[] {
  const body = list.replace(/\s+\([^)]*\)/g, '').replace(/[.!?]\s*$/, '');
  const items = body.includes(';')
    ? body.split(/\s*;\s*/)
    : body.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=["“‘]?[\p{Lu}\p{N}])/u);
  const titles: string[] = [];
  for (const raw of items) {
    const item = raw.replace(/^\s*(?:and|or|&)\s+/i, '').trim();
    const quoted = quotedTitles(item)[0];
    if (quoted && quoted.start <= 1) {
      const title = cleanTitle(quoted.title, catalogue, true);
      if (title) titles.push(title);
      continue;
    }
    // Titles with commas ("Hale County This Morning, This Evening") are why a list uses semicolons.
    const isSemicolonList = body.includes(';');
    const head = isSemicolonList ? item : (item.split(/,\s*/)[0] ?? '');
    if (isSemicolonList && isCapitalisedThroughout(head)) {
      const title = cleanTitle(head, catalogue);
      if (title) titles.push(title);
      continue;
    }
    const spans = titleSpans(head);
    const span = /^[\p{Lu}\p{N}]/u.test(head) ? spans[0] : spans[spans.length - 1];
    if (!span) {
      if (titles.length) break;
      continue;
    }
    const title = cleanTitle(span.text, catalogue);
    if (title) titles.push(title);
  }
  return titles;
}
