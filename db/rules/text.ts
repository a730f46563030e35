// How names are compared: case, diacritics, punctuation and "&" versus "and" do not make two names
// different. Used for aliases, slugs, matching and search, so that all of them agree.

/** Lower case, without diacritics, "&" as "and", punctuation as single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL segment: folded words joined by hyphens, at most 80 characters. */
export function slugify(value: string): string {
  const slug = foldText(value).replace(/\s+/g, '-').slice(0, 80).replace(/-+$/, '');
  return slug || 'untitled';
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 89th. */
export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}
