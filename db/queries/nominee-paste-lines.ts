// Reading a pasted list of nominees, one a line: "Title", "Title (2016)", or "Title — Person A, Person B"
// (the people as nominees beside the film). Pure: no database; db/queries/nominee-paste.ts matches what
// this reads (and the paste form imports this module in the browser, so it imports nothing). A line that
// cannot be read carries its reason, so the editor sees why it was left out.

/** At most this many lines in one paste: a category rarely has more, and a paste stays one transaction. */
export const MAX_PASTE_LINES = 200;

/** The statuses a pasted list may give: the entries, the shortlist or the nominees an award announces. */
export const PASTE_STATUSES = ['submitted', 'shortlisted', 'nominated'] as const;
export type PasteStatus = (typeof PASTE_STATUSES)[number];

export type PastedLine =
  | {
      lineNo: number;
      text: string;
      ok: true;
      title: string;
      year: number | null;
      personNames: string[];
      /** How the line was read when that may not be what was meant. */
      hint?: string;
    }
  | { lineNo: number; text: string; ok: false; reason: string };

/** A hyphen with spaces, which may be meant as the dash before the people ("Tower - Kirsten Johnson"). */
const SPACED_HYPHEN = /\s-\s/;
const ONE_TITLE_HINT =
  'Read as one title. If the words after “ - ” are people, put “ — ” (a long dash) or “ -- ” before them instead.';

// Between a title and its people: an em or en dash with spaces, or " -- " (a hyphen alone is common in titles);
// at the start of a line too, so "— Kirsten Johnson" is a line without a title, not a film of that name.
const PEOPLE_SEPARATOR = /(?:^|\s+)(?:—|–|--)\s+/;
const TRAILING_YEAR = /^(.*?)\s*\((\d{4})\)$/;

// A list pasted from an article keeps its bullets ("• Tower", "- Tower") or numbers ("1. Tower", "2) Tower"),
// which are no part of the title. (A bullet of a dash is a hyphen: an en or em dash begins the people.)
const BULLET = /^[-*•·‣◦]\s+/;
const NUMBER = /^\(?(\d{1,3})[.)]\s+/;

export function parsePastedLines(text: string): PastedLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ raw: raw.trim(), lineNo: index + 1 }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, lineNo }) => parseLine(raw, lineNo));
}

function parseLine(text: string, lineNo: number): PastedLine {
  const refuse = (reason: string): PastedLine => ({ lineNo, text, ok: false, reason });
  if (text.length > 600) return refuse('The line is longer than 600 characters.');
  // A number is said, since a rare title starts with one ("1. Akt" would be read as "Akt").
  const numbered = NUMBER.exec(text);
  const numberHint = numbered ? `Read without the list number “${numbered[0].trim()}” at its start.` : undefined;
  const line = text.replace(BULLET, '').replace(NUMBER, '');
  const [titlePart = '', peoplePart, ...rest] = line.split(PEOPLE_SEPARATOR);
  if (rest.length) return refuse('Use one dash between the title and the people.');
  const yearMatch = TRAILING_YEAR.exec(titlePart.trim());
  const title = (yearMatch ? yearMatch[1]! : titlePart).trim();
  const year = yearMatch ? Number(yearMatch[2]) : null;
  if (!title) return refuse('There is no title before the year or the dash.');
  if (title.length > 300) return refuse('The title is longer than 300 characters.');
  if (year !== null && (year < 1870 || year > 2100)) return refuse(`${year} is not a film’s year.`);
  const personNames = peoplePart === undefined ? [] : peoplePart.split(',').map((name) => name.trim());
  if (peoplePart !== undefined && personNames.some((name) => !name)) {
    return refuse('A name is missing between the commas after the dash.');
  }
  if (personNames.some((name) => name.length > 200)) return refuse('A name is longer than 200 characters.');
  const hints = [numberHint, peoplePart === undefined && SPACED_HYPHEN.test(title) ? ONE_TITLE_HINT : undefined];
  const hint = hints.filter(Boolean).join(' ');
  return { lineNo, text, ok: true, title, year, personNames: [...new Set(personNames)], ...(hint ? { hint } : {}) };
}
