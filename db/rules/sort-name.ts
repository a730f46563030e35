// Where a name goes in the A–Z list of people and companies: a person under their surname, as film
// references file them (Laura Poitras under P), taken as the last word of the folded name after a "Jr.",
// "Sr." or "II"–"IV", or the last two when the name as typed ends in a double-barrelled word (Sharmeen
// Obaid-Chinoy under O: folding makes the hyphen a space, db/rules/text.ts); a company under its name,
// after a leading "The", as a title is (./sort-title.ts). Where the rule cannot tell (a family name written
// first), an editor says how the name is filed (people.filed_under).
// Every write of a person's name or kind stores what it files under (people.sort_name, read through the
// index people_sort_name) from here, through personNameColumns.
import type { PersonKind } from '../schema';
import { sortTitle } from './sort-title';
import { foldText } from './text';

/** Words after a surname that are not the surname. */
const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'] as const;

/**
 * What a name is filed by, folded: "Laura Poitras" → "poitras laura"; "Sharmeen Obaid-Chinoy" → "obaid
 * chinoy sharmeen"; "The March of Time" (a company) → "march of time".
 */
export function sortName(name: string, kind: PersonKind, folded = foldText(name)): string {
  if (kind !== 'person') return sortTitle(folded);
  const words = folded.split(' ');
  const hasSuffix = words.length > 1 && (NAME_SUFFIXES as readonly string[]).includes(words.at(-1)!);
  const core = hasSuffix ? words.slice(0, -1) : words;
  const lastTyped = name.slice(name.lastIndexOf(' ') + 1);
  const surnameWords = !hasSuffix && core.length > 1 && /^[^-]+-[^-]+$/.test(lastTyped) ? 2 : 1;
  return [...core.slice(-surnameWords), ...core.slice(0, -surnameWords)].join(' ');
}

/**
 * The columns a person's name, kind and editor's filing decide, for every insert and every change of any
 * of them: the filing, where an editor gave one ("Bong Joon-ho", whose family name comes first), is what
 * the list files by, folded; else the rule above.
 */
export function personNameColumns(
  name: string,
  kind: PersonKind,
  filedUnder: string | null = null,
  folded = foldText(name),
) {
  const filed = filedUnder === null ? '' : foldText(filedUnder);
  return { nameFolded: folded, sortName: filed || sortName(name, kind, folded) };
}
