// The people A–Z filing rule: a person by surname, a company by its name after "The".
import { describe, expect, it } from 'vitest';
import { personNameColumns, sortName } from '@/db/rules/sort-name';

describe('sortName', () => {
  it('files a person by surname, after a suffix, and a company by its name after "The"', () => {
    expect(sortName('Laura Poitras', 'person')).toBe('poitras laura');
    expect(sortName('Ludwig van Beethoven', 'person')).toBe('beethoven ludwig van');
    expect(sortName('Martin Luther King Jr.', 'person')).toBe('king martin luther');
    expect(sortName('Madonna', 'person')).toBe('madonna');
    // A suffix alone, or a name that is only a suffix and a word, keeps a surname.
    expect(sortName('Jr.', 'person')).toBe('jr');
    expect(sortName('John Jr.', 'person')).toBe('john');
    expect(sortName('The March of Time', 'company')).toBe('march of time');
    expect(sortName('Paramount Pictures', 'company')).toBe('paramount pictures');
  });

  it('files a double-barrelled surname under its first part, and a hyphenated given name apart', () => {
    expect(sortName('Sharmeen Obaid-Chinoy', 'person')).toBe('obaid chinoy sharmeen');
    expect(sortName('Daniel Day-Lewis', 'person')).toBe('day lewis daniel');
    expect(sortName('Jean-Claude Carrière', 'person')).toBe('carriere jean claude');
    // A hyphen at either end of the last word, or two of them, joins nothing.
    expect(sortName('Ann Lee-', 'person')).toBe('lee ann');
  });
});

describe('personNameColumns', () => {
  it("files by an editor's filing, folded, where there is one, and by the rule where there is none", () => {
    expect(personNameColumns('Bong Joon-ho', 'person')).toEqual({
      nameFolded: 'bong joon ho',
      sortName: 'joon ho bong',
    });
    expect(personNameColumns('Bong Joon-ho', 'person', 'Bong Joon-ho').sortName).toBe('bong joon ho');
    expect(personNameColumns('The March of Time', 'company', 'Time Inc.').sortName).toBe('time inc');
    // A filing with nothing to file by leaves the rule to it.
    expect(personNameColumns('Laura Poitras', 'person', '…').sortName).toBe('poitras laura');
  });
});
