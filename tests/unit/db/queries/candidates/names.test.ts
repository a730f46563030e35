// The name comparison rules of candidate matching, without a database.
import { describe, expect, it } from 'vitest';
import { bestByName, nameScore, ordinalIn } from '@/db/queries/candidates/names';

describe('nameScore', () => {
  it('treats spacing, case, plurals and filler words as the same name', () => {
    expect(nameScore('ABC News Video Source Award', 'ABC News VideoSource Award')).toBe(3);
    expect(nameScore('Documentary Short Subject', 'Documentary (Short Subject)')).toBe(3);
    expect(nameScore('the Oscars', 'Academy Awards')).toBe(3);
    expect(nameScore('Oscar', 'Academy Awards')).toBe(3);
  });

  it('recognises initials', () => {
    expect(nameScore('International Documentary Association Awards', 'IDA Awards')).toBe(2);
    expect(nameScore('International Documentary Association Awards', 'IDA Documentary Awards')).toBe(2);
  });

  it('accepts a subset of words only when a distinctive word is shared', () => {
    expect(nameScore('Documentary Feature', 'Best Documentary Feature Film')).toBe(1);
    expect(nameScore('Documentary', 'Documentary Short Subject')).toBe(0);
    expect(nameScore('Best Feature', 'Best Short')).toBe(0);
  });
});

describe('bestByName', () => {
  const items = [{ names: ['Best Feature'] }, { names: ['Best Short'] }, { names: ['ABC News VideoSource Award'] }];
  it('picks the one best agreement and refuses a tie', () => {
    expect(bestByName('Video Source Award', items, (item) => item.names)).toBe(items[2]);
    const twins = [{ n: ['Short Film Award'] }, { n: ['Short Film Prize'] }];
    expect(bestByName('Short Film', twins, (item) => item.n)).toBe(null);
  });
});

it('reads an ordinal from an award name', () => {
  expect(ordinalIn('the 89th Academy Awards')).toBe(89);
  expect(ordinalIn('the 2016 IDA Awards')).toBe(null);
});
