import { describe, expect, it } from 'vitest';
import { foldText, slugify } from '@/db/rules/text';

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
