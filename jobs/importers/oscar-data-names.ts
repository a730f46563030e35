// How oscar_data's names and ids become Laurels' catalogue: readable category names, which nominees are
// companies, which categories say clearly what a nominee did on the film. Pure functions, no database.
import type { NominationStatus, PersonKind } from '../../db/schema';
import type { OscarNominee, OscarRow } from './oscar-data-file';

export const isDocumentaryCategory = (canonicalCategory: string) => canonicalCategory.startsWith('DOCUMENTARY');
export const isDocumentaryRow = (row: OscarRow) => isDocumentaryCategory(row.canonicalCategory);

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * The Academy writes category names in capitals with a mixed-case qualifier ("DOCUMENTARY (Feature)");
 * the readable form is title case ("Documentary (Feature)"), initials and the qualifier left as they are.
 */
export function readableCategoryName(name: string): string {
  const qualifierAt = name.indexOf('(');
  const head = qualifierAt === -1 ? name : name.slice(0, qualifierAt);
  const words = head.split(' ').map((word, i) => {
    if (word !== word.toUpperCase() || /^[A-Z]\.$/.test(word)) return word;
    const lower = word.toLowerCase();
    if (i > 0 && SMALL_WORDS.has(lower)) return lower;
    return lower.replace(/(^|[-/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  });
  return words.join(' ') + (qualifierAt === -1 ? '' : name.slice(qualifierAt));
}

/** The names fans and announcements use for the documentary categories, beside the Academy's own. */
const CANONICAL_ALIASES: Record<string, readonly string[]> = {
  'DOCUMENTARY (Feature)': [
    'Documentary Feature',
    'Best Documentary Feature',
    'Documentary Feature Film',
    'Best Documentary Feature Film',
  ],
  'DOCUMENTARY (Short Subject)': [
    'Documentary Short Subject',
    'Documentary Short',
    'Best Documentary Short',
    'Documentary Short Film',
    'Best Documentary Short Film',
    'Best Documentary Short Subject',
  ],
};

export function canonicalAliases(canonicalCategory: string): string[] {
  return [canonicalCategory, ...(CANONICAL_ALIASES[canonicalCategory] ?? [])];
}

// Organizations whose names oscar_data's Nominees column splits at "and", "&" or a comma, as its Name
// column writes them: each is one nominee ("Nova Scotia" is not a second nominee of The Rising Tide).
const ONE_ORGANIZATION = new Set([
  'Australian News & Information Bureau',
  'St. Francis-Xavier University, Antigonish, Nova Scotia',
  'Statens Filmcentral, The Danish Government Film Office',
  'The Governments of Great Britain and the United States of America',
  'United Nations Division of Films and Visual Information',
  'United States Department of State Office of Information and Educational Exchange',
]);

/**
 * The row's nominees as the Academy named them: an organization split into pieces is one nominee again
 * (with the IMDb id one of its pieces had, if only one had one), a name the split left starting with a
 * lower-case article ("the EASTMAN KODAK CO.") starts with a capital, as a name does, and a name that is
 * the tail of a quoted credit (Benjy's "Fred Zinnemann with the cooperation of … Hospital'", ending in
 * the quote's close) is the name before its "with". The credit itself stays whole in the nomination's
 * credited name.
 */
export function namedNominees(name: string | null, nominees: OscarNominee[]): OscarNominee[] {
  if (name && nominees.length > 1 && ONE_ORGANIZATION.has(name)) {
    const ids = nominees.flatMap((nominee) => (nominee.imdbId ? [nominee.imdbId] : []));
    return [{ name, imdbId: ids.length === 1 ? ids[0]! : null }];
  }
  return nominees.map((nominee) => ({ ...nominee, name: asName(nominee.name) }));
}

function asName(nominee: string): string {
  if (nominee.startsWith('the ')) return `The ${nominee.slice(4)}`;
  const isQuoteTail = nominee.endsWith("'") && !nominee.slice(0, -1).includes("'");
  return isQuoteTail ? nominee.split(' with ', 1)[0]!.replace(/'$/, '') : nominee;
}

// Words that mark a nominee without an IMDb id as an organization (most are Sci-Tech companies and the
// government film units of the wartime documentary awards). Anything else is taken to be a person.
const ORGANIZATION_WORDS =
  /\b(inc|incorporated|corp|corporation|company|co|ltd|limited|llc|gmbh|kg|laboratories|productions?|pictures|films?|studios?|department|bureau|unit|association|associates|fund|society|council|agency|division|ministry|government|governments|institute|industries|group|systems|services?|corps|navy|army|coast guard|merchant marine|air force|office|centre|center|committee|comitato|comite|cooperative|engineers|research|manufacturing|products|works|optics|software|information|united states|united nations|union of|istituto)\b/i;

export function nomineeKind(nominee: OscarNominee): PersonKind {
  if (nominee.imdbId) return nominee.imdbId.startsWith('co') ? 'company' : 'person';
  return ORGANIZATION_WORDS.test(nominee.name) ? 'company' : 'person';
}

// Categories whose nominees plainly did this on the film. A documentary's nominees are the filmmakers
// the Academy names (its directors and producers; the file does not say which is which).
const CREDIT_ROLES: [RegExp, string][] = [
  [/^DOCUMENTARY/, 'filmmaker'],
  [/^ACT(OR|RESS) /, 'actor'],
  [/^DIRECTING/, 'director'],
  [/^WRITING/, 'writer'],
  [/^CINEMATOGRAPHY/, 'cinematographer'],
  [/^FILM EDITING$/, 'editor'],
];

/**
 * The credit a nominee gets on the row's films, or null when the row does not say. With several films
 * and several nominees it is not clear who worked on which, so nobody is credited.
 */
export function creditRole(row: OscarRow, kind: PersonKind): string | null {
  if (row.films.length > 1 && row.nominees.length > 1) return null;
  const role = CREDIT_ROLES.find(([pattern]) => pattern.test(row.canonicalCategory))?.[1] ?? null;
  if (kind === 'person') return role;
  return role === 'filmmaker' ? 'production company' : null;
}

// Beside the nominations, oscar_data lists names the Academy never counted as nominations, each with a
// note that says so. They keep the status the note gives them rather than "lost" (which would count them
// as nominations): names only considered (the 2nd ceremony's, a studio's list of submissions, a write-in
// candidate) were submitted; the 16th ceremony's documentaries on a list announced before the final
// ballot were shortlisted; a nomination withdrawn, rescinded or declared ineligible after it was announced
// was nominated and then withdrawn, and the winner announced and then disqualified (Young Americans, the
// 41st) won before that. A winner among them (the 2nd ceremony's) won like any other.
const NOT_OFFICIAL = /THIS IS NOT AN OFFICIAL NOMINATION/;
const WITHDRAWN = /withdr[ae]w|rescind|ineligible|disqualified|dropped and replaced|re-?balloted/i;
const ANNOUNCED_LIST = /preliminary list of \d+ films announced as nominations/i;
const ANNOUNCED_WINNER = /announced as the winner/i;

/** The status history of a row its note says is not an official nomination, or null for any other row. */
export function unofficialHistory(row: Pick<OscarRow, 'note' | 'isWinner'>): NominationStatus[] | null {
  if (row.isWinner || !row.note || !NOT_OFFICIAL.test(row.note)) return null;
  if (WITHDRAWN.test(row.note)) {
    return ANNOUNCED_WINNER.test(row.note) ? ['nominated', 'won', 'withdrawn'] : ['nominated', 'withdrawn'];
  }
  return [ANNOUNCED_LIST.test(row.note) ? 'shortlisted' : 'submitted'];
}
