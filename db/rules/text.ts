// How names are compared: case, diacritics, punctuation and "&" versus "and" do not make two names
// different. Used for aliases, slugs, matching and search, so that all of them agree.

/**
 * Letters that are not a base letter with a mark, so removing marks leaves them as they are, written as
 * the base letters a reader types for them: "Østergaard" is found as "ostergaard", "Guðnadóttir" as
 * "gudnadottir". Lower case only: folding lowers the text first. The migration that re-folded what was
 * stored before (db/migrations/0011_fold_letters.sql) spells out the same table.
 */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ß: 'ss',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Control characters other than tab and line ends: invisible when typed or pasted by mistake, never meant,
 * and not allowed in XML 1.0 at all, so one NUL in a title would make every feed that lists it unreadable.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The text without CONTROL_CHARACTERS: what forms and files are read as, and what feeds are written with. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * A name or title as typed, without spaces or invisible format characters (zero-width space and joiner,
 * direction marks) at its ends: a name made only of them is empty.
 */
export function trimmedName(text: string): string {
  return text.replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
}

/** Lower case, without diacritics, "&" as "and", punctuation as single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LETTER, (letter) => LETTERS[letter]!)
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL segment: folded words joined by hyphens, at most 80 characters. */
export function slugify(value: string): string {
  return slugOfFolded(foldText(value));
}

/** slugify of a text already folded (foldText), for a caller that has folded it anyway. */
export function slugOfFolded(folded: string): string {
  return folded.replace(/\s+/g, '-').slice(0, 80).replace(/-+$/, '') || 'untitled';
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 89th. */
export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** A value as a message quotes it: whole, or its first 80 characters and "…" when it is longer. */
export function shortened(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}
