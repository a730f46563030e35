import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filmSlugRoot } from '@/db/queries/slugs';
import { foldText, slugify, slugOfFolded } from '@/db/rules/text';

describe('foldText', () => {
  it('drops case, marks, apostrophes and punctuation, and reads "&" as "and"', () => {
    expect(foldText('The Lovers & the Despot')).toBe('the lovers and the despot');
    expect(foldText('Sansón, “Ricky” O’Brien')).toBe('sanson ricky obrien');
  });

  it('spells out letters that carry no mark to drop, as a reader types them', () => {
    expect(foldText('Anders Østergaard')).toBe('anders ostergaard');
    expect(foldText('Hildur Guðnadóttir')).toBe('hildur gudnadottir');
    expect(foldText('Lise Lense-Møller')).toBe('lise lense moller');
    expect(foldText('ÆRØ Þór Łódź STRAẞE')).toBe('aero thor lodz strasse');
  });

  it('keeps letters of other scripts', () => {
    expect(foldText('Тест Персона')).toBe('тест персона');
  });
});

describe('slugify', () => {
  it('makes an address segment of the folded words', () => {
    expect(slugify('Anders Østergaard')).toBe('anders-ostergaard');
    expect(slugify('!!!')).toBe('untitled');
  });
});

describe('slugs from folded text', () => {
  // Bulk imports make slugs from the folded text they already hold: any other slug than slugify's would
  // give an imported record another address than the same record entered by hand.
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('!!!', '“13th”', ' Ærø & Co. '));

  it('slugOfFolded gives what slugify gives', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(slugOfFolded(foldText(value))).toBe(slugify(value));
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });

  it("a film's root is slugify of its title and year, even for a title that folds to nothing", () => {
    expect(filmSlugRoot(foldText('?!'), 2016)).toBe('2016');
    expect(filmSlugRoot(foldText('13th'), 2016)).toBe('13th-2016');
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1890, max: 2100 })), (title, year) => {
        expect(filmSlugRoot(foldText(title), year)).toBe(slugify(year ? `${title} ${year}` : title));
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });
});
