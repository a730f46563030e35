// Results set out as blocks rather than sentences, as award bodies and festivals publish them:
//
//   WINNERS                        Best Feature Documentary
//   Documentary Feature            • The Long Quiet, dir. Anna Berg
//   Some Title                     • Another Title, dir. Someone
//
// A block (lines between blank lines) whose first line reads like a category heading and whose other
// lines are each one title (after a bullet or number, before a credit) lists that category's entries.
// Its status is the block's own status line ("WINNERS") or the announcement's first status word.
import { nameKey, type ExtractCatalogue } from './catalogue';
import type { Context } from './candidate';
import { findCategoryMentions, type CategoryMention } from './mentions';
import { sheetStatus } from './headings';
import { looksLikeTitle, titleKey } from './text';
import type { ExtractedStatus } from './types';

export interface BlockEntry {
  film: string;
  status: ExtractedStatus;
  category: CategoryMention;
  line: string;
}

export interface Blocks {
  entries: BlockEntry[];
  /** Heading lines with their category, so that a later sentence ("X won") can carry it. */
  headings: Map<string, CategoryMention>;
  /** Lines read as block entries: the sentence pass leaves them alone. */
  consumed: Set<string>;
}

const STATUS_LINE =
  /^(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:(winners?|honou?rees)|(nominees|nominations|finalists)|(shortlist|shortlisted))(?:\s+(?:are|were|list))?\s*:?$/i;
const BULLET = /^(?:[•·*▪◦‣–—-]|\d{1,2}[.)])\s+/;
// Where the title stops and the credit begins: ", dir. X", " – X", " | X", "X by Y".
const CREDIT = /,\s*(?:dir\.|directed\s+by|d\.|by|prod\.)\s.*$|\s+[–—|]\s+.*$|\s+-\s+.*$/i;
// A parenthesis of names or a year is a credit; one with lower-case words is part of the title.
const CREDIT_PARENS =
  /\s*\((?:(?:19|20)\d\d|(?:dir\.\s*)?[\p{Lu}][\p{L}.'’-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}.'’-]*)*)\)\s*$/u;
// Words of category names: a heading without one of them (or capitals throughout) is not a category.
const CATEGORY_WORD =
  /\b(?:documentar(?:y|ies)|feature|short|film|director|directing|direction|editing|cinematography|score|music|sound|screenplay|writing|award|prize|jury|audience|best|outstanding|achievement|series|picture|language|debut|first|emerging|competition|lion|bear|palm|grand)\b/i;

function statusOfLine(line: string): ExtractedStatus | null {
  const match = STATUS_LINE.exec(line);
  if (!match) return null;
  return match[1] ? 'won' : match[2] ? 'nominated' : 'shortlisted';
}

function headingCategory(line: string, catalogue: ExtractCatalogue, context: Context): CategoryMention | null {
  const heading = line.replace(/:\s*$/, '').trim();
  const words = heading.split(/\s+/);
  if (words.length > 10 || /[.!?;,]$/.test(heading)) return null;
  const isCapitals = heading === heading.toUpperCase() && /\p{Lu}/u.test(heading);
  if (!isCapitals && !looksLikeTitle(heading)) return null;
  const known = catalogue.categoriesByKey.get(nameKey(heading));
  if (known?.length) {
    const pick = known.find((c) => c.award === context.award) ?? known[0]!;
    return { name: pick.name, award: pick.award, start: 0, end: heading.length };
  }
  // "Best Feature: Salt Road" is a results line (the sentence pass reads it), not a heading.
  if (!CATEGORY_WORD.test(heading) || /:|\s[—–-]\s/.test(heading)) return null;
  const name = isCapitals
    ? heading.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, b: string, l: string) => b + l.toUpperCase())
    : heading;
  return { name, award: null, start: 0, end: heading.length };
}

/**
 * "The films shortlisted for the Best Documentary Short award are:" introduces the lines below it with
 * their category and status.
 */
function introduction(line: string, catalogue: ExtractCatalogue, context: Context) {
  if (!line.endsWith(':')) return null;
  const category = findCategoryMentions(line, catalogue, () => false, context.award)[0];
  return category ? { category, status: sheetStatus(line) } : null;
}

function entryTitle(line: string, catalogue: ExtractCatalogue): string | null {
  const bare = line.replace(BULLET, '').replace(CREDIT, '').replace(CREDIT_PARENS, '').trim();
  if (!bare || bare.split(/\s+/).length > 14 || (/[.!?]$/.test(bare) && !/\p{Lu}\.$/u.test(bare))) return null;
  if (!looksLikeTitle(bare.replace(/^["“‘]|["”’]$/g, ''))) return null;
  const title = bare.replace(/^["“‘](.*)["”’]$/u, '$1');
  return catalogue.filmsByKey.get(titleKey(title)) ?? title;
}

export function readBlocks(
  text: string,
  catalogue: ExtractCatalogue,
  context: Context,
  documentStatus: ExtractedStatus | null,
): Blocks {
  const blocks: Blocks = { entries: [], headings: new Map(), consumed: new Set() };
  let status = documentStatus;
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    while (lines.length && statusOfLine(lines[0]!)) status = statusOfLine(lines.shift()!);
    const intro = lines.length ? introduction(lines[0]!, catalogue, context) : null;
    const blockStatus = intro?.status ?? status;
    if (lines.length < 2 || !blockStatus || !context.awardName) continue;
    const category = intro?.category ?? headingCategory(lines[0]!, catalogue, context);
    if (!category) continue;
    const titles = lines.slice(1).map((line) => entryTitle(line, catalogue));
    if (titles.some((t) => t === null)) continue;
    blocks.headings.set(lines[0]!, category);
    lines.forEach((line) => blocks.consumed.add(line));
    lines.slice(1).forEach((line, i) => blocks.entries.push({ film: titles[i]!, status: blockStatus, category, line }));
  }
  return blocks;
}
