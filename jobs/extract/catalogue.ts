// Turns a catalogue (awards with aliases, editions and categories; films with aliases) into what the
// extractor searches with: one precompiled pattern for every award name, one for every category name,
// and maps from a name's compact key to the catalogue entry. Built once per job run or CLI call.
import { ceremonyOffset } from '../../db/rules/ceremony-year';
import { compactKey, escapeRegExp, titleKey } from './text';
import type { CatalogueAwardInput, CatalogueEditionInput, CatalogueInput } from './types';

export interface CompiledAward {
  slug: string;
  name: string;
  editions: CatalogueEditionInput[];
  /** How many years the ceremony comes after the year honoured (1 for the Academy Awards). */
  ceremonyOffset: number;
}

export interface CompiledCategory {
  name: string;
  award: CompiledAward;
}

export interface ExtractCatalogue {
  awards: CompiledAward[];
  awardPattern: RegExp | null;
  awardByKey: Map<string, CompiledAward>;
  categoryPattern: RegExp | null;
  categoriesByKey: Map<string, CompiledCategory[]>;
  filmsByKey: Map<string, string>;
}

/** Names are matched whatever the spacing, punctuation, "&"/"and" or a final plural "s". */
export function nameKey(value: string): string {
  return compactKey(value).replace(/s$/, '');
}

function namePattern(name: string): string | null {
  const words = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  if (!words.length) return null;
  const parts = words.map((word) => (/^(?:and|&)$/i.test(word) ? '(?:and|&)' : escapeRegExp(word)));
  // The catalogue's own spelling too: "Documentary (Feature)", its closing parenthesis within the name.
  const closing = /\)\s*$/.test(name) ? String.raw`\)?` : '';
  return `${parts.join(String.raw`[\s\-–.:'’,()]*`)}s?${closing}`;
}

/** One case-insensitive pattern for many names, longest first so "Academy Awards" beats "Academy". */
function alternation(names: Iterable<string>): RegExp | null {
  const patterns = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .filter((p): p is string => p !== null);
  if (!patterns.length) return null;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${patterns.join('|')})(?![\p{L}\p{N}])`, 'giu');
}

/** Spellings people use for an award besides its catalogue names. */
function awardVariants(award: CatalogueAwardInput): string[] {
  const names = [award.name, ...award.aliases, ...(award.organizationNames ?? [])];
  const extra = names.flatMap((name) => [
    name.replace(/\bIDA\b/g, 'International Documentary Association'),
    name.replace(/\bInternational Documentary Association\b/g, 'IDA'),
  ]);
  return [...names, ...extra];
}

// A category name of one word ("Documentary") is an everyday word in an announcement, not a mention.
const isDistinctiveCategoryName = (name: string) => name.trim().split(/\s+/).length >= 2;

export function compileCatalogue(input: CatalogueInput): ExtractCatalogue {
  const awardByKey = new Map<string, CompiledAward>();
  const categoriesByKey = new Map<string, CompiledCategory[]>();
  const awardNames: string[] = [];
  const categoryNames: string[] = [];
  const awards = input.awards.map((award) => {
    const compiled: CompiledAward = {
      slug: award.slug,
      name: award.name,
      editions: award.editions,
      ceremonyOffset: ceremonyOffset(award.editions),
    };
    for (const name of awardVariants(award)) {
      if (!awardByKey.has(nameKey(name))) awardByKey.set(nameKey(name), compiled);
      awardNames.push(name);
    }
    for (const category of award.categories) {
      for (const name of [category.name, ...category.aliases].filter(isDistinctiveCategoryName)) {
        const list = categoriesByKey.get(nameKey(name)) ?? [];
        if (!list.some((c) => c.award === compiled && c.name === category.name)) {
          list.push({ name: category.name, award: compiled });
        }
        categoriesByKey.set(nameKey(name), list);
        categoryNames.push(name);
      }
    }
    return compiled;
  });
  const filmsByKey = new Map<string, string>();
  for (const film of input.films) {
    for (const name of [film.title, ...film.aliases]) {
      const key = titleKey(name);
      if (key && !filmsByKey.has(key)) filmsByKey.set(key, film.title);
    }
  }
  return {
    awards,
    awardPattern: alternation(awardNames),
    awardByKey,
    categoryPattern: alternation(categoryNames),
    categoriesByKey,
    filmsByKey,
  };
}

/** The year an ordinal edition ("the 89th") took place: known, or counted from a known annual edition. */
export function yearOfOrdinal(award: CompiledAward, ordinal: number): number | null {
  const known = award.editions.find((e) => e.ordinal === ordinal);
  if (known) return known.ceremonyYear ?? known.year + award.ceremonyOffset;
  const reference = award.editions.find((e) => e.ordinal !== null);
  if (!reference) return null;
  return reference.year + award.ceremonyOffset + (ordinal - reference.ordinal!);
}

/** An award named by a hint: its slug or any of its names. */
export function findAward(catalogue: ExtractCatalogue, hint: string | null | undefined): CompiledAward | null {
  if (!hint) return null;
  return catalogue.awards.find((a) => a.slug === hint) ?? catalogue.awardByKey.get(nameKey(hint)) ?? null;
}
