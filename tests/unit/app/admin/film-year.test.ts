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
    // Four digits, so "four digits" would be no help. The bound is a few years from today, as a film still
    // being made is dated: 2099 is a typing mistake, next year is not.
    const latest = new Date().getUTCFullYear() + 3;
    expect(yearError('3000')).toBe(`A year after ${latest} cannot be right yet: check it.`);
    expect(yearError('2099')).toBe(`A year after ${latest} cannot be right yet: check it.`);
    expect(yearError(String(latest))).toBeUndefined();
    expect(yearError(String(new Date().getUTCFullYear() + 1))).toBeUndefined();
  });
});
