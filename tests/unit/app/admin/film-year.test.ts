// A film's year on the film forms: a message that says what is wrong with the year typed.
import { describe, expect, it } from 'vitest';
import { newFilmSchema } from '@/app/admin/films/[film]/film-edit-schema';

const yearError = (year: string) => {
  const parsed = newFilmSchema.safeParse({ title: 'Rat Film', year });
  return parsed.success ? null : parsed.error.issues.find((issue) => issue.path[0] === 'year')?.message;
};

describe('a film year', () => {
  it('says why a year is refused: not a number, too short, too early, too late', () => {
    expect(yearError('2017')).toBeUndefined();
    expect(yearError('twenty')).toBe('Give the year as four digits.');
    expect(yearError('1850')).toBe('No film is older than 1870.');
    // Two digits for 2016: the message says what is missing, and only that.
    expect(yearError('16')).toBe('Give the year as four digits, such as 2016.');
    const issues = newFilmSchema.safeParse({ title: 'Rat Film', year: '16' }).error!.issues;
    expect(issues.filter((issue) => issue.path[0] === 'year')).toHaveLength(1);
    // Four digits, so "four digits" would be no help.
    expect(yearError('3000')).toBe('A year after 2100 cannot be right: check it.');
  });
});
